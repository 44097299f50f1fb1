"""PDF drafts read like the page: paragraphs joined across page breaks, pleading lines.

The PDFs are written here by hand (tests/check/hostile.py's minimal PDF writer, the
standard Courier font, every line padded to one width like justified text), so the page
break falls exactly where the test puts it.
"""

from __future__ import annotations

from pathlib import Path

from pogen import check_draft
from pogen.check.reader import read_draft
from tests.check.hostile import _pdf_pages

_FILLER = [
    "The parties agree that the material described in this section is to be",
    "handled with care by every person who receives it under the terms of the",
    "Stipulated Protective Order, and that each of them will keep it in a safe",
    "place while this Action is pending before the Court and after it has ended",
]


def _page(lines: list[str], numbers: bool) -> bytes:
    ops = []
    for i, text in enumerate(lines):
        y = 700 - 24 * i
        if numbers:
            ops.append(b"BT /F1 10 Tf 40 %d Td (%d) Tj ET" % (y, i + 1))
        wide = text.replace(" ", "  ", max(0, 70 - len(text)))  # widen to one width
        safe = wide.replace("(", "[").replace(")", "]").encode("latin-1")
        ops.append(b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (y, safe))
    return b"\n".join(ops)


def _split_draft(tmp_path: Path, first: str, second: str, numbers: bool = True) -> Path:
    page1 = [*_FILLER, *_FILLER, first]
    page2 = [
        second,
        "or not the Court has approved the specific material at issue in it.",
        "Dated: May 1, 2026",
    ]
    return _pdf_pages(
        tmp_path / "split.pdf", [_page(page1, numbers), _page(page2, numbers)], base_font=b"Courier"
    )


def test_a_sentence_split_by_a_page_break_is_one_paragraph(tmp_path: Path) -> None:
    path = _split_draft(
        tmp_path,
        "so. Every document designated under this Order shall be filed with the Court",
        "under seal by the Clerk without any further application or order, whether",
    )
    paras = [p for p in read_draft(path) if p.where == "pdf"]
    joined = next(p for p in paras if "filed with the Court under seal" in p.text)
    assert joined.page == 1 and joined.line == 1  # the paragraph starts at page 1, line 1
    assert all(not p.text.startswith("under seal") for p in paras)
    assert [p.where for p in read_draft(path)].count("pdf") == len(paras)


def test_a_negation_before_the_page_break_governs_the_verb_after_it(tmp_path: Path) -> None:
    negated = _split_draft(
        tmp_path,
        "so. No document designated under this Order shall, merely for that reason,",
        "be filed under seal; sealing needs an application under Local Rule 79-5 and",
    )
    report = check_draft(negated)
    assert "sealing-blanket" not in {f.rule for f in report.findings}


def test_margin_line_numbers_and_running_footer_are_not_text(tmp_path: Path) -> None:
    path = _split_draft(tmp_path, _FILLER[0], _FILLER[1])
    texts = [p.text for p in read_draft(path)]
    assert not any(t.strip().isdigit() for t in texts)
    assert all(not t.startswith(("1 ", "2 ")) for t in texts)


def test_plain_pdf_without_margin_numbers_is_read_too(tmp_path: Path) -> None:
    path = _split_draft(
        tmp_path,
        "so. Every document designated under this Order shall be filed with the Court",
        "under seal by the Clerk without any further application or order, whether",
        numbers=False,
    )
    paras = [p for p in read_draft(path) if p.where == "pdf"]
    assert any("filed with the Court under seal" in p.text for p in paras)
    assert all(p.line == 0 for p in paras)

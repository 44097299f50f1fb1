"""Page 1 and page breaks as a clerk sees them, measured on the rendered PDF of every example,
in the combined form and as the bundle's Stipulation and [Proposed] Protective Order.

- page 1 holds every presenting attorney and pro se party, the court title on line 8 or
  below, the caption and the document title (L.R. 11-3.8);
- "IT IS SO STIPULATED" shares its page with every signature, the attestation and the
  filer's signature (L.R. 5-4.3.4(a)(2)(i));
- case numbers, e-mail addresses and judges' names are never broken inside;
- a category's name is never stretched by full justification.

CI installs LibreOffice and poppler-utils, so there these tests fail rather than skip.
"""

from __future__ import annotations

import html
import itertools
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from pogen.case.model import Case
from pogen.pipeline import check_case, render_case
from tests.conftest import EXAMPLES, require_soffice

pytestmark = pytest.mark.soffice

_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)
CENTRE = (108 + 576) / 2  # the text column's centre, pt
SPACE = 14 * 0.25  # a 14-pt Times space


@dataclass(frozen=True)
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def middle(self) -> float:
        return (self.y0 + self.y1) / 2


def _pages(pdf: Path) -> list[list[Word]]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        [Word(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in
         _WORD.findall(page)]
        for page in out.split("<page ")[1:]
    ]  # fmt: skip


def _body(words: list[Word]) -> list[Word]:
    """The words in the text column above the footer (not the line numbers)."""
    return [w for w in words if w.x0 >= 100 and w.y1 < 72 + 28 * 24 + 6]


def _line_number(words: list[Word], word: Word) -> int:
    """The pleading-paper line a word sits on (the margin number nearest its middle)."""
    numbers = [w for w in words if w.x1 < 100 and w.text.isdigit()]
    nearest = min(numbers, key=lambda n: abs(n.middle - word.middle))
    return int(nearest.text)


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into visual lines, left to right."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w.middle), w.x0)):
        if rows and abs(rows[-1][0].middle - word.middle) < 2:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def _find(words: list[Word], phrase: str) -> list[Word] | None:
    """The words of ``phrase`` consecutive on one visual line, or None; a comma or
    period after a word does not matter."""
    wanted = phrase.split()
    for line in _lines(words):
        texts = [w.text if w.text in wanted else w.text.rstrip(",.;:") for w in line]
        for i in range(len(texts) - len(wanted) + 1):
            if texts[i : i + len(wanted)] == wanted:
                return line[i : i + len(wanted)]
    return None


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Case, list[list[Word]]]]:
    from pogen.output.pdf import convert_to_pdf

    require_soffice()
    out = tmp_path_factory.mktemp("layout-pdf")
    docs, keys = [], []
    for example in EXAMPLES:
        docs.append(render_case(example, out / "combined", form="combined").docx)
        keys.append(example.stem)
        bundle = render_case(example, out / "bundle", form="bundle").files
        for document in BUNDLE:
            docs.append(next(p for p in bundle if p.stem == f"{example.stem}_{document}"))
            keys.append(f"{example.stem}/{document}")
    pdfs = convert_to_pdf(docs)
    cases = {example.stem: check_case(example) for example in EXAMPLES}
    return {
        key: (cases[key.split("/")[0]], _pages(pdf)) for key, pdf in zip(keys, pdfs, strict=True)
    }


BUNDLE = ("stipulation", "proposed_order")  # the filed and lodged PDFs of the bundle
COMBINED = [e.stem for e in EXAMPLES]
IDS = COMBINED + [f"{e.stem}/{d}" for e in EXAMPLES for d in BUNDLE]
SIGNED = COMBINED + [f"{e.stem}/stipulation" for e in EXAMPLES]  # counsel sign these


@pytest.mark.parametrize("stem", IDS)
def test_page_one_holds_counsel_court_title_caption_and_title(
    rendered: dict[str, tuple[Case, list[list[Word]]]], stem: str
) -> None:
    case, pages = rendered[stem]
    first = pages[0]
    body = _body(first)
    presenting = [a.name for a in case.counsel] + [p.name for p in case.parties if p.pro_se]
    for name in presenting:
        assert _find(body, name) is not None, f"{stem}: {name} is not on page 1"
    court = _find(body, "UNITED STATES DISTRICT COURT")
    assert court is not None
    assert _line_number(first, court[0]) >= 8  # L.R. 11-3.8(c)
    text = " ".join(w.text for w in body)
    assert "Case No." in text
    title = " ".join(w.text for w in body if w.x0 > CENTRE)
    from pogen.document.caption import document_title

    document = stem.split("/")[1] if "/" in stem else "combined"
    title_words = " ".join(document_title(case, document).split())
    assert title_words in title, f"{stem}: title not on page 1"
    clerk = [w for w in body if w.x0 > CENTRE + 6 and _line_number(first, w) <= 7]
    assert clerk == [], f"{stem}: text right of centre on lines 1-7 (the Clerk's)"


def test_eight_attorneys_in_three_firms_take_two_columns(
    rendered: dict[str, tuple[Case, list[list[Word]]]],
) -> None:
    case, pages = rendered["lumenwave_v_corvid"]
    assert len(case.counsel) == 8
    first = pages[0]
    right = _find(_body(first), "Naomi C. Pryor (SBN 231162)")
    assert right is not None
    assert right[0].x0 > CENTRE  # the right column
    assert _line_number(first, right[0]) == 8  # starts on line 8, below the Clerk's space


@pytest.mark.parametrize("stem", SIGNED)
def test_stipulation_signatures_and_attestation_share_one_page(
    rendered: dict[str, tuple[Case, list[list[Word]]]], stem: str
) -> None:
    _case, pages = rendered[stem]
    where = {
        index
        for index, words in enumerate(pages)
        for phrase in ("IT IS SO STIPULATED", "ATTESTATION", "Under Civil Local Rule")
        if _find(_body(words), phrase)
    }
    signatures = {
        index
        for index, words in enumerate(pages)
        for word in _body(words)
        if word.text == "/s/" and not _find(_body(words), "GOOD CAUSE APPEARING")
    }
    assert len(where) == 1, f"{stem}: stipulation and attestation on pages {sorted(where)}"
    assert signatures == where, f"{stem}: signatures on {sorted(signatures)}"
    page = _body(pages[where.pop()])
    stipulated = _find(page, "IT IS SO STIPULATED")
    assert stipulated is not None
    dated = [w for w in page if w.text == "Dated:" and w.middle > stipulated[0].middle]
    assert dated, f"{stem}: the first signature block does not follow the stipulation line"
    assert dated[0].middle - stipulated[0].middle < 3 * 24  # no stranded stipulation line


@pytest.mark.parametrize("stem", IDS)
def test_case_numbers_e_mails_and_judges_names_are_kept_whole(
    rendered: dict[str, tuple[Case, list[list[Word]]]], stem: str
) -> None:
    case, pages = rendered[stem]
    body = _body(pages[0])
    assert _find(body, case.number.text) is not None, f"{stem}: {case.number.text} broken"
    for other in case.consolidated_with:
        assert _find(body, other.text) is not None, f"{stem}: {other.text} broken"
    emails = [a.email for a in case.counsel] + [p.email for p in case.parties if p.pro_se]
    for email in emails:
        assert _find(body, email) is not None, f"{stem}: {email} broken"
    for name in (case.district_judge, case.magistrate_judge):
        assert _find(body, f"Hon. {name}") is not None, f"{stem}: Hon. {name} broken"


@pytest.mark.parametrize("stem", IDS)
def test_category_names_are_never_stretched(
    rendered: dict[str, tuple[Case, list[list[Word]]]], stem: str
) -> None:
    case, pages = rendered[stem]
    for letter, category in zip("abcdefghijklmnopqrst", case.categories, strict=False):
        head = f"({letter}) " + " ".join(category.name.split()[:2])
        words = next((_body(p) for p in pages if _find(_body(p), head)), [])
        found = _find(words, head)
        assert found is not None, f"{stem}: {head!r} not found"
        line = next(row for row in _lines(words) if found[0] in row)
        gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(line[1:])]
        assert max(gaps, default=0) < 1.6 * SPACE, f"{stem}: {category.name!r} stretched {gaps}"

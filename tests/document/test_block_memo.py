"""A mandatory block's readability is judged once per shape (issue 13): the answer kept
for a block of the same XML, words aside, is the answer a fresh judgement gives."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from pogen.case.load import load_case
from pogen.case.validate import validate_case
from pogen.document import visibility
from pogen.document.context import build_context
from pogen.document.mandatory import _Document
from pogen.document.render import render_document
from pogen.docx.geometry import Section, governing_sect_prs
from pogen.docx.ns import W
from pogen.docx.package import verify_package
from pogen.docx.visible import View
from tests.conftest import BASE_CASE

SHORT = 'short_title = "Acme Widgets v. Borealis Logistics"'


def _document(tmp_path: Path, title: str) -> _Document:
    """A rendered order, parsed as the pipeline parses it; its body is a private copy
    (``parse_part`` may share a tree, which must not change)."""
    case = tmp_path / f"{abs(hash(title))}.toml"
    case.write_text(
        BASE_CASE.read_text(encoding="utf-8").replace(SHORT, f'short_title = "{title}"'),
        encoding="utf-8",
    )
    context = build_context(validate_case(load_case(case)))
    data = render_document(context)
    parts = dict(verify_package(data, case.name))
    parts["word/document.xml"] = copy.deepcopy(parts["word/document.xml"])
    return _Document(data, parts)


def _blocks(doc: _Document) -> list[tuple[etree._Element, Section]]:
    sdts = [sdt for _name, part, sdt in doc.pogen_controls() if part == "word/document.xml"]
    assert doc.body is not None
    governing = governing_sect_prs(doc.body, sdts)
    return [(sdt, Section.of(governing[sdt])) for sdt in sdts]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[etree._Element]:
    judged: list[etree._Element] = []
    judge = visibility._judge_block

    def counted(view: View, sdt: etree._Element, section: Section) -> str:
        judged.append(sdt)
        return judge(view, sdt, section)

    monkeypatch.setattr(visibility, "_judge_block", counted)
    return judged


def test_blocks_that_differ_only_in_words_are_judged_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _document(tmp_path, "Warm v. Up")  # the template's parts seen: kept from now on
    judged = _counting(monkeypatch)
    first = _document(tmp_path, "Acme Widgets v. Borealis Logistics")
    view = View(first.parts)
    view.memo.pop("blocks", None)
    answers = [visibility._block_problem(view, sdt, s) for sdt, s in _blocks(first)]
    assert len(judged) == len(answers) == 5
    assert answers == [""] * 5  # the shipped template hides nothing
    other = _document(tmp_path, "Zephyr Holdings v. Quill & Sons")
    again = View(other.parts)
    assert again.memo is view.memo  # one template: one memo
    assert [visibility._block_problem(again, sdt, s) for sdt, s in _blocks(other)] == answers
    assert len(judged) == 5


def _rpr(run: etree._Element) -> etree._Element:
    rpr = run.find(f"{W}rPr")
    if rpr is None:
        rpr = run.makeelement(f"{W}rPr")
        run.insert(0, rpr)
    return rpr


def _hide(run: etree._Element) -> None:
    etree.SubElement(_rpr(run), f"{W}vanish")


def _texts(sdt: etree._Element) -> list[etree._Element]:
    return [t for t in sdt.iter(f"{W}t") if (t.text or "").strip()]


def _set_text(text: str) -> Callable[[etree._Element], None]:
    def change(sdt: etree._Element) -> None:
        for t in _texts(sdt):
            t.text = text

    return change


def _first_run(sdt: etree._Element) -> etree._Element:
    """The block's first run with a ``w:t`` (its text blank or not)."""
    return next(next(sdt.iter(f"{W}t")).iterancestors(f"{W}r"))


def _hide_first_run(sdt: etree._Element) -> None:
    _hide(_first_run(sdt))


def _white_first_run(sdt: etree._Element) -> None:
    etree.SubElement(_rpr(_first_run(sdt)), f"{W}color", {f"{W}val": "FFFFFF"})


# Each: what is done to every block after the memo has its answers for the intact
# blocks, and whether a reader then loses text.  Hidden text must be found whether its
# words are blank or not, and however its characters are serialized.
CHANGES: dict[str, tuple[list[Callable[[etree._Element], None]], bool]] = {
    "a hidden run": ([_hide_first_run], True),
    "a white run": ([_white_first_run], True),
    "other words": ([_set_text("Other words & <more>")], False),
    "hidden, then blank": ([_hide_first_run, _set_text(" ")], False),
    "hidden, then a carriage return": ([_hide_first_run, _set_text("\r")], False),
    "hidden, then an ampersand": ([_hide_first_run, _set_text("&")], True),
    "hidden, then a no-break space": ([_hide_first_run, _set_text("\u00a0")], False),
    "blank, then hidden": ([_set_text(" "), _hide_first_run], False),
}


def _changed(doc: _Document, changes: list[Callable[[etree._Element], None]]) -> None:
    """Every block of ``doc`` replaced, in the body, by a changed copy."""
    for sdt, _section in _blocks(doc):
        changed = copy.deepcopy(sdt)
        sdt.addnext(changed)
        sdt.getparent().remove(sdt)  # type: ignore[union-attr]
        for change in changes:
            change(changed)


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_a_kept_answer_is_what_a_fresh_judgement_gives(tmp_path: Path, name: str) -> None:
    doc = _document(tmp_path, "Acme Widgets v. Borealis Logistics")
    view = View(doc.parts)
    for sdt, section in _blocks(doc):
        visibility._block_problem(view, sdt, section)  # the intact shapes, remembered
    changes, loses_text = CHANGES[name]
    _changed(doc, changes)
    fresh = [visibility._judge_block(view, sdt, section) for sdt, section in _blocks(doc)]
    assert any(fresh) == loses_text
    for _ in range(2):  # answered, then kept
        assert [visibility._block_problem(view, s, sec) for s, sec in _blocks(doc)] == fresh


@pytest.mark.parametrize(
    ("first", "then"),
    [(" ", "secret"), ("\r", "secret"), ("\u00a0", "&"), ("\t", "\tx")],
)
def test_blank_and_written_text_of_one_shape_are_told_apart(
    tmp_path: Path, first: str, then: str
) -> None:
    """A hidden run whose text is blank hides nothing; the same run with words does."""
    answers = []
    for text in (first, then):
        doc = _document(tmp_path, "Acme Widgets v. Borealis Logistics")
        view = View(doc.parts)
        _changed(doc, [_hide_first_run, _set_text(text)])
        answers.append([visibility._block_problem(view, s, sec) for s, sec in _blocks(doc)])
    assert not any(answers[0])
    assert all(answers[1])


def test_the_answers_kept_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(visibility, "_BLOCK_MEMO", 3)
    doc = _document(tmp_path, "Acme Widgets v. Borealis Logistics")
    view = View(doc.parts)
    view.memo.pop("blocks", None)
    for sdt, section in _blocks(doc):
        visibility._block_problem(view, sdt, section)
        answers = view.memo["blocks"]
        assert isinstance(answers, dict)
        assert len(answers) <= 3

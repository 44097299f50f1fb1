"""The caption of every order (L.R. 11-3.8(c)-(e)): court title, parties, case number,
document title, the discovery notation and the judges.

One of pogen's mandatory parts, built here from the case and never by a template.
``caption_spec`` decides what the caption says (a ``CaptionSpec``: the court's lines
and the two columns, line by line); ``caption_xml`` lays it out: a left column with
the parties (the first-named party of each side with its role words, or every party
as pleaded, or an "In re" title; third-party and intervenor blocks below a rule) and a
right column with the case number (lead and consolidated numbers, CLASS ACTION), the
title, the notation, the judges and the complaint-filed and trial dates.  Every line
is an exact 12-pt line; the table's height is counted in Times-metric lines
(``document.layout``) so the body after it lands back on the numbered grid, and
``caption_height`` tells page 1's budget (``document.firstpage``) how much it takes.

Case numbers and e-mail-like tokens never break inside: their hyphens are
non-breaking (``w:noBreakHyphen``, read back as "-"), and a judge's line that does not
fit breaks between the label and "Hon. ..." rather than inside the name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pogen.case.model import Case, Party
from pogen.case.schema import TITLES
from pogen.document.layout import HALF_WIDTH_PT, wrapped_lines
from pogen.document.names import caption_names, role_phrase, role_word
from pogen.docx.footnotes import footnote_reference
from pogen.docx.markup import paragraph, run, unbroken_run

COURT_LINES = ("UNITED STATES DISTRICT COURT", "CENTRAL DISTRICT OF CALIFORNIA")
_CELL_WIDTH_TWIPS = 4680  # half of the 6.5 in text column
_CELL_TEXT_PT = HALF_WIDTH_PT - 12  # less cell margins and the right cell's indent
_RIGHT_INDENT = 144
_ROLE_INDENT = 2160
_ORDINALS = "FIRST SECOND THIRD FOURTH FIFTH SIXTH SEVENTH EIGHTH NINTH".split()  # noqa: SIM905


@dataclass(frozen=True)
class Line:
    """One line (paragraph) of a caption column."""

    text: str = ""
    bold: bool = False
    indent: int = 0  # twips
    unbroken: bool = False  # hyphens do not break (case numbers)
    rule: bool = False  # a rule below the line: the end of a block of the left column
    footnote: int = 0  # the id of a footnote whose reference follows the text


@dataclass(frozen=True)
class CaptionSpec:
    """What the caption says; ``caption_xml`` lays it out."""

    court: tuple[str, ...]
    left: tuple[Line, ...]
    right: tuple[Line, ...]
    title: str = field(default="")


# The titles of the bundle's documents (README, "Picking the form").
BUNDLE_TITLES = {
    "stipulation": "STIPULATION FOR ENTRY OF PROTECTIVE ORDER",
    "proposed_order": "[PROPOSED] PROTECTIVE ORDER",
}
FOOTNOTE_ID = 1


def document_title(case: Case, document: str = "combined") -> str:
    """The title the case file chose (or the bundle document's), with "FIRST AMENDED"
    (etc.) where it amends."""
    title = BUNDLE_TITLES.get(document) or TITLES[case.caption.title]
    if not case.caption.amended:
        return title
    amended = f"{_ORDINALS[case.caption.amended - 1]} AMENDED "
    where = "STIPULATED PROTECTIVE ORDER" if "STIPULATED PROTECTIVE" in title else "PROTECTIVE"
    return title.replace(where, amended + where, 1)


def _date(value: dt.date | str) -> str:
    if isinstance(value, dt.date):
        return f"{value:%B} {value.day}, {value.year}"
    return value


def _side(parties: tuple[Party, ...], every: bool, end: str, role: str = "") -> list[Line]:
    """One side: the names, then the role words indented ("Plaintiffs," / "Defendants.");
    ``role`` limits the words to one role (the third-party block's)."""
    words = role_word(role, parties) if role else role_phrase(parties, caption=True)
    names = caption_names(parties, every=every) + ","
    return [Line(names), Line(), Line(words + end, indent=_ROLE_INDENT)]


def _versus(first: list[Line], second: list[Line]) -> list[Line]:
    return [*first, Line(), Line("v.", indent=720), Line(), *second]


def _closed(lines: list[Line]) -> list[Line]:
    """A block of the left column ended by a rule, with a blank line after it."""
    last = lines[-1]
    return [*lines[:-1], Line(last.text, indent=last.indent, rule=True), Line()]


def _left(case: Case) -> list[Line]:
    every = case.caption.parties == "all"
    if case.caption.in_re:
        lines = [Line(case.caption.in_re)]
        if case.caption.relates_to:
            lines += [Line(), Line(f"This Document Relates To: {case.caption.relates_to}")]
        return lines
    lines = _versus(
        _side(case.with_role("plaintiff"), every, ","),
        _side(case.with_role("defendant"), every, "."),
    )
    third = case.with_role("third-party-defendant")
    if third:
        plaintiffs = tuple(p for p in case.parties if "third-party-plaintiff" in p.also)
        lines = _closed(lines) + _versus(
            _side(plaintiffs, every, ",", "third-party-plaintiff"),
            _side(third, every, ".", "third-party-defendant"),
        )
    for role in ("plaintiff-intervenor", "defendant-intervenor"):
        if case.with_role(role):
            lines = _closed(lines) + _side(case.with_role(role), every, ".")
    return lines


def _judge_lines(label: str, name: str) -> list[Line]:
    """ "District Judge: Hon. X" on one line, or the label and the name on two."""
    whole = f"{label}: Hon. {name}"
    width = _CELL_TEXT_PT - _RIGHT_INDENT / 20
    if wrapped_lines(whole, width) == 1:
        return [Line(whole, indent=_RIGHT_INDENT)]
    return [Line(f"{label}:", indent=_RIGHT_INDENT), Line(f"Hon. {name}", indent=_RIGHT_INDENT)]


def _fits(text: str) -> bool:
    return wrapped_lines(text, _CELL_TEXT_PT - _RIGHT_INDENT / 20, hyphens=False) == 1


def _number_lines(number: str, suffix: str = "") -> list[Line]:
    """ "Case No. X" on one line if it fits, else "Case No." above the number: a case
    number is never broken, even at its own spaces (``CV 11-00531 CAS (SSx)``)."""
    whole = f"Case No. {number}{suffix}"
    if _fits(whole):
        return [Line(whole, indent=_RIGHT_INDENT, unbroken=True)]
    lines = [
        Line("Case No.", indent=_RIGHT_INDENT),
        Line(number, indent=_RIGHT_INDENT, unbroken=True),
    ]
    if suffix and _fits(number + suffix):
        lines[-1] = Line(number + suffix, indent=_RIGHT_INDENT, unbroken=True)
    elif suffix:
        lines.append(Line(suffix.strip(), indent=_RIGHT_INDENT))
    return lines


def _right(case: Case, title: str, footnote: bool = False) -> list[Line]:
    lead = " (LEAD CASE)" if case.consolidated_with else ""
    lines = _number_lines(case.number.text, lead)
    if case.consolidated_with:
        lines.append(Line("Consolidated with", indent=_RIGHT_INDENT))
        for other in case.consolidated_with:
            lines += _number_lines(other.text)
    if case.caption.class_action:
        lines.append(Line("CLASS ACTION", indent=_RIGHT_INDENT))
    note = FOOTNOTE_ID if footnote else 0
    lines += [Line(), Line(title, bold=True, indent=_RIGHT_INDENT, footnote=note), Line()]
    for notation in case.notations:
        lines += [Line(notation, bold=True, indent=_RIGHT_INDENT), Line()]
    lines += _judge_lines("District Judge", case.district_judge)
    lines += _judge_lines("Magistrate Judge", case.magistrate_judge)
    dates = [
        ("Complaint Filed", case.caption.complaint_filed),
        ("Trial Date", case.caption.trial_date),
    ]
    shown = [(label, value) for label, value in dates if value is not None]
    if shown:
        lines.append(Line())
        lines += [Line(f"{label}: {_date(value)}", indent=_RIGHT_INDENT) for label, value in shown]
    return lines


def court_lines(case: Case) -> tuple[str, ...]:
    """The court's title: "UNITED STATES DISTRICT COURT", the district, the division
    line as the case file words it (or none), and a blank to an even count."""
    division = case.caption.division
    if division is None:
        division = f"{case.division.upper()} DIVISION"
    lines = [*COURT_LINES, *([division] if division else []), ""]
    return tuple(lines + [""] * (len(lines) % 2))


def caption_spec(case: Case, document: str = "combined", *, footnote: bool = False) -> CaptionSpec:
    """What the caption of ``case`` says, line by line, on one document of the form
    (``combined``, ``stipulation`` or ``proposed_order``); ``footnote``: the title
    carries the reference of the model footnote."""
    title = document_title(case, document)
    right = tuple(_right(case, title, footnote))
    return CaptionSpec(court_lines(case), tuple(_left(case)), right, title)


def _visual(column: tuple[Line, ...]) -> int:
    return sum(
        wrapped_lines(
            line.text, _CELL_TEXT_PT - line.indent / 20, bold=line.bold, hyphens=not line.unbroken
        )
        for line in column
    )


def caption_height(spec: CaptionSpec) -> int:
    """Half-lines (12 pt) the court title and the caption table take on page 1."""
    table = max(_visual(spec.left), _visual(spec.right))
    return len(spec.court) + table + table % 2


def _cell(lines: tuple[Line, ...], *, borders: str) -> str:
    paragraphs = []
    for line in lines:
        props = '<w:pStyle w:val="PogenCaption"/>'
        if line.rule:
            props += (
                '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:pBdr>'
            )
        if line.indent:
            props += f'<w:ind w:left="{line.indent}"/>'
        if not line.text:
            body = ""
        elif line.unbroken:
            body = unbroken_run(line.text, bold=line.bold)
        else:
            body = run(line.text, bold=line.bold, data=True)
        if line.footnote:
            body += footnote_reference(line.footnote)
        paragraphs.append(f"<w:p><w:pPr>{props}</w:pPr>{body}</w:p>")
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{_CELL_WIDTH_TWIPS}" w:type="dxa"/>'
        f"<w:tcBorders>{borders}</w:tcBorders></w:tcPr>{''.join(paragraphs)}</w:tc>"
    )


def caption_xml(spec: CaptionSpec) -> str:
    """Court title and caption table (L.R. 11-3.8(c)-(e)) with the discovery notation."""
    title = "".join(
        paragraph("PogenCourt", run(line, data=True) if line else "") for line in spec.court
    )
    visual = max(_visual(spec.left), _visual(spec.right))
    visual += visual % 2
    height = visual * 240  # twips; "atLeast" lets an under-estimate grow instead of clip
    line = '<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    left_borders = line.format(side="bottom") + line.format(side="right")
    table = (
        '<w:tbl><w:tblPr><w:tblW w:w="9360" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="0000"/></w:tblPr>'
        f'<w:tblGrid><w:gridCol w:w="{_CELL_WIDTH_TWIPS}"/><w:gridCol w:w="{_CELL_WIDTH_TWIPS}"/>'
        f'</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{height}" '
        'w:hRule="atLeast"/></w:trPr>'
        + _cell(spec.left, borders=left_borders)
        + _cell(spec.right, borders="")
        + "</w:tr></w:tbl>"
    )
    return title + table

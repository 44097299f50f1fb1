"""The caption of every order (L.R. 11-3.8(c)-(e)): court title, parties, case number,
document title and the magistrate judge's discovery notation.

One of pogen's mandatory parts, built here from the context and never by a template:
a left column with the first-named party of each side and its role word, a right
column with the case number, the title, the notation and the judges.  Every line is
an exact 12-pt line; the table's height is counted in Times-metric lines
(``document.layout``) so the body after it lands back on the numbered grid.
"""

from __future__ import annotations

from typing import Any

from pogen.document.layout import HALF_WIDTH_PT, wrapped_lines
from pogen.docx.markup import paragraph, run

COURT_LINES = ("UNITED STATES DISTRICT COURT", "CENTRAL DISTRICT OF CALIFORNIA")
_CELL_WIDTH_TWIPS = 4680  # half of the 6.5 in text column
_CELL_TEXT_PT = HALF_WIDTH_PT - 12  # less cell margins and the right cell's indent


def _cell(lines: list[tuple[str, bool, int]], *, borders: str) -> str:
    paragraphs = "".join(
        '<w:p><w:pPr><w:pStyle w:val="PogenCaption"/>'
        + (f'<w:ind w:left="{indent}"/>' if indent else "")
        + f"</w:pPr>{run(text, bold=bold, data=True) if text else ''}</w:p>"
        for text, bold, indent in lines
    )
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{_CELL_WIDTH_TWIPS}" w:type="dxa"/>'
        f"<w:tcBorders>{borders}</w:tcBorders></w:tcPr>{paragraphs}</w:tc>"
    )


def caption_xml(ctx: dict[str, Any]) -> str:
    """Court title and caption table (L.R. 11-3.8(c)-(e)) with the discovery notation."""
    cap = ctx["caption"]
    court = [*list(COURT_LINES), f"{ctx['division_name'].upper()} DIVISION"]
    court.append("")  # an even number of 12-pt lines keeps the body on the numbered grid
    title = "".join(paragraph("PogenCourt", run(line, data=True) if line else "") for line in court)
    left = [
        (cap["plaintiff"], False, 0),
        ("", False, 0),
        (cap["plaintiff_role"], False, 2160),
        ("", False, 0),
        ("v.", False, 720),
        ("", False, 0),
        (cap["defendant"], False, 0),
        ("", False, 0),
        (cap["defendant_role"], False, 2160),
    ]
    right = [
        (f"Case No. {cap['number']}", False, 144),
        ("", False, 0),
        (cap["document_title"], True, 144),
        ("", False, 0),
        (cap["notation"], True, 144),
        ("", False, 0),
        (f"District Judge: Hon. {cap['district_judge']}", False, 144),
        (f"Magistrate Judge: Hon. {cap['magistrate_judge']}", False, 144),
    ]
    visual = max(
        sum(
            wrapped_lines(text, _CELL_TEXT_PT - indent / 20, bold=bold)
            for text, bold, indent in column
        )
        for column in (left, right)
    )
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
        + _cell(left, borders=left_borders)
        + _cell(right, borders="")
        + "</w:tr></w:tbl>"
    )
    return title + table

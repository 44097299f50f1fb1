"""The four mandatory parts of every order, built by pogen, never by a template.

The caption (with the discovery notation), the GOOD CAUSE STATEMENT, the L.R. 79-5
sealing provisions (sections 1.C and 12.3) and the L.R. 37 challenge procedure
(section 6) are rendered here from pogen's own sources and reach a template only as
finished WordprocessingML through ``{{p blocks.NAME }}`` placeholders.  No case-data
value can remove or reword them.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Template
from markupsafe import Markup

from pogen.environment import make_environment
from pogen.layout import HALF_WIDTH_PT, wrapped_lines
from pogen.ooxml import compile_source, paragraph, run, xml_text

# Placeholder name -> source file (None: built in Python).  Order is document order.
MANDATORY = {
    "caption": None,
    "good_cause": "good_cause.txt",
    "sealing_acknowledgment": "sealing_acknowledgment.txt",
    "challenges": "challenges.txt",
    "filing_under_seal": "filing_under_seal.txt",
}

# Placeholder name -> the title a person sees on the locked content control and in errors.
TITLES = {
    "caption": "caption with the discovery notation",
    "good_cause": "GOOD CAUSE STATEMENT",
    "sealing_acknowledgment": "L.R. 79-5 sealing acknowledgment, section 1.C",
    "challenges": "L.R. 37 challenge procedure, section 6",
    "filing_under_seal": "L.R. 79-5 filing under seal, section 12.3",
}
TAG_PREFIX = "pogen:"

COURT_LINES = ("UNITED STATES DISTRICT COURT", "CENTRAL DISTRICT OF CALIFORNIA")
_CELL_WIDTH_TWIPS = 4680  # half of the 6.5 in text column
_CELL_TEXT_PT = HALF_WIDTH_PT - 12  # less cell margins and the right cell's indent


def block_source(name: str) -> str:
    """The readable source text of one mandatory block."""
    return resources.files("pogen").joinpath(f"blocks/{name}").read_text(encoding="utf-8")


@cache
def _compiled(name: str) -> Template:
    source = block_source(name)
    xml = compile_source(source, name=f"pogen/blocks/{name}")
    # The blocks are rendered here with plain Jinja syntax, so docxtpl's paragraph tags
    # ({%p ... %}) are unwrapped the same way docxtpl would unwrap them.
    xml = _unwrap_paragraph_tags(xml)
    return make_environment().from_string(xml)


def _unwrap_paragraph_tags(xml: str) -> str:
    return re.sub(
        r'<w:p><w:r><w:t xml:space="preserve">\{%p (.*?)%\}</w:t></w:r></w:p>',
        lambda m: (
            "{% "
            + m.group(1).replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")
            + "%}"
        ),
        xml,
    )


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


def locked(name: str, content_xml: str) -> str:
    """Wrap a block in a content control Word will not let anyone edit or delete.

    ``w:sdtPr`` children follow the schema's order (alias, tag, lock); the alias is the
    title Word shows on the control, so a person sees why the text cannot be changed.
    """
    alias = xml_text(f"Mandatory: {TITLES[name]} (pogen)").replace('"', "&quot;")
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{TAG_PREFIX}{name}"/>'
        f'<w:lock w:val="sdtContentLocked"/></w:sdtPr><w:sdtContent>{content_xml}'
        "</w:sdtContent></w:sdt>"
    )


def render_blocks(ctx: dict[str, Any]) -> dict[str, Markup]:
    """Every mandatory block, rendered from the context into locked WordprocessingML."""
    out: dict[str, Markup] = {}
    for name, source in MANDATORY.items():
        xml = caption_xml(ctx) if source is None else _compiled(source).render(ctx)
        out[name] = Markup(locked(name, xml))  # noqa: S704 - escaped data, built by pogen
    return out

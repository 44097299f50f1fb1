"""The rendered parts are read strictly before anything repairs them (issue 15, item 1).

Before: docxtpl's ``fix_tables`` parsed the rendered body with lxml's ``recover=True``
and pogen verified the repaired tree, so ``{{ '</w:body>' | safe }}`` after the last
placeholder rendered with exit 0 and the rest of the order (section 14, the
signatures, Exhibit A) silently gone; a broken header was "a bug in pogen" (exit 70);
syntax errors lost Jinja's line, which is the template paragraph.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import docx
from pogen.case.load import load_case
from pogen.case.validate import validate_case
from pogen.cli.app import app
from pogen.document.context import build_context
from pogen.document.render import render_document, render_document_plain
from pogen.document.template import Template
from pogen.errors import TemplateError
from tests.conftest import BASE_CASE
from tests.e2e.hostile.templates import BLOCKS, rezip

Render = Callable[..., bytes]
PATHS = [render_document, render_document_plain]


def _template(*after: str, before: tuple[str, ...] = ("Intro.",), header: str = "") -> bytes:
    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    for block in BLOCKS:
        document.add_paragraph(f"{{{{p blocks.{block} }}}}")
    for text in after:
        document.add_paragraph(text)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _context() -> dict[str, Any]:
    return build_context(validate_case(load_case(BASE_CASE)))


def _fails(render: Render, raw: bytes) -> TemplateError:
    with pytest.raises(TemplateError) as info:
        render(_context(), Template("firm.docx", raw, "x"))
    return info.value


@pytest.mark.parametrize("render", PATHS, ids=["compiled", "docxtpl"])
def test_closing_the_body_early_is_refused_naming_the_paragraph(render: Render) -> None:
    raw = _template("{{ '</w:body>' | safe }}", "14.\tMISCELLANEOUS", "Signatures")
    error = _fails(render, raw)
    assert error.code == "template-xml"
    message = str(error)
    # Intro, the five placeholders, then the injection: the seventh paragraph.
    assert message.startswith(
        "firm.docx: template writes broken XML into word/document.xml, paragraph 7 "
        "(“{{ '</w:body>' | safe }}”): "
    )
    assert "\n" not in message


@pytest.mark.parametrize("render", PATHS, ids=["compiled", "docxtpl"])
@pytest.mark.parametrize(
    "injection",
    [
        "{{ '<w:p>' | safe }}",
        "{{ '</w:t></w:r></w:p></w:body><w:body><w:p><w:r><w:t>' | safe }}",
        "{{ '<w:r>' | safe }}",
        "{{ '\\x26bogus;' | safe }}",
    ],
)
def test_other_raw_xml_is_refused(render: Render, injection: str) -> None:
    error = _fails(render, _template(injection, "More."))
    assert error.code == "template-xml"
    assert "word/document.xml, paragraph 7" in str(error)


@pytest.mark.parametrize("render", PATHS, ids=["compiled", "docxtpl"])
@pytest.mark.parametrize("injection", ["{{ '<w:p>' | safe }}", "{{ '\\x26bogus;' | safe }}"])
def test_a_broken_header_is_a_template_error_not_a_bug(render: Render, injection: str) -> None:
    error = _fails(render, _template(header=injection))
    assert error.code == "template-xml"
    assert f"word/header1.xml, paragraph 1 (“{injection}”)" in str(error)


def test_xml_that_only_libxml2_refuses_is_refused_with_its_reason() -> None:
    """The compiled path's strict parse is the check: nesting deeper than libxml2 reads
    (256 levels) is well-formed to expat, but docxtpl's recovering parse would have cut
    it, and python-docx and pogen's own reader refuse the file."""
    deep = "{{ ('<w:customXml w:element=\"x\">' * 300 ~ '</w:customXml>' * 300) | safe }}"
    error = _fails(render_document, _template(deep, "More."))
    assert error.code == "template-xml"
    message = str(error)
    assert message.startswith("firm.docx: template writes broken XML into word/document.xml: ")
    assert "Excessive depth" in message
    assert "\n" not in message


FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _with_footnote(text: str) -> bytes:
    notes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    ).encode()
    override = (
        f'<Override PartName="/word/footnotes.xml" ContentType="{FOOTNOTES_TYPE}"/></Types>'
    ).encode()
    rel = (
        f'<Relationship Id="rIdNotes" Type="{FOOTNOTES_REL}" Target="footnotes.xml"/>'
        "</Relationships>"
    ).encode()
    return rezip(
        _template(),
        add={"word/footnotes.xml": notes},
        edit={
            "[Content_Types].xml": lambda b: b.replace(b"</Types>", override),
            "word/_rels/document.xml.rels": lambda b: b.replace(b"</Relationships>", rel),
        },
    )


@pytest.mark.parametrize("render", PATHS, ids=["compiled", "docxtpl"])
def test_a_broken_footnote_is_refused(render: Render) -> None:
    render(_context(), Template("ok.docx", _with_footnote("{{ case.number }}"), "x"))
    error = _fails(render, _with_footnote("{{ '&lt;/w:t&gt;' | safe }}"))
    assert error.code == "template-xml"
    assert "word/footnotes.xml, paragraph 1" in str(error)


@pytest.mark.parametrize("render", PATHS, ids=["compiled", "docxtpl"])
def test_syntax_errors_name_the_template_paragraph(render: Render) -> None:
    # docxtpl removes the {%p %} paragraphs before Jinja sees the part; they still count.
    raw = _template(
        "{%p if true %}", "Shown.", "{%p endif %}", "{{ case.number }", before=("A.", "B.")
    )
    error = _fails(render, raw)
    assert error.code == "template-syntax"
    assert str(error) == (
        "firm.docx: template syntax error in word/document.xml, paragraph 11 "
        "(“{{ case.number }”): unexpected '}'"
    )


@pytest.mark.parametrize("render", PATHS, ids=["compiled", "docxtpl"])
def test_run_time_errors_name_the_template_paragraph(render: Render) -> None:
    error = _fails(render, _template("Fine.", "{{ missing_variable }}"))
    assert error.code == "template-variable"
    assert "in word/document.xml, paragraph 8 (“{{ missing_variable }}”)" in str(error)
    error = _fails(render, _template("{{ case.number + 1 }}"))
    assert error.code == "template-code"
    assert "in word/document.xml, paragraph 7 (“{{ case.number + 1 }}”)" in str(error)


def test_the_command_line_exits_3_and_writes_nothing(tmp_path: Path) -> None:
    template = tmp_path / "firm.docx"
    template.write_bytes(_template("{{ '</w:body>' | safe }}", "Signatures"))
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["render", str(BASE_CASE), "-o", str(out), "-t", str(template)]
    )
    assert result.exit_code == 3, result.output
    assert "template writes broken XML into word/document.xml, paragraph 7" in result.stderr
    assert not out.exists() or not any(out.glob("*.docx"))

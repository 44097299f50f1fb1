"""The compiled-template path gives exactly docxtpl's bytes, and the same errors."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

import docx
from pogen.case.load import load_case
from pogen.case.validate import validate_case
from pogen.document.compiled import compiled_template
from pogen.document.context import build_context
from pogen.document.render import render_document, render_document_plain
from pogen.docx.package import normalize_package
from pogen.errors import TemplateError
from tests.conftest import EXAMPLES

PROPERTIES = {"title": "T & <x>", "subject": "S", "author": "A", "keywords": "k"}


def _context(path: Path) -> dict[str, Any]:
    return build_context(validate_case(load_case(path)))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_compiled_equals_docxtpl_for_every_example(example: Path) -> None:
    context = _context(example)
    compiled = render_document(context, properties=PROPERTIES)
    again = render_document(context, properties=PROPERTIES)  # from the cache
    plain = render_document_plain(context, properties=PROPERTIES)
    assert compiled == normalize_package(plain)  # comes out normalized
    assert again == compiled


def _small_template(path: Path, *, core: bool = True, body: str = "") -> Path:
    """A template using docxtpl's table-row tags, listing characters and headers."""
    document = docx.Document()
    document.core_properties.title = "{{ title }}"
    document.core_properties.comments = "for {{ who }}"
    document.add_paragraph(body or "Dear {{ who }}, {{ note }}")
    document.add_paragraph("{%p if rows %}")
    document.add_paragraph("Rows follow.")
    document.add_paragraph("{%p endif %}")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "{%tr for row in rows %}"
    table.cell(1, 0).text = "{{ row.name }}"
    table.cell(1, 1).text = "{{ row.value }}"
    table.cell(2, 0).text = "{%tr endfor %}"
    document.sections[0].header.paragraphs[0].text = "Header {{ who }}"
    document.sections[0].footer.paragraphs[0].text = "Footer {{ rows | length }}"
    document.save(str(path))
    if not core:
        data = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(path, "w") as target:
            for info in source.infolist():
                content = source.read(info)
                if info.filename == "docProps/core.xml":
                    continue
                if info.filename == "_rels/.rels":
                    content = re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", content)
                    assert b"core-properties" not in content
                target.writestr(info, content)
    return path


CONTEXT: dict[str, Any] = {
    "title": "Ampersand & <angle>",
    "who": "Ms. O'Neil\tand tab",
    "note": "line one\nline two",
    "rows": [{"name": "a & b", "value": 1}, {"name": "{{ not jinja }}", "value": 2}],
}


def test_compiled_equals_docxtpl_on_a_template_with_rows_and_listing(tmp_path: Path) -> None:
    template = _small_template(tmp_path / "t.docx")
    compiled = render_document(CONTEXT, template)
    plain = render_document_plain(CONTEXT, template)
    assert normalize_package(compiled) == normalize_package(plain)
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(compiled)).paragraphs)
    assert "Rows follow." in text
    assert "line one\nline two" in text


def test_template_without_core_properties_carries_no_run_time_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = _small_template(tmp_path / "t.docx", core=False)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    compiled = render_document(CONTEXT, template)
    assert normalize_package(compiled) == normalize_package(
        render_document_plain(CONTEXT, template)
    )
    core = docx.Document(io.BytesIO(compiled)).core_properties
    assert core.modified is None
    assert core.created is None
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    stamped = docx.Document(io.BytesIO(render_document(CONTEXT, template))).core_properties
    assert stamped.modified is not None
    assert int(stamped.modified.timestamp()) == 1700000000
    plain = render_document_plain(CONTEXT, template)
    assert normalize_package(render_document(CONTEXT, template)) == normalize_package(plain)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("{{ missing_variable }}", "template uses a variable pogen does not provide"),
        ("{% if %}", "template syntax error"),
        ("{{ ''.__class__.__mro__ }}", "the sandbox forbids"),
    ],
)
def test_compiled_and_plain_fail_alike(tmp_path: Path, body: str, message: str) -> None:
    template = _small_template(tmp_path / "t.docx", body=body)
    errors = []
    for render in (render_document, render_document_plain):
        with pytest.raises(TemplateError) as info:
            render(CONTEXT, template)
        errors.append(str(info.value))
    assert errors[0] == errors[1]
    assert message in errors[0]


def test_compiled_template_is_cached_per_template_bytes(tmp_path: Path) -> None:
    first = _small_template(tmp_path / "a.docx")
    raw = first.read_bytes()
    assert compiled_template(raw) is compiled_template(bytes(raw))
    other = _small_template(tmp_path / "b.docx", body="Other {{ who }}").read_bytes()
    assert compiled_template(other) is not compiled_template(raw)

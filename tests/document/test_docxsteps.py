"""``pogen.document.docxsteps`` beside the libraries whose steps it stands in for.

A compiled template restored from the disk cache renders without docxtpl and python-docx;
each step here must give the bytes the library gives, and say "let the library run"
whenever it would not.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pytest
from docx.opc.coreprops import CoreProperties as DocxCoreProperties
from docx.opc.oxml import serialize_part_xml
from docx.oxml.parser import parse_xml
from docxtpl import DocxTemplate  # noqa: TID251 - the reference, in a test
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from pogen.document import docxsteps
from pogen.document.template import default_template
from pogen.docx.ns import W_NS

if TYPE_CHECKING:
    from docx.oxml.coreprops import CT_CoreProperties

ROOT = Path(__file__).resolve().parents[2]
_HELPER = DocxTemplate(io.BytesIO(default_template().read_bytes()))  # fix_tables is stateless


def _fixed(xml: str) -> bytes | type[Exception]:
    try:
        return bytes(etree.tostring(_HELPER.fix_tables(xml)))
    except Exception as exc:  # docxtpl's own failure on odd tables
        return type(exc)


def _agrees(xml: str) -> bool:
    """parse_body's tree is docxtpl's whenever it says fix_tables need not run."""
    tree, settled = docxsteps.parse_body(xml)
    if settled:
        assert bytes(etree.tostring(tree)) == _fixed(xml)
    return settled


def _body(tables: str, prefix: str = "w") -> str:
    return f'<{prefix}:body xmlns:{prefix}="{W_NS}">{tables}</{prefix}:body>'


def _table(grid: list[int] | None, rows: list[list[str | None]]) -> str:
    cols = "" if grid is None else "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    head = "" if grid is None else f"<w:tblGrid>{cols}</w:tblGrid>"
    cells = []
    for row in rows:
        tcs = "".join(
            "<w:tc><w:p/></w:tc>"
            if span is None
            else f'<w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr><w:p/></w:tc>'
            for span in row
        )
        cells.append(f"<w:tr>{tcs}</w:tr>")
    return f"<w:tbl>{head}{''.join(cells)}</w:tbl>"


@pytest.mark.parametrize("template", sorted((ROOT / "src/pogen/templates").rglob("*.docx")))
def test_every_example_body_is_settled_without_docxtpl(
    template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped templates' rendered bodies take the fast path, with docxtpl's bytes."""
    from pogen.case.load import load_case
    from pogen.case.validate import validate_case
    from pogen.document import compiled
    from pogen.document.context import build_context
    from pogen.document.render import render_document

    verdicts: list[bool] = []

    def parse_body(xml: str) -> tuple[etree._Element, bool]:
        verdicts.append(_agrees(xml))
        return docxsteps.parse_body(xml)

    monkeypatch.setattr(compiled, "parse_body", parse_body)
    for case in sorted((ROOT / "case_data").glob("*.toml")):
        context = build_context(validate_case(load_case(case)))
        render_document(context, template)
    assert verdicts and all(verdicts)


@pytest.mark.parametrize(
    ("grid", "rows", "settled"),
    [
        ([100, 200], [[None, None], [None, None]], True),
        ([100, 200], [["2"]], True),
        ([100, 200], [[None, None, None]], False),  # a cell more than the grid
        ([100, 200, 300], [[None, None]], False),  # a column no row reaches
        ([100, 200], [], False),  # no rows: docxtpl drops the grid
        (None, [[None]], False),  # no grid: docxtpl fails
        ([100], [["x"]], False),  # a span that is not a number
        ([100, 200], [["1", None], ["2"]], True),
    ],
)
def test_tables(grid: list[int] | None, rows: list[list[str | None]], settled: bool) -> None:
    assert _agrees(_body(_table(grid, rows))) is settled


def test_a_nested_table_is_read_as_docxtpl_reads_it() -> None:
    inner = _table([50, 50, 50], [[None, None]])
    outer = _table([100], [[None]]).replace("<w:p/></w:tc>", f"{inner}<w:p/></w:tc>")
    assert _agrees(_body(outer)) is False


def test_another_prefix_lets_docxtpl_run() -> None:
    xml = _body(_table([100], [[None]]).replace("w:", "x:"), prefix="x")
    assert _agrees(xml) is False


_spans = st.one_of(st.none(), st.sampled_from(["1", "2", "3", "0", "-1", "x", ""]))


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.none(), st.lists(st.integers(0, 5000), max_size=5)),
    st.lists(st.lists(_spans, max_size=5), max_size=4),
)
def test_any_table(grid: list[int] | None, rows: list[list[str | None]]) -> None:
    _agrees(_body(_table(grid, rows)))


_CORE = (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/">{}</cp:coreProperties>'
)
_STARTS = [
    "",
    "<dc:title>Old</dc:title><cp:lastModifiedBy>someone</cp:lastModifiedBy>",
    "<dc:title/><dc:creator>A &amp; B</dc:creator><cp:category>x</cp:category>",
]
_TEXT = ["author", "category", "comments", "content_status", "identifier", "keywords"]
_TEXT += ["language", "last_modified_by", "subject", "title", "version"]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_STARTS),
    st.lists(
        st.tuples(
            st.sampled_from([*_TEXT, "created", "modified"]),
            st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=8),
        ),
        max_size=6,
    ),
)
def test_core_properties_as_python_docx_sets_them(start: str, sets: list[tuple[str, str]]) -> None:
    ours = docxsteps.CoreProperties(docxsteps.parse_part(_CORE.format(start)))
    theirs = DocxCoreProperties(cast("CT_CoreProperties", parse_xml(_CORE.format(start))))
    for name, text in sets:
        value: object = (
            dt.datetime(2026, 1, 2, 3, 4, 5) if name in ("created", "modified") else text
        )
        setattr(ours, name, value)
        setattr(theirs, name, value)
    for name in _TEXT:
        assert getattr(ours, name) == getattr(theirs, name)
    assert docxsteps.serialize_part(ours._element) == serialize_part_xml(theirs._element)


def test_core_properties_refuse_what_python_docx_refuses() -> None:
    ours = docxsteps.CoreProperties(docxsteps.parse_part(_CORE.format("")))
    with pytest.raises(ValueError, match="255"):
        ours.subject = "x" * 256
    with pytest.raises(ValueError, match="datetime"):
        ours.modified = "2026-01-01"
    with pytest.raises(AttributeError):
        ours.revision = 3


def test_a_cached_template_renders_without_docxtpl_or_python_docx(tmp_path: Path) -> None:
    """The point of this module: a cold render with the template cached imports neither."""
    script = (
        "import runpy, sys\n"
        f"sys.argv = ['pogen', 'render', {str(ROOT / 'case_data' / 'acme_v_borealis.toml')!r},"
        f" '-o', {str(tmp_path / 'out')!r}, '--force']\n"
        "try:\n"
        "    runpy.run_module('pogen.cli.entry', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "print(sorted(m for m in ('docx', 'docxtpl') if m in sys.modules))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout.splitlines()[-1]
        for _ in range(2)
    ]
    assert runs == ["['docx', 'docxtpl']", "[]"]  # compiled once, then restored


def _columns_template(path: Path) -> Path:
    """A template whose table gains columns (docxtpl's ``{%tc %}``), so that docxtpl's
    ``fix_tables`` must widen its grid, and whose text may hold tabs and breaks."""
    import docx

    document = docx.Document()
    document.add_paragraph("Dear {{ who }}")
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).text = "{%tc for col in cols %}"
    table.cell(0, 1).text = "{{ col }}"
    table.cell(0, 2).text = "{%tc endfor %}"
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("context", "library"),
    [
        ({"who": "plain", "cols": ["a", "b", "c"]}, False),  # every step here
        ({"who": "tab\tand\nbreak", "cols": ["a", "b", "c"]}, True),  # resolve_listing
        ({"who": "plain", "cols": ["a", "b", "c", "d"]}, True),  # fix_tables widens
        ({"who": "plain", "cols": ["a"]}, True),  # fix_tables narrows
    ],
)
def test_a_restored_template_calls_docxtpl_only_when_it_must(
    tmp_path: Path, context: dict[str, object], library: bool
) -> None:
    from pogen.document.compiled import CompiledTemplate
    from pogen.document.reference import render_plain
    from pogen.docx.package import normalize_package

    raw = _columns_template(tmp_path / "t.docx").read_bytes()
    restored = CompiledTemplate(raw, "t", CompiledTemplate(raw, "t").state())
    assert restored._docxtpl is None
    data = restored.render(context)
    assert (restored._docxtpl is not None) is library
    assert normalize_package(data) == normalize_package(render_plain(raw, "t", context))

"""The speed-ups of the verification stages give exactly what the plain forms give.

``RunProps`` (memoized style levels) against ``resolve``/``toggle_on`` over
``StyleSheet.run_levels``; ``_same_shape`` against a full comparison of element trees;
``paragraph_text`` against a walk over every node; shared parsed parts
(``pogen.docx.parse``) against fresh parses.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from pogen.document.mandatory import _same_shape, _same_tree
from pogen.docx.legibility import unreadable
from pogen.docx.ns import W
from pogen.docx.package import verify_package
from pogen.docx.parse import parse_part
from pogen.docx.reader import paragraph_text
from pogen.docx.styles import StyleSheet, resolve, toggle_on
from pogen.pipeline import render_case
from tests.conftest import EXAMPLES

W_NS = W[1:-1]
PROPS = ("vanish", "specVanish", "color", "sz", "w", "rFonts", "highlight", "shd")
STYLE_IDS = ("A", "B", "C", "D")

_prop = st.sampled_from(
    [
        "",
        "<w:vanish/>",
        '<w:vanish w:val="0"/>',
        '<w:vanish w:val="true"/>',
        "<w:specVanish/>",
        '<w:color w:val="FFFFFF"/>',
        '<w:color w:val="000000"/>',
        '<w:color w:themeColor="background1"/>',
        '<w:sz w:val="8"/>',
        '<w:sz w:val="24"/>',
        '<w:w w:val="30"/>',
        '<w:rFonts w:ascii="Wingdings"/>',
        '<w:highlight w:val="black"/>',
        '<w:shd w:fill="000000"/>',
    ]
)
_rpr = st.lists(_prop, max_size=3).map(lambda ps: f"<w:rPr>{''.join(ps)}</w:rPr>" if ps else "")
_ref = st.sampled_from([None, *STYLE_IDS, "Missing"])


@st.composite
def _styles(draw: Any) -> str:
    out = []
    if draw(st.booleans()):
        out.append(f"<w:docDefaults><w:rPrDefault>{draw(_rpr)}</w:rPrDefault></w:docDefaults>")
    for kind in ("paragraph", "character", "table"):
        for style_id in STYLE_IDS:
            if not draw(st.booleans()):
                continue
            based = draw(_ref)
            default = ' w:default="1"' if draw(st.booleans()) else ""
            out.append(
                f'<w:style w:type="{kind}" w:styleId="{kind[0]}{style_id}"{default}>'
                + (f'<w:basedOn w:val="{kind[0]}{based}"/>' if based else "")
                + draw(_rpr)
                + "</w:style>"
            )
    return "".join(out)


def _val(prefix: str, tag: str, ref: str | None) -> str:
    return f'<w:{tag} w:val="{prefix}{ref}"/>' if ref else ""


@st.composite
def _body(draw: Any) -> str:
    """Paragraphs, some in a table, whose runs use random styles and direct formatting."""
    paras = []
    for _ in range(draw(st.integers(1, 4))):
        runs = []
        for _ in range(draw(st.integers(1, 3))):
            r_style = _val("c", "rStyle", draw(_ref))
            direct = draw(_rpr)
            if r_style:
                direct = (
                    f"<w:rPr>{r_style}{direct[7:-8]}</w:rPr>"
                    if direct
                    else f"<w:rPr>{r_style}</w:rPr>"
                )
            runs.append(f"<w:r>{direct}<w:t>x</w:t></w:r>")
        p_ppr = _val("p", "pStyle", draw(_ref))
        para = f"<w:p><w:pPr>{p_ppr}</w:pPr>{''.join(runs)}</w:p>"
        if draw(st.booleans()):
            tbl_style = _val("t", "tblStyle", draw(_ref))
            para = f"<w:tbl><w:tblPr>{tbl_style}</w:tblPr><w:tr><w:tc>{para}</w:tc></w:tr></w:tbl>"
        paras.append(para)
    return "".join(paras)


@settings(max_examples=300, deadline=None)
@given(styles=_styles(), body=_body())
def test_run_props_answer_what_the_run_levels_answer(styles: str, body: str) -> None:
    root = etree.fromstring(f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>')
    doc = etree.fromstring(f'<w:body xmlns:w="{W_NS}">{body}</w:body>')
    sheet = StyleSheet(root)
    fresh = StyleSheet(root)  # no memo has been filled in this one before each run
    for run in doc.iter(f"{W}r"):
        levels = fresh.run_levels(run)
        props = sheet.run_props(run)
        assert [(o, e) for o, e in props.levels] == levels
        for name in PROPS:
            for fast, slow in (
                (props.resolve(name), resolve(levels, name)),
                (props.toggle_on(name), toggle_on(levels, name)),
            ):
                assert (fast is None) == (slow is None)
                if fast is not None and slow is not None:
                    assert fast.element is slow.element and fast.origin == slow.origin
        assert unreadable(sheet, run) == unreadable(StyleSheet(root), run)


def test_one_sheet_per_styles_tree() -> None:
    root = etree.fromstring(f'<w:styles xmlns:w="{W_NS}"/>')
    other = etree.fromstring(f'<w:styles xmlns:w="{W_NS}"/>')
    assert StyleSheet.of(root) is StyleSheet.of(root)
    assert StyleSheet.of(other) is not StyleSheet.of(root)


def _shape(element: etree._Element) -> tuple[Any, ...]:
    """The reference: everything ``_same_shape`` compares, as one value."""
    texty = element.tag in (f"{W}t", f"{W}delText", f"{W}instrText")
    return (
        element.tag,
        tuple(sorted(element.attrib.items())),
        (element.text or "") if texty else "",
        tuple(_shape(c) for c in element if isinstance(c.tag, str)),
    )


_fragment = st.recursive(
    st.sampled_from(
        [
            "<w:t>a</w:t>",
            "<w:t>b</w:t>",
            "<w:tab/>",
            "<w:b/>",
            "<!--c-->",
            '<w:sz w:val="1"/>',
            "<w:instrText>x</w:instrText>",
            "<w:br/>",
            "<w:t>a<!--c-->b</w:t>",
            "<w:t>ab</w:t>",
            "<w:t>a<?pi x?>b</w:t>",
        ]
    ),
    lambda inner: st.tuples(
        st.sampled_from(["w:r", "w:p", "w:rPr", "w:sdtContent"]),
        st.sampled_from(["", ' w:val="1"', ' w:val="2"']),
        st.lists(inner, max_size=3),
        st.sampled_from(["", "tail"]),
    ).map(lambda t: f"<{t[0]}{t[1]}>{''.join(t[2])}</{t[0]}>{t[3]}"),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(a=_fragment, b=_fragment)
def test_same_shape_is_equality_of_shapes(a: str, b: str) -> None:
    one = etree.fromstring(f'<w:body xmlns:w="{W_NS}">{a}</w:body>')
    two = etree.fromstring(f'<w:body xmlns:w="{W_NS}">{b}</w:body>')
    assert _same_shape(one, two) == (_shape(one) == _shape(two))
    assert _same_tree(one, two) == (_shape(one) == _shape(two))  # without the C14N shortcut
    assert _same_shape(one, one)


def _text_reference(p: etree._Element) -> str:
    """``paragraph_text`` as a walk over every node (its form before the speed-up)."""
    out: list[str] = []
    for node in p.iter():
        if node is not p and node.tag == f"{W}txbxContent":
            continue
        parent = node.getparent()
        while parent is not None and parent is not p and parent.tag != f"{W}txbxContent":
            parent = parent.getparent()
        if parent is not None and parent is not p:  # inside a text box below ``p``
            continue
        if node.tag == f"{W}t":
            out.append(node.text or "")
        elif node.tag == f"{W}tab" and getattr(node.getparent(), "tag", "") == f"{W}r":
            out.append("\t")
        elif node.tag == f"{W}br":
            out.append("\n")
        elif node.tag == f"{W}noBreakHyphen":  # case numbers (pogen.docx.markup)
            out.append("-")
    return "".join(out)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    out = tmp_path_factory.mktemp("fast")
    return [render_case(path, out).docx.read_bytes() for path in EXAMPLES]


def test_paragraph_text_reads_what_a_full_walk_reads(rendered: list[bytes]) -> None:
    boxed = etree.fromstring(
        f'<w:p xmlns:w="{W_NS}"><w:r><w:t>a</w:t><w:tab/></w:r><w:tab/><w:r><w:pict>'
        "<w:txbxContent><w:p><w:r><w:t>hidden</w:t><w:br/></w:r></w:p></w:txbxContent>"
        "</w:pict><w:br/><w:t>b</w:t></w:r></w:p>"
    )
    assert paragraph_text(boxed) == _text_reference(boxed) == "a\t\nb"
    count = 0
    for data in rendered:
        root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
        for p in root.iter(f"{W}p"):
            assert paragraph_text(p) == _text_reference(p)
            count += 1
    assert count > 100


def test_shared_parts_are_what_a_fresh_parse_gives(rendered: list[bytes]) -> None:
    for data in rendered * 3:  # parts seen again come from the kept trees
        trees = verify_package(data, "doc")
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = [n for n in archive.namelist() if n.endswith((".xml", ".rels"))]
        assert list(trees) == names
        for name in names:
            fresh = etree.fromstring(archive.read(name))
            assert etree.tostring(trees[name]) == etree.tostring(fresh)
    styles = zipfile.ZipFile(io.BytesIO(rendered[0])).read("word/styles.xml")
    assert parse_part(styles) is parse_part(styles)  # seen before: kept


def test_a_broken_part_is_refused_every_time() -> None:
    for _ in range(3):
        with pytest.raises(etree.XMLSyntaxError):
            parse_part(b"<w:document><unclosed></w:document>")


def test_the_schema_passes_cerberus_check_and_is_used_as_the_check_expands_it() -> None:
    from cerberus.schema import UnvalidatedSchema  # noqa: TID251 - what pogen.case.validate uses

    from pogen.case.schema import SCHEMA
    from pogen.case.validator import _CaseValidator, _validator

    checked = _CaseValidator(SCHEMA, allow_unknown=False).schema  # SchemaError if unsound
    used = _validator().schema
    assert isinstance(used, UnvalidatedSchema)
    assert used.schema == checked.schema


def test_the_expanded_schema_stores_rules_as_expanding_them_again_would() -> None:
    """``ExpandedSchema`` skips the re-expansion Cerberus does on every assignment; that
    is sound only because expanding an expanded field's rules changes nothing."""
    from cerberus.schema import DefinitionSchema  # noqa: TID251 - what the shortcut skips

    from pogen.case.validator import ExpandedSchema, _validator

    used = _validator().schema
    assert isinstance(used, ExpandedSchema)
    for field, rules in used.schema.items():
        assert DefinitionSchema.expand({0: rules})[0] == rules, field
    copy = used.copy()
    assert isinstance(copy, ExpandedSchema)
    assert copy.schema == used.schema
    assert copy.schema is not used.schema


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        ("<w:t>ab<!--x-->cd</w:t>", "<w:t>abcd</w:t>"),  # C14N without comments equates them
        ("<w:t>ab<?pi x?>cd</w:t>", "<w:t>abcd</w:t>"),
        ('<w:t xml:space="preserve">a</w:t>', "<w:t>a</w:t>"),
        ("<w:r><w:t>a</w:t></w:r>tail", "<w:r><w:t>a</w:t></w:r>"),
    ],
)
def test_same_shape_agrees_on_what_canonical_xml_drops(mine: str, theirs: str) -> None:
    one = etree.fromstring(f'<w:body xmlns:w="{W_NS}">{mine}</w:body>')
    two = etree.fromstring(f'<w:body xmlns:w="{W_NS}">{theirs}</w:body>')
    assert _same_shape(one, two) == (_shape(one) == _shape(two))
    assert _same_shape(one[0], two[0]) == (_shape(one[0]) == _shape(two[0]))


def test_same_shape_of_unresolved_entities_falls_back_to_the_walk() -> None:
    doctype = '<!DOCTYPE w:body [<!ENTITY e "cd">]>'
    body = f'<w:body xmlns:w="{W_NS}"><w:t>ab&e;</w:t></w:body>'
    one = etree.fromstring(f"{doctype}{body}".encode(), etree.XMLParser(resolve_entities=False))
    two = etree.fromstring(f'<w:body xmlns:w="{W_NS}"><w:t>ab</w:t></w:body>')
    assert _same_shape(one, two) == (_shape(one) == _shape(two))

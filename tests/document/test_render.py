"""Stages 3-5: rendered orders read back with python-docx, section by section."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from pogen.case.load import load_case
from pogen.case.validate import validate_case
from pogen.document.counsel import blocks
from pogen.docx.reader import Para, plain_text, read_paragraphs
from pogen.errors import TemplateError, ValidationError
from pogen.pipeline import render_case
from tests.conftest import COMMON_EXAMPLES, EXAMPLES

MakeCase = Callable[..., Path]


def _render(path: Path, out: Path) -> tuple[list[Para], str]:
    result = render_case(path, out)
    data = result.docx.read_bytes()
    return read_paragraphs(data), plain_text(data)


def _section(paras: list[Para], start: str, stop: str) -> str:
    """Text from the paragraph that starts with ``start`` up to the one with ``stop``."""
    texts = [p.text for p in paras]
    first = next(i for i, t in enumerate(texts) if t.startswith(start))
    last = next(i for i, t in enumerate(texts) if i > first and t.startswith(stop))
    return "\n".join(texts[first:last])


@pytest.mark.parametrize("example", COMMON_EXAMPLES, ids=lambda p: p.stem)
def test_mandatory_content_is_present(example: Path, tmp_path: Path) -> None:
    case = validate_case(load_case(example))
    paras, text = _render(example, tmp_path)
    caption = "\n".join(p.text for p in paras if p.where == "table")
    for notation in case.notations:
        assert notation in caption.splitlines()
    assert "Case No." in caption
    assert case.number.text in caption
    assert "UNITED STATES DISTRICT COURT" in text
    good_cause = _section(paras, "B.\tGOOD CAUSE STATEMENT", "C.\t")
    assert case.nature in good_cause
    for category in case.categories:
        assert category.name in good_cause
        assert category.description in good_cause
        for harm in category.harm:
            assert harm in good_cause
    sealing = _section(paras, "C.\tACKNOWLEDGMENT OF PROCEDURE FOR FILING UNDER SEAL", "2.\t")
    assert "Civil Local Rule 79-5" in sealing
    assert "Section 12.3" in sealing
    filing = _section(paras, "12.3\tFiling Protected Material.", "13.\t")
    assert "Civil Local Rule 79-5" in filing
    assert "only under an order of the Court" in filing
    challenges = _section(paras, "6.\tCHALLENGING CONFIDENTIALITY DESIGNATIONS", "7.\t")
    assert "Civil Local Rule 37-1" in challenges
    assert "Civil Local Rule 37-2" in challenges
    assert "joint stipulation" in challenges
    assert "L.R. 5-4.3.4(a)(2)(i)" in text.replace("Civil Local Rule ", "L.R. ")
    assert f"I, {case.filer.name}, the filer of this document, attest" in text
    assert "GOOD CAUSE APPEARING, IT IS SO ORDERED." in text
    exhibit = text[text.index("EXHIBIT A") :]
    assert "ACKNOWLEDGMENT AND AGREEMENT TO BE BOUND" in exhibit
    assert "penalty of perjury" in exhibit
    assert "Central District of California" in exhibit
    assert "California agent for service of process" in exhibit
    assert case.number.text in exhibit
    for block in blocks(case):  # one signature per firm block, or per pro se party
        assert f"/s/ {block.signer}" in text
    for attorney in case.counsel:
        assert attorney.name in text
        assert f"(SBN {attorney.bar_number})" in text


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_template_tag_was_substituted(example: Path, tmp_path: Path) -> None:
    _, text = _render(example, tmp_path)
    assert not re.search(r"\{\{|\}\}|\{%|%\}|\{#", text)


def test_options_switch_their_sections(case_file: MakeCase, tmp_path: Path) -> None:
    _, with_options = _render(case_file(), tmp_path / "a")
    assert "7.3\tWho May See “HIGHLY CONFIDENTIAL – ATTORNEYS’ EYES ONLY” Material." in with_options
    assert "Order under Federal Rule of Evidence 502(d)." in with_options
    plain = case_file(
        ("attorneys_eyes_only = true", "attorneys_eyes_only = false"),
        ("fre_502d = true", "fre_502d = false"),
        ('tier = "highly-confidential"', 'tier = "confidential"'),
        ('tier = "highly-confidential"', 'tier = "confidential"'),
    )
    paras, without = _render(plain, tmp_path / "b")
    assert "ATTORNEYS’ EYES ONLY" not in without
    assert "502(d)" not in without
    # Definitions renumber when the AEO definition is absent.
    assert any(p.text.startswith("2.4\tCounsel:") for p in paras)


@pytest.mark.parametrize(
    "value",
    [
        "Smith & Wesson <Holdings> \"Ltd\" 'Co'",
        "Acme ]]> <w:p> &amp; Co",
        "{{ 7*7 }} {% if true %}x{% endif %} {# c #}",
        "{%p if x %} {{r y }} {%tr z %} {_{ }_} {_% %_}",
        "北京贸易有限公司 שלום مرحبا",
        "Émile Zoë Ñandú 👩‍⚖️",
        "A\u00a0B\u200bC\u00adD",
    ],
)
def test_party_names_render_verbatim(case_file: MakeCase, tmp_path: Path, value: str) -> None:
    toml_value = value.replace("\\", "\\\\").replace('"', '\\"')
    path = case_file(('name = "Acme Widgets, Inc."', f'name = "{toml_value}"'))
    paras, text = _render(path, tmp_path)
    assert f"{value}," in [p.text for p in paras if p.where == "table"]
    assert f"Plaintiff {value} and Defendant Borealis" in text


def test_harm_fact_with_specials_renders_verbatim(case_file: MakeCase, tmp_path: Path) -> None:
    harm = (
        'Borealis\'s rival <NorthStar & Co.> would learn the "{{ rate }}" formula and '
        "undercut Acme's 2025 bids {%p in the Inland Empire %}."
    )
    path = case_file(
        (
            "Acme's retail customers negotiated these rates on the condition that "
            "they not be shared, and public disclosure would expose Acme to claims "
            "under those customer agreements and invite every other customer to "
            "demand the lowest rate shown.",
            harm.replace('"', '\\"'),
        )
    )
    _, text = _render(path, tmp_path)
    assert harm in text


def test_invalid_case_writes_nothing(case_file: MakeCase, tmp_path: Path) -> None:
    out = tmp_path / "out"
    path = case_file(('harm = [\n  "The supervisors', 'hurt = [\n  "The supervisors'))
    with pytest.raises(ValidationError):
        render_case(path, out)
    assert not out.exists() or not any(out.iterdir())


def test_template_with_unknown_variable_fails_cleanly(tmp_path: Path) -> None:
    import docx

    template = tmp_path / "bad.docx"
    document = docx.Document()
    document.add_paragraph("{{ case.no_such_field }}")
    document.save(str(template))
    out = tmp_path / "out"
    with pytest.raises(TemplateError, match="no_such_field"):
        render_case(EXAMPLES[0], out, template=template)
    assert not out.exists() or not any(out.iterdir())


def test_template_cannot_reach_python_internals(tmp_path: Path) -> None:
    import docx

    template = tmp_path / "escape.docx"
    document = docx.Document()
    document.add_paragraph("{{ ''.__class__.__mro__[1].__subclasses__() }}")
    document.save(str(template))
    with pytest.raises(TemplateError):
        render_case(EXAMPLES[0], tmp_path / "out", template=template)


def test_rerender_replaces_atomically(tmp_path: Path) -> None:
    first = render_case(EXAMPLES[0], tmp_path).docx.read_bytes()
    second = render_case(EXAMPLES[0], tmp_path).docx.read_bytes()
    assert first == second  # fixed zip times: same input, same bytes
    assert [p.name for p in tmp_path.iterdir()] == [f"{EXAMPLES[0].stem}_protective_order.docx"]


def test_readback_reads_a_word_text_box_once() -> None:
    """Word writes a text box twice (DrawingML and a VML fallback); a reader sees it once."""
    import io

    from lxml import etree

    import docx

    document = docx.Document()
    paragraph = document.add_paragraph()
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = f'<w:p xmlns:w="{w}"><w:r><w:t>DISCOVERY MATTER</w:t></w:r></w:p>'
    xml = (
        f'<w:r xmlns:w="{w}" xmlns:mc="{mc}"><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:txbxContent>{box}</w:txbxContent></mc:Choice>'
        f"<mc:Fallback><w:txbxContent>{box}</w:txbxContent></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    paragraph._p.append(etree.fromstring(xml))
    out = io.BytesIO()
    document.save(out)
    texts = [p.text for p in read_paragraphs(out.getvalue()) if p.where == "textbox"]
    assert texts == ["DISCOVERY MATTER"]

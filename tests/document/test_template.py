"""The shipped template: built from its readable source, tags intact, contract kept."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from docxtpl import DocxTemplate  # noqa: TID251 - tests inspect the template directly
from tools.buildtemplate import TEMPLATES, build_docx, read_source, targets

from pogen.case.load import load_case
from pogen.case.validate import validate_case
from pogen.document.context import TEMPLATE_VARIABLES, build_context
from pogen.document.environment import make_environment
from pogen.document.template import default_template
from tests.conftest import EXAMPLES, ROOT

TEMPLATES_DIR = ROOT / "templates"


def test_committed_template_matches_its_source() -> None:
    built_ones = targets(TEMPLATES_DIR)
    assert len(built_ones) == len(TEMPLATES) + 2  # and the bundle's two
    for source, target, style in built_ones:
        built = build_docx(read_source(source), str(source), style)
        committed = target.read_bytes()
        assert built == committed, f"run `python -m tools.buildtemplate` and commit {target}"


def test_package_finds_the_shipped_template() -> None:
    assert (
        default_template().read_bytes()
        == (TEMPLATES_DIR / "stipulated_protective_order.docx").read_bytes()
    )


def test_every_jinja_tag_sits_in_one_run() -> None:
    archive = zipfile.ZipFile(io.BytesIO(default_template().read_bytes()))
    for part in ("word/document.xml", "word/footer1.xml", "word/header1.xml"):
        xml = archive.read(part).decode("utf-8")
        for text in re.findall(r"<w:t[^>]*>(.*?)</w:t>", xml):
            assert text.count("{{") == text.count("}}"), (part, text)
            assert text.count("{%") == text.count("%}"), (part, text)
        # No tag may span XML elements (Word splitting a tag across runs).
        assert not re.search(r"\{\{[^}]*<|\{%[^%]*<", xml), part


def test_template_variables_are_the_documented_contract() -> None:
    template = DocxTemplate(io.BytesIO(default_template().read_bytes()))
    used = template.get_undeclared_template_variables(jinja_env=make_environment())
    assert used <= set(TEMPLATE_VARIABLES)
    assert "blocks" in used
    context = build_context(validate_case(load_case(EXAMPLES[0])))
    assert set(TEMPLATE_VARIABLES) <= set(context)


def test_mandatory_blocks_are_placeholders_in_every_template() -> None:
    for stem in TEMPLATES:
        source = read_source(TEMPLATES_DIR / "source" / f"{stem}.txt")
        for name in (
            "caption",
            "good_cause",
            "sealing_acknowledgment",
            "challenges",
            "filing_under_seal",
        ):
            # The sealing acknowledgment has two places, under mutually exclusive
            # conditions (the profile's form.ack_in_purposes); the rendered document holds
            # each part exactly once (pogen.document.mandatory).
            expected = 2 if name == "sealing_acknowledgment" else 1
            assert source.count(f"{{{{p blocks.{name} }}}}") == expected, (stem, name)
        assert "GOOD CAUSE STATEMENT" not in source  # pogen owns that text, not the template


def test_templates_dir_is_inside_the_package() -> None:
    inside = ROOT / "src" / "pogen" / "templates"
    assert inside.resolve() == TEMPLATES_DIR.resolve()
    assert Path(str(default_template())).resolve().parent == TEMPLATES_DIR.resolve()


def test_bundle_templates_use_only_the_documented_variables() -> None:
    from pogen.document.template import BUNDLE_DOCUMENTS, bundle_template

    for document in BUNDLE_DOCUMENTS:
        template = DocxTemplate(io.BytesIO(bundle_template(document).raw))
        used = template.get_undeclared_template_variables(jinja_env=make_environment())
        assert used <= set(TEMPLATE_VARIABLES), (document, used - set(TEMPLATE_VARIABLES))
        assert {"blocks", "sec", "ref", "form", "provisions"} <= used


def test_the_package_holds_no_symlink() -> None:
    # Issue 15, item 10.  Before: src/pogen/templates was a git symlink, which a Windows
    # checkout (core.symlinks=false) turns into a text file: pogen installed and then
    # failed every render.  The files are in the package; only the top-level
    # convenience link (not shipped) is a symlink.
    links = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src").rglob("*") if p.is_symlink())
    assert links == []
    assert (ROOT / "src" / "pogen" / "templates").is_dir()
    assert Path(str(default_template())).is_file()

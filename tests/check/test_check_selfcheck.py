"""Self-check: every order pogen renders, as .docx (every example with every template)
and as PDF (every example), passes ``pogen check`` with no error or warning; only notes
on what some judges ask beyond the model may appear.

Iterates ``tools.buildtemplate.TEMPLATES`` so that a template added later is covered
without touching this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tools.buildtemplate import TEMPLATES

from pogen.check import Report, check_draft
from pogen.check.report import as_text
from pogen.pipeline import render_case
from tests.conftest import EXAMPLES, ROOT, require_soffice

COMBINATIONS = [(case, stem) for case in EXAMPLES for stem in TEMPLATES]


def _assert_clean(report: Report) -> None:
    assert report.errors == report.warnings == 0, as_text(report)
    # Notes name what only some judges ask (a pre-motion conference before Judge
    # Bristow); anything else would be a finding on pogen's own wording.
    assert {f.rule for f in report.findings} <= {"disputes-bypass-l37"}, as_text(report)
    assert all("pre-motion conference" in f.message for f in report.findings), as_text(report)
    assert all(f.provision for f in report.findings), as_text(report)


@pytest.mark.parametrize(
    ("case", "stem"), COMBINATIONS, ids=[f"{c.stem}-{s}" for c, s in COMBINATIONS]
)
def test_rendered_order_has_no_findings(tmp_path: Path, case: Path, stem: str) -> None:
    template = ROOT / "templates" / f"{stem}.docx"
    assert template.is_file(), f"template {stem} is not built"
    # Each shipped template is a combined order, so the combined form is rendered here
    # (an example whose case file asks for the bundle too); the bundle has its own test.
    result = render_case(case, tmp_path, template=template, form="combined")
    _assert_clean(check_draft(result.docx))


BUNDLE_FILES = ("stipulation", "proposed_order", "proposed_order_chambers")


@pytest.mark.parametrize("case", EXAMPLES, ids=lambda p: p.stem)
def test_every_bundle_document_has_no_findings(tmp_path: Path, case: Path) -> None:
    """The Stipulation, the [Proposed] Protective Order and the chambers copy each carry
    the full terms, so each passes the check on its own."""
    result = render_case(case, tmp_path, form="bundle")
    assert [p.name for p in result.files] == [f"{case.stem}_{kind}.docx" for kind in BUNDLE_FILES]
    for path in result.files:
        _assert_clean(check_draft(path))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from pogen.output.pdf import convert_to_pdf

    require_soffice()
    out = tmp_path_factory.mktemp("selfcheck-pdf")
    docs = [render_case(case, out).docx for case in EXAMPLES]  # one LibreOffice for all
    return {case.stem: pdf for case, pdf in zip(EXAMPLES, convert_to_pdf(docs), strict=True)}


@pytest.mark.soffice
@pytest.mark.parametrize("case", EXAMPLES, ids=lambda p: p.stem)
def test_rendered_pdf_has_no_findings(pdfs: dict[str, Path], case: Path) -> None:
    _assert_clean(check_draft(pdfs[case.stem]))


def test_every_example_and_template_is_covered() -> None:
    assert len(EXAMPLES) >= 7
    assert len(COMBINATIONS) == len(EXAMPLES) * len(TEMPLATES)

"""Self-check: every order pogen renders passes ``pogen check`` with zero findings, as
.docx (every example with every template) and as PDF (every example).

Iterates ``tools.buildtemplate.TEMPLATES`` so that a template added later is covered
without touching this test.

One known misfire is marked, precisely: a case file may say its caption carries no
discovery notation (``caption_notation = false``, for judges with none on record;
issue 11), and ``caption-discovery-notation`` still reports every caption without one
as an error.  Such an example must have exactly that one finding and no other; the fix
belongs to ``src/pogen/check`` (a warning, or the rule reading the case's choice) and
is left to its owner.  The PDF reader's misfires are listed, with their cause, in
``PDF_MISFIRES``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tools.buildtemplate import TEMPLATES

from pogen.check import Report, check_draft
from pogen.check.report import as_text
from pogen.pipeline import check_case, render_case
from tests.conftest import EXAMPLES, ROOT, require_soffice

COMBINATIONS = [(case, stem) for case in EXAMPLES for stem in TEMPLATES]
NO_NOTATION = {path.stem for path in EXAMPLES if not check_case(path).notations}
MISFIRE = (
    "caption-discovery-notation reports a caption the case file says has no notation "
    "(caption_notation = false); the rule in src/pogen/check does not know that state"
)


# Known misfires of the PDF reader (src/pogen/check/pdf.py), per example: the findings
# it produces, and why.  Each must be exactly that list, so any other finding still fails.
PDF_MISFIRES = {
    "in_re_orbital_payments": (
        ["good-cause-generic"],
        "the PDF reader keeps each page's footer in the text and takes its title line "
        "(STIPULATED PROTECTIVE ORDER, in capitals) for a heading, which ends the GOOD "
        "CAUSE STATEMENT at the page break that falls inside harm fact (a)(1); the harm "
        "facts after it are never read",
    ),
}


def _assert_clean(case: Path, report: Report, *, pdf: bool = False) -> None:
    rules = [f.rule for f in report.findings]
    if case.stem in NO_NOTATION:
        assert rules == ["caption-discovery-notation"], as_text(report)
        pytest.xfail(MISFIRE)
    if pdf and case.stem in PDF_MISFIRES:
        expected, reason = PDF_MISFIRES[case.stem]
        assert rules == expected, as_text(report)
        pytest.xfail(reason)
    assert report.findings == (), as_text(report)


@pytest.mark.parametrize(
    ("case", "stem"), COMBINATIONS, ids=[f"{c.stem}-{s}" for c, s in COMBINATIONS]
)
def test_rendered_order_has_no_findings(tmp_path: Path, case: Path, stem: str) -> None:
    template = ROOT / "templates" / f"{stem}.docx"
    assert template.is_file(), f"template {stem} is not built"
    # Each shipped template is a combined order, so the combined form is rendered here
    # (an example whose case file asks for the bundle too); the bundle has its own test.
    result = render_case(case, tmp_path, template=template, form="combined")
    _assert_clean(case, check_draft(result.docx))


BUNDLE_FILES = ("stipulation", "proposed_order", "proposed_order_chambers")


@pytest.mark.parametrize("case", EXAMPLES, ids=lambda p: p.stem)
def test_every_bundle_document_has_no_findings(tmp_path: Path, case: Path) -> None:
    """The Stipulation, the [Proposed] Protective Order and the chambers copy each carry
    the full terms, so each passes the check on its own."""
    result = render_case(case, tmp_path, form="bundle")
    assert [p.name for p in result.files] == [f"{case.stem}_{kind}.docx" for kind in BUNDLE_FILES]
    reports = [check_draft(path) for path in result.files]
    for report in reports[:-1]:  # the same misfire (and only it) on each; xfail once, below
        expected = ["caption-discovery-notation"] if case.stem in NO_NOTATION else []
        assert [f.rule for f in report.findings] == expected, as_text(report)
    _assert_clean(case, reports[-1])


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from pogen.output.pdf import convert_to_pdf

    require_soffice()
    out = tmp_path_factory.mktemp("selfcheck-pdf")
    docs = [render_case(case, out).docx for case in EXAMPLES]
    return {case.stem: pdf for case, pdf in zip(EXAMPLES, convert_to_pdf(docs), strict=True)}


@pytest.mark.soffice
@pytest.mark.parametrize("case", EXAMPLES, ids=lambda p: p.stem)
def test_rendered_pdf_has_no_findings(pdfs: dict[str, Path], case: Path) -> None:
    _assert_clean(case, check_draft(pdfs[case.stem]), pdf=True)


def test_every_example_and_template_is_covered() -> None:
    assert len(EXAMPLES) >= 7
    assert len(COMBINATIONS) == len(EXAMPLES) * len(TEMPLATES)
    assert {"okafor_v_sunland_insurance"} == NO_NOTATION

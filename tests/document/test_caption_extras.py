"""Caption extras as filed, read back from the rendered .docx: CLASS ACTION, lead and
consolidated case numbers, complaint-filed and trial dates, the document title (amended
too), the division line as the court prints it or none, an "In re" title."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pogen.docx.reader import Para, read_paragraphs
from pogen.pipeline import render_case

MakeCase = Callable[..., Path]
JUDGES = "[judges]\n"


def _paras(path: Path, out: Path) -> list[Para]:
    return read_paragraphs(render_case(path, out).docx.read_bytes())


def _right_column(paras: list[Para]) -> list[str]:
    cells = [p.text for p in paras if p.style == "PogenCaption"]
    return cells[next(i for i, t in enumerate(cells) if t.startswith("Case No.")) :]


def _with_caption(case_file: MakeCase, table: str, *more: tuple[str, str]) -> Path:
    return case_file((JUDGES, f"[caption]\n{table}\n{JUDGES}"), *more)


def test_class_action_lead_case_and_dates(case_file: MakeCase, tmp_path: Path) -> None:
    path = _with_caption(
        case_file,
        'class_action = true\ncomplaint_filed = 2025-03-14\ntrial_date = "None set"',
        (
            'number = "2:24-cv-07416-SRM-SSC"',
            'number = "2:24-cv-07416-SRM-SSC"\nconsolidated_with = ["2:25-cv-00398-SRM-SSC"]',
        ),
    )
    assert _right_column(_paras(path, tmp_path)) == [
        "Case No.",
        "2:24-cv-07416-SRM-SSC",
        "(LEAD CASE)",
        "Consolidated with",
        "Case No. 2:25-cv-00398-SRM-SSC",
        "CLASS ACTION",
        "",
        "STIPULATION AND [PROPOSED] PROTECTIVE ORDER",
        "",
        "DISCOVERY MATTER",
        "",
        "District Judge:",
        "Hon. Serena R. Murillo",
        "Magistrate Judge:",
        "Hon. Stephanie S. Christensen",
        "",
        "Complaint Filed: March 14, 2025",
        "Trial Date: None set",
    ]


@pytest.mark.parametrize(
    ("table", "title"),
    [
        ('title = "stipulated-protective-order"', "STIPULATED PROTECTIVE ORDER"),
        (
            'title = "proposed-stipulated-protective-order"',
            "[PROPOSED] STIPULATED PROTECTIVE ORDER",
        ),
        ("amended = 1", "STIPULATION AND [PROPOSED] FIRST AMENDED PROTECTIVE ORDER"),
        (
            'title = "stipulated-protective-order"\namended = 2',
            "SECOND AMENDED STIPULATED PROTECTIVE ORDER",
        ),
        (
            'title = "joint-stipulation-and-proposed-order"',
            "JOINT STIPULATION AND [PROPOSED] PROTECTIVE ORDER",
        ),
    ],
)
def test_document_title_as_filed(
    case_file: MakeCase, tmp_path: Path, table: str, title: str
) -> None:
    paras = _paras(_with_caption(case_file, table), tmp_path)
    assert title in _right_column(paras)
    footer = [p.text for p in paras if p.part == "footer"]
    assert title in footer  # every page's footer names the document as titled


@pytest.mark.parametrize(
    ("table", "court"),
    [
        (
            "",
            [
                "UNITED STATES DISTRICT COURT",
                "CENTRAL DISTRICT OF CALIFORNIA",
                "WESTERN DIVISION",
                "",
            ],
        ),
        (
            "division = false",
            ["UNITED STATES DISTRICT COURT", "CENTRAL DISTRICT OF CALIFORNIA", "", ""],
        ),
        (
            'division = "WESTERN DIVISION – LOS ANGELES"',
            [
                "UNITED STATES DISTRICT COURT",
                "CENTRAL DISTRICT OF CALIFORNIA",
                "WESTERN DIVISION – LOS ANGELES",
                "",
            ],
        ),
    ],
)
def test_division_line_as_the_court_prints_it_or_none(
    case_file: MakeCase, tmp_path: Path, table: str, court: list[str]
) -> None:
    path = _with_caption(case_file, table) if table else case_file()
    paras = _paras(path, tmp_path)
    assert [p.text for p in paras if p.style == "PogenCourt"] == court


def test_in_re_title_replaces_the_parties(case_file: MakeCase, tmp_path: Path) -> None:
    path = _with_caption(
        case_file, 'in_re = "IN RE ACME WIDGETS LITIGATION"\nrelates_to = "ALL ACTIONS"'
    )
    paras = _paras(path, tmp_path)
    cells = [p.text for p in paras if p.style == "PogenCaption"]
    assert cells[:3] == [
        "IN RE ACME WIDGETS LITIGATION",
        "",
        "This Document Relates To: ALL ACTIONS",
    ]
    texts = [p.text for p in paras]
    assert any("in IN RE ACME WIDGETS LITIGATION, Case No." in t for t in texts)  # Exhibit A

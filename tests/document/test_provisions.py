"""The optional provisions: each off by default, each alone renders its subsection with
the negotiated facts, leaves every mandatory section as it was, and passes ``pogen check``;
their validation (and the form's) names the key to fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pogen.case.load import load_case
from pogen.case.validate import validate_case
from pogen.check import check_draft
from pogen.check.report import as_text
from pogen.document.blocks import MANDATORY
from pogen.docx.reader import plain_text, read_paragraphs
from pogen.errors import ValidationError
from pogen.pipeline import render_case

MakeCase = Callable[..., Path]

PROVISIONS = {
    "source_code": (
        "[provisions.source_code]\nprint_limit = 250\nconsecutive_limit = 25\n",
        ["7.4\tSource Code.", "no more than 250 pages in all", "no more than 25 consecutive pages"],
    ),
    "prosecution_bar": (
        '[provisions.prosecution_bar]\nscope = "warehouse routing software"\nyears = 2\n',
        [
            "7.4\tProsecution Bar.",
            "relating to warehouse routing software",
            "until two years after",
        ],
    ),
    "expert_disclosure": (
        "[provisions.expert_disclosure]\nobjection_days = 10\n",
        [
            "7.4\tDisclosure Before Access to “HIGHLY CONFIDENTIAL – ATTORNEYS’ EYES ONLY” "
            "Material.",
            "within ten days after it receives a complete disclosure",
            "must follow the disclosure and objection procedure of Section 7.4.",
        ],
    ),
    "deposition_designation": (
        "[provisions.deposition_designation]\ndays = 30\n",
        ["given within 30 days after it receives the final transcript"],
    ),
}


def _mandatory(path: Path) -> dict[str, list[str]]:
    """The text of each mandatory part, by the title of its control."""
    parts: dict[str, list[str]] = {}
    for para in read_paragraphs(path.read_bytes()):
        if para.locked:
            parts.setdefault(para.locked, []).append(para.text)
    return parts


@pytest.mark.parametrize("name", list(PROVISIONS))
def test_each_provision_alone(case_file: MakeCase, tmp_path: Path, name: str) -> None:
    table, expected = PROVISIONS[name]
    plain = render_case(case_file(), tmp_path / "plain").docx
    path = render_case(case_file(("[options]", f"{table}\n[options]")), tmp_path / name).docx
    text = plain_text(path.read_bytes())
    for words in expected:
        assert words in text, words
    assert _mandatory(path) == _mandatory(plain)  # no mandatory section touched
    assert len(_mandatory(path)) == len(MANDATORY)
    report = check_draft(path)
    assert report.findings == (), as_text(report)


def test_every_provision_is_off_by_default(case_file: MakeCase, tmp_path: Path) -> None:
    text = plain_text(render_case(case_file(), tmp_path).docx.read_bytes())
    for _table, expected in PROVISIONS.values():
        assert expected[0] not in text
    assert (
        "Before showing such material to an Expert or to House Counsel, the Receiving "
        "Party must identify that person to the Designating Party in writing." in text
    )


def _problems(path: Path) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        validate_case(load_case(path))
    return [(d.key, d.code) for d in info.value.diagnostics]


def test_provisions_about_aeo_material_need_the_tier(case_file: MakeCase) -> None:
    tables = "".join(
        PROVISIONS[n][0] + "\n" for n in ("source_code", "prosecution_bar", "expert_disclosure")
    )
    path = case_file(
        ("attorneys_eyes_only = true", "attorneys_eyes_only = false"),
        ('tier = "highly-confidential"', 'tier = "confidential"'),
        ('tier = "highly-confidential"', 'tier = "confidential"'),
        ("[options]", f"{tables}[options]"),
    )
    assert _problems(path) == [
        ("provisions.source_code", "provision-needs-aeo"),
        ("provisions.prosecution_bar", "provision-needs-aeo"),
        ("provisions.expert_disclosure", "provision-needs-aeo"),
    ]


def test_a_provision_needs_its_negotiated_facts(case_file: MakeCase) -> None:
    path = case_file(("[options]", "[provisions.source_code]\nprint_limit = 0\n\n[options]"))
    assert _problems(path) == [
        ("provisions.source_code.consecutive_limit", "missing-key"),
        ("provisions.source_code.print_limit", "out-of-range"),
    ]


def test_form_choices_are_checked(case_file: MakeCase) -> None:
    unknown = case_file(("[options]", '[form]\nprofile = "segal"\n\n[options]'))
    assert [key for key, _code in _problems(unknown)] == ["form.profile"]
    no_footnote = case_file(
        ("[options]", '[form]\nprofile = "audero"\nmodel_footnote = true\n\n[options]')
    )
    assert _problems(no_footnote) == [("form.model_footnote", "model-footnote-none")]
    # the assigned judge (Christensen) has a sourced footnote: accepted
    ok = case_file(("[options]", '[form]\nprofile = "judge"\nmodel_footnote = true\n\n[options]'))
    assert validate_case(load_case(ok)).form.model_footnote

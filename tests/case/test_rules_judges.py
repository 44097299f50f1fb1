"""Case numbers, both judges' initials and the discovery notation's three honest states."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pogen.case.judges import district_registry, find_district_judge, find_judge, registry
from pogen.case.load import load_case
from pogen.case.model import Case
from pogen.case.validate import validate_case
from pogen.errors import Diagnostic, ValidationError

MakeCase = Callable[..., Path]
NUMBER = 'number = "2:24-cv-07416-SRM-SSC"'
NOTATION = 'caption_notation = "DISCOVERY MATTER"\n'


def _errors(path: Path) -> list[Diagnostic]:
    with pytest.raises(ValidationError) as info:
        validate_case(load_case(path))
    return info.value.diagnostics


def _valid(path: Path) -> Case:
    return validate_case(load_case(path))


def _codes(diagnostics: tuple[Diagnostic, ...] | list[Diagnostic]) -> list[str]:
    return [d.code for d in diagnostics]


# --- case numbers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "number", ["2:24-CV-07416-SRM-SSC", "2:24cv07416-SRM-SSC", "2:24-cv-07416-SRM (SSCx)"]
)
def test_forms_the_court_prints_validate_and_print_as_given(
    case_file: MakeCase, number: str
) -> None:
    case = _valid(case_file((NUMBER, f'number = "{number}"')))
    assert case.number.text == number
    assert case.warnings == ()


@pytest.mark.parametrize("number", ["24-cv-07416-SRM-SSC", "2:24-cr-07416-SRM-SSC", "MC JFW(SKx)"])
def test_an_unknown_form_is_a_warning_not_a_refusal(case_file: MakeCase, number: str) -> None:
    path = case_file((NUMBER, f'number = "{number}"'))
    case = _valid(path)
    assert case.number.text == number
    (warning,) = case.warnings
    assert (warning.code, warning.key, warning.severity) == (
        "case-number-form",
        "case.number",
        "warning",
    )
    assert warning.message == (
        f"pogen does not recognise the form of case number {number!r}; it is printed "
        "exactly as written, but its division and judges' initials are not checked"
    )
    assert str(warning).startswith(f"{path}:9:1: case.number: warning: pogen does not")


def test_case_no_prefix_is_refused(case_file: MakeCase) -> None:
    (diag,) = _errors(case_file((NUMBER, 'number = "Case No. 2:24-cv-07416-SRM-SSC"')))
    assert (diag.code, diag.key) == ("bad-case-number", "case.number")
    assert diag.hint == "write only the number, e.g. 2:24-cv-07416-SRM-SSC"


def test_missing_initials_are_warnings(case_file: MakeCase) -> None:
    case = _valid(case_file((NUMBER, 'number = "2:24-cv-07416"')))
    assert _codes(case.warnings) == ["initials-missing", "initials-missing"]
    assert {w.message.split(" shows no ")[1][:20] for w in case.warnings} == {
        "district judge's ini",
        "magistrate judge's i",
    }


def test_magistrate_initials_mismatch_names_both(case_file: MakeCase) -> None:
    (diag,) = _errors(case_file((NUMBER, 'number = "2:24-cv-07416-SRM-AS"')))
    assert diag.code == "judge-initials-mismatch"
    assert diag.message == (
        "case number '2:24-cv-07416-SRM-AS' names magistrate judge initials 'AS' (the "
        "registry's initials for Alka Sagar), but judges.magistrate is Stephanie S. "
        "Christensen, whose initials are 'SSC'"
    )


def test_district_initials_are_checked_too(case_file: MakeCase) -> None:
    (diag,) = _errors(case_file((NUMBER, 'number = "2:24-cv-07416-XX-SSC"')))
    assert diag.code == "judge-initials-mismatch"
    assert diag.message == (
        "case number '2:24-cv-07416-XX-SSC' names district judge initials 'XX', but "
        "judges.district is Serena R. Murillo, whose initials are 'SRM'"
    )
    (diag,) = _errors(case_file((NUMBER, 'number = "CV 24-07416 CAS (SSCx)"')))
    assert "(the registry's initials for Christina A. Snyder)" in diag.message


def test_unconfirmed_registry_initials_only_warn(case_file: MakeCase) -> None:
    path = case_file(
        ('division = "western"', 'division = "southern"'),
        (NUMBER, 'number = "8:26-cv-00348-JWH-AS"'),
        ('district = "Serena R. Murillo"', 'district = "John W. Holcomb"'),
        ('magistrate = "Stephanie S. Christensen"', 'magistrate = "Autumn D. Spaeth"'),
    )
    case = _valid(path)
    (warning,) = case.warnings
    assert warning.code == "judge-initials-unconfirmed"
    assert "whose initials are 'ADS' (third-party sources only)" in warning.message


def test_unknown_district_judge_is_a_warning(case_file: MakeCase) -> None:
    case = _valid(case_file(('district = "Serena R. Murillo"', 'district = "Jane Roe"')))
    assert _codes(case.warnings) == ["district-judge-unknown"]


def test_judge_names_take_no_title(case_file: MakeCase) -> None:
    (diag,) = _errors(
        case_file(('district = "Serena R. Murillo"', 'district = "Hon. Serena R. Murillo"'))
    )
    assert (diag.code, diag.key) == ("judge-name-title", "judges.district")


def test_names_match_without_accents_or_periods() -> None:
    assert find_district_judge("Andre Birotte Jr") is not None
    assert find_district_judge("Otis D. Wright, II") is not None
    assert find_judge("autumn d spaeth") is not None


# --- the registries ---------------------------------------------------------------------


def test_every_current_magistrate_judge_has_sources_and_a_date() -> None:
    current = [j for j in registry() if j.status == "current"]
    assert len(current) >= 21
    assert "Autumn D. Spaeth" in {j.name for j in current}
    for judge in registry():
        assert judge.initials_source, judge.name
        assert judge.as_of and judge.checked, judge.name
        assert judge.status_source, judge.name
        if judge.notation:
            assert judge.notation_source and judge.notation_kind, judge.name


def test_district_registry_holds_caption_rules_with_sources() -> None:
    rules = {j.name: j for j in district_registry() if j.notation}
    assert rules["Percy Anderson"].notation == "DISCOVERY MATTER"
    assert rules["Percy Anderson"].notation_required
    assert rules["Hernán D. Vera"].notation_required
    assert len(district_registry()) >= 40
    for judge in district_registry():
        assert judge.initials_source and judge.checked, judge.name


# --- the discovery notation's three states ---------------------------------------------


def test_state_one_registry_notation(case_file: MakeCase) -> None:
    case = _valid(
        case_file(
            ('division = "western"', 'division = "southern"'),
            (NUMBER, 'number = "8:24-cv-07416-DOC-KES"'),
            ('district = "Serena R. Murillo"', 'district = "David O. Carter"'),
            ('magistrate = "Stephanie S. Christensen"', 'magistrate = "Karen E. Scott"'),
            (NOTATION, ""),
        )
    )
    assert case.notations == ("[Discovery Document: Referred to Magistrate Judge Karen E. Scott]",)
    assert case.notation_origin == "registry"


def test_a_district_judges_rule_joins_the_magistrate_judges(case_file: MakeCase) -> None:
    case = _valid(
        case_file(
            ('division = "western"', 'division = "southern"'),
            (NUMBER, 'number = "8:24-cv-07416-PA-KES"'),
            ('district = "Serena R. Murillo"', 'district = "Percy Anderson"'),
            ('magistrate = "Stephanie S. Christensen"', 'magistrate = "Karen E. Scott"'),
            (NOTATION, ""),
        )
    )
    assert case.notations == (
        "[Discovery Document: Referred to Magistrate Judge Karen E. Scott]",
        "DISCOVERY MATTER",
    )


def test_state_two_explicit_notation(case_file: MakeCase) -> None:
    case = _valid(case_file())
    assert case.notations == ("DISCOVERY MATTER",)
    assert case.notation_origin == "case file"


def test_state_three_no_notation_with_a_warning(case_file: MakeCase) -> None:
    case = _valid(case_file((NOTATION, "caption_notation = false\n")))
    assert case.notations == ()
    assert case.notation_origin == "none"
    (warning,) = case.warnings
    assert warning.code == "no-notation"
    assert warning.message == (
        "the caption will carry no discovery notation (no source on record for "
        "Magistrate Judge Stephanie S. Christensen shows a required notation)"
    )


def test_no_notation_is_refused_where_a_judge_requires_one(case_file: MakeCase) -> None:
    (diag,) = _errors(
        case_file(
            ('district = "Serena R. Murillo"', 'district = "Percy Anderson"'),
            (NUMBER, 'number = "2:24-cv-07416-PA-SSC"'),
            (NOTATION, "caption_notation = false\n"),
        )
    )
    assert diag.code == "notation-on-record"
    assert diag.message.startswith(
        "District Judge Percy Anderson's procedures require 'DISCOVERY MATTER' in the caption"
    )


@pytest.mark.parametrize("word", ["none", "None", "N/A", "[none]", "-", "no notation"])
def test_none_is_never_printed_as_a_word(case_file: MakeCase, word: str) -> None:
    (diag,) = _errors(case_file((NOTATION, f'caption_notation = "{word}"\n')))
    assert diag.code == "notation-word"
    assert diag.hint == (
        "to say the caption carries no discovery notation, write caption_notation = false "
        "(no quotes)"
    )


def test_true_is_not_a_notation(case_file: MakeCase) -> None:
    (diag,) = _errors(case_file((NOTATION, "caption_notation = true\n")))
    assert diag.code == "notation-word"


def test_explicit_notation_missing_a_required_one_warns(case_file: MakeCase) -> None:
    case = _valid(
        case_file(
            ('district = "Serena R. Murillo"', 'district = "Percy Anderson"'),
            (NUMBER, 'number = "2:24-cv-07416-PA-SSC"'),
            (NOTATION, 'caption_notation = "[Discovery Document]"\n'),
        )
    )
    assert _codes(case.warnings) == ["notation-differs"]


def test_registry_judge_without_notation_hint_offers_both_truths(case_file: MakeCase) -> None:
    (diag,) = _errors(case_file((NOTATION, "")))
    assert diag.code == "notation-required"
    assert "caption_notation = false if the judge requires none" in diag.hint

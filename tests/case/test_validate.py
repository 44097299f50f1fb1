"""Stage 2: every court rule and schema rule, with its exact message, code and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pogen.case.load import load_case
from pogen.case.validate import validate_case
from pogen.errors import Diagnostic, ValidationError
from tests.conftest import EXAMPLES

MakeCase = Callable[..., Path]


def _diagnostics(path: Path) -> list[Diagnostic]:
    with pytest.raises(ValidationError) as info:
        validate_case(load_case(path))
    return info.value.diagnostics


def _only(path: Path) -> Diagnostic:
    found = _diagnostics(path)
    assert len(found) == 1, "\n".join(map(str, found))
    return found[0]


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_examples_are_valid(example: Path) -> None:
    case = validate_case(load_case(example))
    assert case.notations or case.notation_origin == "none"  # none only when said so
    assert all(cat.harm for cat in case.categories)
    expected = ["no-notation"] if case.notation_origin == "none" else []
    assert [w.code for w in case.warnings] == expected


def test_deleting_harm_facts_is_an_error(case_file: MakeCase) -> None:
    path = case_file(('harm = [\n  "The supervisors', 'hurt = [\n  "The supervisors'))
    found = {(d.code, d.key) for d in _diagnostics(path)}
    assert ("harm-missing", "categories[2].harm") in found
    assert ("unknown-key", "categories[2].hurt") in found


def test_empty_harm_list(case_file: MakeCase) -> None:
    text = case_file().read_text(encoding="utf-8")
    start = text.index('harm = [\n  "The supervisors')
    end = text.index("]", start) + 1
    path = case_file(text=text[:start] + "harm = []" + text[end:])
    diag = _only(path)
    assert (diag.code, diag.key, diag.message) == (
        "harm-missing",
        "categories[2].harm",
        "category has no harm fact",
    )
    assert diag.line == _line_of(path, "harm = []")


def test_unknown_key_names_line_and_suggests(case_file: MakeCase) -> None:
    path = case_file(('phone = "(213) 555-0100"', 'phone = "(213) 555-0100"\nfirm_nmae = "x"'))
    diag = _only(path)
    assert diag.code == "unknown-key"
    assert diag.key == "counsel[0].firm_nmae"
    assert diag.line == _line_of(path, "firm_nmae")
    assert diag.column == 1
    assert diag.hint == "did you mean 'firm'?"
    assert str(diag).startswith(f"{path}:{diag.line}:1: counsel[0].firm_nmae: unknown key")


def test_key_typo_makes_required_key_missing(case_file: MakeCase) -> None:
    path = case_file(('short_title = "Acme', 'short_tilte = "Acme'))
    codes = {(d.code, d.key) for d in _diagnostics(path)}
    assert codes == {("unknown-key", "case.short_tilte"), ("missing-key", "case.short_title")}


def test_unknown_key_that_tries_to_drop_a_section(case_file: MakeCase) -> None:
    path = case_file(("fre_502d = true", "fre_502d = true\ninclude_good_cause = false"))
    assert _only(path).code == "unknown-key"


def test_boilerplate_harm(case_file: MakeCase) -> None:
    path = case_file(
        (
            "The supervisors are not parties; releasing their disciplinary records and "
            "home addresses would invade their privacy and could expose them to "
            "harassment by Acme's customers whose orders were delayed.",
            "Disclosure of this confidential information would cause irreparable "
            "harm and a competitive disadvantage to the producing party and third "
            "parties.",
        )
    )
    diag = _only(path)
    assert diag.code == "harm-boilerplate"
    assert diag.key == "categories[2].harm[0]"
    assert "could fit any case" in diag.message
    assert "e.g." in diag.hint


def test_short_generic_harm(case_file: MakeCase) -> None:
    path = case_file(
        (
            "The supervisors are not parties; releasing their disciplinary records and "
            "home addresses would invade their privacy and could expose them to "
            "harassment by Acme's customers whose orders were delayed.",
            "Disclosure could cause competitive harm.",
        )
    )
    diag = _only(path)
    assert diag.code == "harm-too-short"
    assert diag.message == "harm fact has 5 words; a specific harm needs at least 8"


def test_harm_that_repeats_the_category(case_file: MakeCase) -> None:
    path = case_file(
        (
            "The supervisors are not parties; releasing their disciplinary records and "
            "home addresses would invade their privacy and could expose them to "
            "harassment by Acme's customers whose orders were delayed.",
            "Disclosure would reveal the personnel files, performance reviews and "
            "disciplinary records of the Borealis warehouse supervisors.",
        )
    )
    assert _only(path).code == "harm-repeats-category"


@pytest.mark.parametrize(
    "name", ["Personal information", "All confidential documents", "Proprietary Information"]
)
def test_conclusory_category_names(case_file: MakeCase, name: str) -> None:
    path = case_file(
        ('name = "Employee personnel files of warehouse supervisors"', f'name = "{name}"')
    )
    diag = _only(path)
    assert (diag.code, diag.key) == ("category-conclusory", "categories[2].name")


def test_catch_all_category(case_file: MakeCase) -> None:
    path = case_file(
        (
            'name = "Employee personnel files of warehouse supervisors"',
            'name = "Personnel files and any other confidential information"',
        )
    )
    assert _only(path).code == "category-catch-all"


def test_description_by_designator_belief(case_file: MakeCase) -> None:
    path = case_file(
        (
            "Personnel files, performance reviews and disciplinary records",
            "Any documents the producing party believes in good faith are confidential,"
            " including personnel files, performance reviews and disciplinary records",
        )
    )
    diag = _only(path)
    assert (diag.code, diag.key) == ("category-catch-all", "categories[2].description")


def test_missing_description(case_file: MakeCase) -> None:
    text = case_file().read_text(encoding="utf-8")
    start = text.index('description = """\nPersonnel files')
    end = text.index('"""', start + 20) + 3
    path = case_file(text=text[:start] + text[end:])
    diag = _only(path)
    assert (diag.code, diag.key) == ("missing-key", "categories[2].description")


def test_case_number_division_must_match(case_file: MakeCase) -> None:
    path = case_file(('number = "2:24-cv-07416-SRM-SSC"', 'number = "8:24-cv-07416-SRM-SSC"'))
    diag = _only(path)
    assert diag.code == "division-mismatch"


def test_registry_judge_initials_must_match(case_file: MakeCase) -> None:
    path = case_file(('number = "2:24-cv-07416-SRM-SSC"', 'number = "2:24-cv-07416-SRM-AS"'))
    diag = _only(path)
    assert diag.code == "judge-initials-mismatch"
    assert "'AS'" in diag.message


@pytest.mark.parametrize(
    ("field", "bad", "code"),
    [
        ('bar_number = "123456"', 'bar_number = "12A456"', "bad-bar-number"),
        ('bar_number = "123456"', 'bar_number = "0123"', "bad-bar-number"),
        ('email = "jdoe@doeroe.example"', 'email = "jdoe.doeroe.example"', "bad-email"),
        ('email = "jdoe@doeroe.example"', 'email = "jdoe@doeroe"', "bad-email"),
        ('phone = "(213) 555-0100"', 'phone = "555-0100"', "bad-phone"),
    ],
)
def test_malformed_counsel_fields(case_file: MakeCase, field: str, bad: str, code: str) -> None:
    path = case_file((field, bad))
    diag = _only(path)
    assert diag.code == code
    assert diag.key.startswith("counsel[0].")
    assert diag.line == _line_of(path, bad)


def test_unknown_magistrate_needs_notation(case_file: MakeCase) -> None:
    path = case_file(
        ('magistrate = "Stephanie S. Christensen"', 'magistrate = "Jane Roe"'),
        ('caption_notation = "DISCOVERY MATTER"\n', ""),
    )
    diag = _only(path)
    assert diag.code == "judge-unknown"
    assert diag.key == "judges.magistrate"
    assert "caption_notation" in diag.hint


def test_unknown_magistrate_with_notation_is_fine(case_file: MakeCase) -> None:
    path = case_file(('magistrate = "Stephanie S. Christensen"', 'magistrate = "Jane Roe"'))
    case = validate_case(load_case(path))
    assert case.caption_notation == "DISCOVERY MATTER"
    assert case.notation_origin == "case file"


def test_registry_judge_without_notation_needs_one(case_file: MakeCase) -> None:
    path = case_file(('caption_notation = "DISCOVERY MATTER"\n', ""))
    diag = _only(path)
    assert diag.code == "notation-required"


def test_registry_notation_is_used_verbatim(case_file: MakeCase) -> None:
    path = case_file(
        ('division = "western"', 'division = "southern"'),
        ('number = "2:24-cv-07416-SRM-SSC"', 'number = "8:24-cv-07416-SRM-KES"'),
        ('magistrate = "Stephanie S. Christensen"', 'magistrate = "Karen E. Scott"'),
        ('caption_notation = "DISCOVERY MATTER"\n', ""),
    )
    case = validate_case(load_case(path))
    assert case.caption_notation == (
        "[Discovery Document: Referred to Magistrate Judge Karen E. Scott]"
    )
    assert case.notation_origin == "registry"


def test_duplicate_parties(case_file: MakeCase) -> None:
    path = case_file(('name = "Borealis Logistics LLC"', 'name = "ACME Widgets, Inc"'))
    diag = _only(path)
    assert (diag.code, diag.key) == ("duplicate-party", "parties[1].name")


def test_duplicate_party_ids(case_file: MakeCase) -> None:
    path = case_file(
        ('id = "borealis"', 'id = "acme"'), ('represents = ["borealis"]', 'represents = ["acme"]')
    )
    assert [d.code for d in _diagnostics(path)] == ["duplicate-party"]


def test_counsel_for_nonexistent_party(case_file: MakeCase) -> None:
    path = case_file(('represents = ["borealis"]', 'represents = ["borealis", "boreal"]'))
    diag = _only(path)
    assert (diag.code, diag.key) == ("unknown-party", "counsel[1].represents[1]")
    assert diag.hint == "did you mean 'borealis'?"


def test_unrepresented_party_and_filer_count(case_file: MakeCase) -> None:
    path = case_file(('represents = ["borealis"]', 'represents = ["acme"]\nfiler = true'))
    codes = sorted(d.code for d in _diagnostics(path))
    assert codes == ["filer-count", "unrepresented-party"]


@pytest.mark.parametrize(
    ("char", "label"),
    [
        ("\\u0007", "U+0007 (BELL)"),
        ("\\u0000", "U+0000 (NULL)"),
        ("\\u000b", "U+000B (VERTICAL TAB)"),
        ("\\u000c", "U+000C (FORM FEED)"),
        ("\\u202e", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    ],
)
def test_control_characters_are_named(case_file: MakeCase, char: str, label: str) -> None:
    path = case_file(('firm = "Doe & Roe LLP"', f'firm = "Doe {char}& Roe LLP"'))
    diag = _only(path)
    assert diag.code == "control-character"
    assert diag.key == "counsel[0].firm"
    assert diag.message == f"contains {label} at character 5, which cannot appear in a court filing"


def test_newline_in_single_line_field(case_file: MakeCase) -> None:
    path = case_file(('name = "Jane Q. Doe"', 'name = "Jane Q.\\nDoe"'))
    assert _only(path).code == "multi-line"


def test_prose_newlines_fold_to_spaces(case_file: MakeCase) -> None:
    case = validate_case(load_case(case_file()))
    assert "\n" not in case.nature
    assert case.nature.startswith(
        "Plaintiff Acme Widgets, Inc. alleges that Defendant Borealis Logistics LLC breached a 2021"
    )


def test_highly_confidential_tier_needs_option(case_file: MakeCase) -> None:
    path = case_file(("attorneys_eyes_only = true", "attorneys_eyes_only = false"))
    assert {d.code for d in _diagnostics(path)} == {"tier-needs-aeo"}


def test_aeo_option_needs_a_category(case_file: MakeCase) -> None:
    path = case_file(
        ('tier = "highly-confidential"', 'tier = "confidential"'),
        ('tier = "highly-confidential"', 'tier = "confidential"'),
    )
    assert _only(path).code == "aeo-unjustified"


def test_wrong_type_and_schema_version(case_file: MakeCase) -> None:
    path = case_file(
        ("schema_version = 1", "schema_version = 2"), ("fre_502d = true", 'fre_502d = "yes"')
    )
    found = {(d.code, d.key) for d in _diagnostics(path)}
    assert found == {("not-allowed", "schema_version"), ("wrong-type", "options.fre_502d")}


def test_all_errors_reported_at_once_and_sorted(case_file: MakeCase) -> None:
    path = case_file(
        ('email = "jdoe@doeroe.example"', 'email = "bad"'),
        ('bar_number = "287654"', 'bar_number = "x"'),
        ('harm = [\n  "The supervisors', 'hurt = [\n  "The supervisors'),
    )
    found = _diagnostics(path)
    assert len(found) == 4
    assert [d.line for d in found] == sorted(d.line for d in found)
    with pytest.raises(ValidationError) as info:
        validate_case(load_case(path))
    assert str(info.value).endswith("4 problems found; nothing was written.")

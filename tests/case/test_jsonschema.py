"""The generated JSON Schema agrees with `pogen validate` wherever JSON Schema can."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from pogen.case.jsonschema import case_schema
from pogen.errors import ValidationError
from pogen.pipeline import check_case
from tests.conftest import EXAMPLES

MakeCase = Callable[..., Path]
VALIDATOR = jsonschema.Draft202012Validator(
    case_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

# Schema-level mistakes: both `pogen validate` and the JSON Schema reject them.
SCHEMA_ERRORS: list[tuple[str, str, str]] = [
    ('phone = "(213) 555-0100"', 'phone = "(213) 555-0100"\npager = "1"', "unknown-key"),
    ("[court]", "[courts]", "unknown-key"),
    ('division = "western"', 'division = "northern"', "not-allowed"),
    ('bar_number = "123456"', 'bar_number = "12-3456"', "bad-bar-number"),
    ('email = "jdoe@doeroe.example"', 'email = "jdoe at doeroe"', "bad-email"),
    ('phone = "(213) 555-0100"', 'phone = "call me"', "bad-phone"),
    ('id = "acme"', 'id = "Acme Inc"', "bad-id"),
    ("schema_version = 1", "schema_version = 2", "not-allowed"),
    ("schema_version = 1", 'schema_version = "1"', "wrong-type"),
    (
        'short_title = "Acme Widgets v. Borealis Logistics"',
        'short_title = "' + "x" * 41 + '"',
        "too-long",
    ),
    ('harm = [\n  "The supervisors', 'hurt = [\n  "The supervisors', "unknown-key"),
    ('tier = "highly-confidential"', 'tier = "secret"', "not-allowed"),
    ("fre_502d = true", 'fre_502d = "yes"', "wrong-type"),
    ('number = "2:24-cv-07416-SRM-SSC"', 'number = "<<Case number>>"', "placeholder"),
    ("date = 2026-11-20", 'date = "Nov. 20"', "wrong-type"),
]

# Cross-field rules and heuristics: only `pogen validate` can see them.
CROSS_FIELD: list[tuple[str, str, str]] = [
    ('represents = ["acme"]', 'represents = ["acne"]', "unknown-party"),
    ('number = "2:24-cv-07416-SRM-SSC"', 'number = "8:24-cv-07416-SRM-SSC"', "division-mismatch"),
    ('caption_notation = "DISCOVERY MATTER"\n', "", "notation-required"),
    ("filer = true\n", "", "filer-count"),
    ("attorneys_eyes_only = true", "attorneys_eyes_only = false", "tier-needs-aeo"),
]


def as_json(value: Any) -> Any:
    """TOML values as an editor's schema sees them (dates become ISO strings)."""
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def schema_errors(path: Path) -> list[str]:
    data = as_json(tomllib.loads(path.read_text(encoding="utf-8")))
    return [error.message for error in VALIDATOR.iter_errors(data)]


def validate_codes(path: Path) -> set[str]:
    try:
        check_case(path)
    except ValidationError as exc:
        return {d.code for d in exc.diagnostics}
    return set()


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(case_schema())


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_examples_are_accepted_by_both(example: Path) -> None:
    assert validate_codes(example) == set()
    assert schema_errors(example) == []


@pytest.mark.parametrize(("old", "new", "code"), SCHEMA_ERRORS, ids=[c for *_, c in SCHEMA_ERRORS])
def test_schema_errors_are_rejected_by_both(
    case_file: MakeCase, old: str, new: str, code: str
) -> None:
    path = case_file((old, new))
    assert code in validate_codes(path)
    assert schema_errors(path) != []


@pytest.mark.parametrize(("old", "new", "code"), CROSS_FIELD, ids=[c for *_, c in CROSS_FIELD])
def test_cross_field_rules_are_beyond_json_schema(
    case_file: MakeCase, old: str, new: str, code: str
) -> None:
    path = case_file((old, new))
    assert code in validate_codes(path)
    assert schema_errors(path) == []


def test_firm_attorney_reference_satisfies_the_schema(case_file: MakeCase) -> None:
    path = case_file(
        (
            'name = "Jane Q. Doe"\nbar_number = "123456"\nfirm = "Doe & Roe LLP"\n'
            'address = ["350 South Grand Avenue, Suite 2100", "Los Angeles, California 90071"]\n'
            'phone = "(213) 555-0100"\nemail = "jdoe@doeroe.example"\n',
            'attorney = "jdoe"\n',
        )
    )
    assert schema_errors(path) == []
    incomplete = case_file(('name = "Jane Q. Doe"\n', ""), name="incomplete.toml")
    assert schema_errors(incomplete) != []


def test_schema_carries_labels_help_and_examples() -> None:
    number = case_schema()["properties"]["case"]["properties"]["number"]
    assert number["title"] == "Case number"
    assert "initials" in number["description"]
    assert number["examples"] == ["2:24-cv-07416-SRM-SSC"]
    counsel = case_schema()["properties"]["counsel"]["items"]
    assert counsel["additionalProperties"] is False
    assert counsel["properties"]["bar_number"]["pattern"] == "^(?:[1-9][0-9]{3,5})$"

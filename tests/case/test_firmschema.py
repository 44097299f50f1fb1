"""The firm files' JSON Schema agrees with `pogen validate` on real firm files."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from pogen.case.firm import FIRM_KEYS
from pogen.case.jsonschema import case_schema, firm_schema, written_by
from pogen.errors import ValidationError
from pogen.pipeline import check_case
from tests.case.test_firm import FIRM, matter

VALIDATOR = jsonschema.Draft202012Validator(firm_schema())
SKELETON = resources.files("pogen.cli") / "skeleton"

# A change to the firm file that the firm's matters cannot accept: `pogen validate` of a
# matter naming attorney "jdoe" reports the code, and the schema rejects the firm file.
REJECTED: list[tuple[str, str, str]] = [
    ('phone = "(213) 555-0100"', 'phone = "call us"', "bad-phone"),
    ('bar_number = "123456"', 'bar_number = "12-3456"', "bad-bar-number"),
    ('email = "jdoe@doeroe.example"', 'email = "<<E-mail>>"', "placeholder"),
    ('firm = "Doe & Roe LLP"', 'firm = ""', "empty-value"),
    (
        'address = ["350 South Grand Avenue, Suite 2100", "Los Angeles, California 90071"]',
        'address = ["350 South Grand Avenue, Suite 2100"]',
        "too-short",
    ),
    ('phone = "(213) 555-0100"', 'phone = "(213) 555-0100"\nweb = "x"', "unknown-key"),
    ('name = "Jane Q. Doe"', 'name = "Jane Q. Doe"\ntitle = "Partner"', "unknown-key"),
    ("[options]", "[option]", "unknown-key"),
    ("fre_502d = true", 'fre_502d = "yes"', "wrong-type"),
    ("fre_502d = true", "fre_502d = true\nsealing = false", "unknown-key"),
    ("[office]", "template = 5\n[office]", "wrong-type"),
    ("[attorneys.jdoe]", '[attorneys."j doe"]', "bad-attorney"),
]


def firm_errors(text: str) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(tomllib.loads(text))]


def matter_codes(folder: Path, firm_text: str, handle: str = "jdoe") -> set[str]:
    (folder / "firm.toml").write_text(firm_text, encoding="utf-8")
    try:
        check_case(matter(folder, "acme.toml", handle))
    except ValidationError as exc:
        return {d.code for d in exc.diagnostics}
    return set()


def test_firm_schema_is_valid_draft_2020_12_and_covers_every_firm_key() -> None:
    jsonschema.Draft202012Validator.check_schema(firm_schema())
    assert tuple(firm_schema()["properties"]) == FIRM_KEYS
    assert firm_schema()["additionalProperties"] is False


def test_a_complete_firm_file_is_accepted_by_both(tmp_path: Path) -> None:
    assert firm_errors(FIRM) == []
    assert matter_codes(tmp_path, FIRM) == set()


@pytest.mark.parametrize(("old", "new", "code"), REJECTED, ids=[c for *_, c in REJECTED])
def test_firm_mistakes_are_rejected_by_both(tmp_path: Path, old: str, new: str, code: str) -> None:
    assert old in FIRM
    text = FIRM.replace(old, new, 1)
    handle = "j doe" if code == "bad-attorney" else "jdoe"
    assert code in matter_codes(tmp_path, text, handle)
    assert firm_errors(text) != []


def test_the_init_firm_skeleton_is_accepted_and_its_placeholders_are_not(tmp_path: Path) -> None:
    skeleton = (SKELETON / "firm.toml").read_text(encoding="utf-8")
    assert tomllib.loads(skeleton) == {}  # everything commented out: no effect on a matter
    assert firm_errors(skeleton) == []
    assert matter_codes(tmp_path, skeleton + FIRM.split("[attorneys.rroe]")[0]) == set()
    key = re.compile(
        r"# (\[(office|attorneys\.jdoe)\]|(firm|address|phone|name|bar_number|email) =)"
    )
    uncommented = "\n".join(line[2:] for line in skeleton.splitlines() if key.match(line))
    assert firm_errors(uncommented) != []
    assert matter_codes(tmp_path, uncommented) == {"placeholder"}


def test_schemas_record_the_version_that_wrote_them() -> None:
    assert written_by(case_schema("0.0.7")) == "0.0.7"
    assert written_by(firm_schema("1.2.3")) == "1.2.3"
    assert written_by({"$comment": "hand-written"}) is None
    assert written_by([]) is None

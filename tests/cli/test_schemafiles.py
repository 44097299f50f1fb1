"""`pogen schema --write` and `--check`: schema files that say which pogen wrote them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pogen._version import __version__
from pogen.case.jsonschema import case_schema, dumps, firm_schema
from pogen.cli.app import app
from pogen.errors import ExitCode
from tests.conftest import ROOT

runner = CliRunner()
CASE = Path("schema") / "case.schema.json"
FIRM = Path("schema") / "firm.schema.json"
HEAVY = ("docxtpl", "docx", "jinja2", "rich", "typer", "click", "pydantic", "lxml", "cerberus")

PROBE = """
import sys
sys.argv = ["pogen", "schema", "--check", *sys.argv[1:]]
from pogen.cli.entry import main
try:
    main()
except SystemExit as exit:
    code = exit.code
print("MODULES", " ".join(sorted(m.split(".")[0] for m in sys.modules)))
sys.exit(code)
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def check(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["schema", "--check", *args])
    assert result.stdout == ""
    return result.exit_code, result.stderr


def test_write_then_check() -> None:
    result = runner.invoke(app, ["schema", "--write"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {CASE}\nwrote {FIRM}\n"
    assert CASE.read_text(encoding="utf-8") == dumps()
    assert FIRM.read_text(encoding="utf-8") == dumps(firm_schema())
    assert json.loads(CASE.read_text(encoding="utf-8"))["$comment"].startswith(
        f"Written by pogen {__version__}; do not edit."
    )
    assert check() == (0, "")
    again = runner.invoke(app, ["schema", "--write"])
    assert again.stdout == f"unchanged {CASE}\nunchanged {FIRM}\n"


def test_missing_files_name_the_command() -> None:
    code, err = check()
    assert code == ExitCode.INVALID
    assert err == (
        f"{CASE}: missing; write it with: pogen schema --write [schema-stale]\n"
        f"{FIRM}: missing; write it with: pogen schema --write [schema-stale]\n"
    )


def test_a_schema_from_an_older_pogen_is_stale() -> None:
    runner.invoke(app, ["schema", "--write"])
    CASE.write_text(dumps(case_schema("0.0.1")), encoding="utf-8")
    code, err = check()
    assert code == ExitCode.INVALID
    assert err == (
        f"{CASE}: was written by pogen 0.0.1, older than this pogen {__version__}; "
        "refresh it with: pogen schema --write [schema-stale]\n"
    )
    assert runner.invoke(app, ["schema", "--write"]).stdout == f"wrote {CASE}\nunchanged {FIRM}\n"
    assert check() == (0, "")


def test_a_schema_from_a_newer_pogen_asks_for_an_upgrade() -> None:
    runner.invoke(app, ["schema", "--write"])
    FIRM.write_text(dumps(firm_schema("99.0.0")), encoding="utf-8")
    code, err = check()
    assert code == ExitCode.INVALID
    assert err == (
        f"{FIRM}: was written by pogen 99.0.0, newer than this pogen {__version__}; upgrade "
        "pogen to 99.0.0 (and the pre-commit hooks' rev to v99.0.0) [schema-stale]\n"
    )


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (dumps().replace('"Case number"', '"Docket"'), f"differs from what pogen {__version__}"),
        ('{"type": "object"}\n', "was not written by `pogen schema --write`"),
        ("not json", "was not written by `pogen schema --write`"),
    ],
)
def test_a_hand_edited_schema_is_stale(text: str, why: str) -> None:
    runner.invoke(app, ["schema", "--write"])
    CASE.write_text(text, encoding="utf-8")
    code, err = check()
    assert code == ExitCode.INVALID
    assert err.startswith(f"{CASE}: {why}")
    assert err.endswith("; refresh it with: pogen schema --write [schema-stale]\n")


def test_another_folder_or_file_is_named_in_the_fix() -> None:
    result = runner.invoke(app, ["schema", "--write", "editor schemas"])
    assert result.exit_code == 0
    assert sorted(p.name for p in Path("editor schemas").iterdir()) == [
        "case.schema.json",
        "firm.schema.json",
    ]
    assert check("editor schemas") == (0, "")
    code, err = check("elsewhere/case.json")
    assert code == ExitCode.INVALID
    assert (
        "elsewhere/case.json: missing; write it with: pogen schema --write elsewhere/case.json"
        in err
    )
    assert "elsewhere/firm.schema.json: missing; write it with: pogen schema --write " in err
    _, err = check("editor schemas/x")
    assert "pogen schema --write 'editor schemas/x'" in err


def test_usage_errors() -> None:
    both = runner.invoke(app, ["schema", "--write", "--check"])
    assert both.exit_code == ExitCode.USAGE
    assert "choose --write or --check" in both.stderr
    stray = runner.invoke(app, ["schema", "schema"])
    assert stray.exit_code == ExitCode.USAGE
    assert "a path goes with --write or --check" in stray.stderr


def test_schema_firm_prints_the_committed_firm_schema() -> None:
    result = runner.invoke(app, ["schema", "--firm"])
    assert result.exit_code == 0
    assert result.stdout == (ROOT / "schema" / "firm.schema.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("stale", [False, True])
def test_check_lane_matches_typer_and_imports_nothing_heavy(stale: bool) -> None:
    runner.invoke(app, ["schema", "--write"])
    if stale:
        CASE.write_text(dumps(case_schema("0.0.1")), encoding="utf-8")
    typer_code, typer_err = check()
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stderr) == (typer_code, typer_err)
    modules = set(done.stdout.split("MODULES", 1)[1].split())
    assert "pogen" in modules
    assert modules.isdisjoint(HEAVY), sorted(modules.intersection(HEAVY))

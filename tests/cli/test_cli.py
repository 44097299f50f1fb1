"""The CLI in process: exit codes, one-line messages, no tracebacks for user mistakes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pogen import __version__
from pogen.cli.app import app
from pogen.errors import ExitCode
from tests.conftest import CASE_DATA, EXAMPLES

MakeCase = Callable[..., Path]
runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"pogen {__version__}"


def test_help_has_examples() -> None:
    result = runner.invoke(app, ["render", "--help"])
    assert result.exit_code == 0
    assert "pogen render case_data/acme_v_borealis.toml" in result.stdout


def test_render_writes_docx(tmp_path: Path) -> None:
    result = runner.invoke(app, ["render", str(EXAMPLES[0]), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = tmp_path / f"{EXAMPLES[0].stem}_protective_order.docx"
    assert f"wrote {written}" in result.stdout
    assert written.is_file()


def test_validate_ok_and_invalid(case_file: MakeCase) -> None:
    good = runner.invoke(app, ["validate", *map(str, EXAMPLES)])
    assert good.exit_code == 0
    assert good.stdout.count(": ok") == len(EXAMPLES)
    bad_path = case_file(('phone = "(213) 555-0100"', 'phone = "(213) 555-0100"\npager = "1"'))
    bad = runner.invoke(app, ["validate", str(bad_path)])
    assert bad.exit_code == ExitCode.INVALID
    assert f"{bad_path}:" in bad.stderr
    assert "counsel[0].pager: unknown key 'pager' [unknown-key]" in bad.stderr
    assert "Traceback" not in bad.output


def test_render_invalid_case_exit_code_and_no_output(case_file: MakeCase, tmp_path: Path) -> None:
    path = case_file(('harm = [\n  "The supervisors', 'hurt = [\n  "The supervisors'))
    out = tmp_path / "out"
    result = runner.invoke(app, ["render", str(path), "-o", str(out)])
    assert result.exit_code == ExitCode.INVALID
    assert "categories[2].harm: category has no harm fact [harm-missing]" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["render", str(tmp_path / "nope.toml")])
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.startswith("error: ")
    assert "no such file [file-not-found]" in result.stderr


def test_pdf_without_libreoffice_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    result = runner.invoke(app, ["render", str(EXAMPLES[0]), "-o", str(tmp_path), "--pdf"])
    assert result.exit_code == ExitCode.OUTPUT
    assert "apt-get install -y libreoffice-writer-nogui" in result.stderr


def test_debug_shows_traceback_without_locals(case_file: MakeCase, tmp_path: Path) -> None:
    path = case_file(('email = "jdoe@doeroe.example"', 'email = "secret-client@x"'))
    result = runner.invoke(app, ["--debug", "render", str(path), "-o", str(tmp_path)])
    assert result.exit_code == ExitCode.INVALID
    assert "Traceback" in result.stderr
    assert "source =" not in result.stderr  # no local variables in the traceback


def test_judges_lists_registry() -> None:
    result = runner.invoke(app, ["judges"])
    assert result.exit_code == 0
    assert "[Discovery Document: Referred to Magistrate Judge Karen E. Scott]" in result.stdout
    assert "(none on record: set judges.caption_notation)" in result.stdout


def test_warnings_are_printed_and_do_not_stop_validate_or_render(tmp_path: Path) -> None:
    example = CASE_DATA / "okafor_v_sunland_insurance.toml"
    warning = (
        "judges.caption_notation: warning: the caption will carry no discovery notation "
        "(no source on record for Magistrate Judge Autumn D. Spaeth shows a required "
        "notation) [no-notation]"
    )
    checked = runner.invoke(app, ["validate", str(example)])
    assert checked.exit_code == 0
    assert checked.stdout == f"{example}: ok\n"
    assert f"okafor_v_sunland_insurance.toml:25:1: {warning}" in checked.stderr
    rendered = runner.invoke(app, ["render", str(example), "-o", str(tmp_path)])
    assert rendered.exit_code == 0, rendered.stderr
    assert warning in rendered.stderr
    assert (tmp_path / "okafor_v_sunland_insurance_protective_order.docx").is_file()

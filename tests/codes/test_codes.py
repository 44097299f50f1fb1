"""One registry: every code and every `pogen check` rule ID is explained."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pogen.cli.app import app
from pogen.codes import CODES, RULES, kind
from pogen.codes.case import CASE_CODES
from pogen.codes.output import RUN_CODES

runner = CliRunner()


def test_no_code_is_registered_twice() -> None:
    assert len(CODES) == len(CASE_CODES) + len(RUN_CODES) + len(RULES)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_explain_knows_every_check_rule(rule: str) -> None:
    result = runner.invoke(app, ["explain", rule])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{rule}: pogen check rule ({RULES[rule].cite})\n")
    assert f"Fix: {CODES[rule].fix}" in result.stdout
    for message in RULES[rule].messages:
        assert message in result.stdout
    assert kind(rule) == "check rule"


def test_explain_disputes_bypass_l37() -> None:
    result = runner.invoke(app, ["explain", "disputes-bypass-l37"])
    assert result.exit_code == 0
    assert "L.R. 37-1" in result.stdout and "joint stipulation" in result.stdout


@pytest.mark.parametrize("code", sorted(RUN_CODES))
def test_explain_knows_every_run_error(code: str) -> None:
    result = runner.invoke(app, ["explain", code])
    assert result.exit_code == 0
    assert kind(code) == "run"

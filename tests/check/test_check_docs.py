"""The generated rule reference ``docs/check-rules.md`` stays in step with the code."""

from __future__ import annotations

from pathlib import Path

from tools.gendocs import check_rules as render
from tools.gendocs import write_check_rules

from pogen.check import RULES
from tests.conftest import ROOT

PAGE = ROOT / "docs" / "check-rules.md"


def test_committed_reference_page_is_current() -> None:
    assert PAGE.read_text(encoding="utf-8") == render(), (
        "docs/check-rules.md is stale: run `python -m tools.gendocs`"
    )


def test_page_lists_every_rule_with_citation_and_hint(tmp_path: Path) -> None:
    target = tmp_path / "rules.md"
    write_check_rules(target)
    text = target.read_text(encoding="utf-8")
    for rule in RULES.values():
        row = next(line for line in text.splitlines() if line.startswith(f"| `{rule.id}` |"))
        assert rule.severity.value in row
        assert rule.cite in row
        assert rule.hint in row

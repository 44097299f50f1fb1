"""Generated references are current; every emitted code is explained; help examples work."""

from __future__ import annotations

import ast
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import typer.main
from tools.gendocs import outputs
from typer.testing import CliRunner

from pogen.case.schema import SCHEMA
from pogen.cli.app import app
from pogen.codes import CODES
from pogen.document.template import default_template
from pogen.errors import ExitCode
from tests.conftest import ROOT, require_soffice

runner = CliRunner()
SOURCE = ROOT / "src" / "pogen"
_CODE = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")

# Where the code sits among the positional arguments of each call that emits one.
# A starred argument stands for ``*source.locate(key)`` (file, line, column).
CODE_ARGUMENT = {
    "Diagnostic": 5,
    "_custom": 1,
    "diag": 2,
    "warn": 2,
    "_diag": 3,
    "Finding": 0,
    "_fail": 2,
    "_find": 0,
}


@pytest.mark.parametrize("name", sorted(outputs()))
def test_generated_file_is_current(name: str) -> None:
    committed = ROOT / name
    assert committed.is_file(), f"{name} is missing: run `python -m tools.gendocs`"
    assert committed.read_text(encoding="utf-8") == outputs()[name], (
        f"{name} is stale: run `python -m tools.gendocs` and commit the result"
    )


def _pattern(node: ast.JoinedStr) -> str:
    """``f"too-{too}"`` as the regex ``too\\-[a-z-]+``: codes built at run time."""
    return "".join(
        re.escape(str(part.value)) if isinstance(part, ast.Constant) else "[a-z-]+"
        for part in node.values
    )


def _call_codes(node: ast.Call) -> set[str]:
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    found: set[str] = set()
    if name in CODE_ARGUMENT:
        index = 0
        for arg in node.args:
            if index == CODE_ARGUMENT[name] and isinstance(arg, ast.Constant):
                found.add(str(arg.value))
            index += 3 if isinstance(arg, ast.Starred) else 1
    for keyword in node.keywords:
        if keyword.arg == "code" and isinstance(keyword.value, ast.Constant):
            found.add(str(keyword.value.value))
    return found


def _assigned_codes(node: ast.Assign) -> set[str]:
    """``code = "x"``, ``code, message = "x", ...`` and ``code = f"too-{too}"``."""
    target, value = node.targets[0], node.value
    if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
        pairs = list(zip(target.elts, value.elts, strict=False))
    else:
        pairs = [(target, value)]
    found: set[str] = set()
    for left, right in pairs:
        if isinstance(left, ast.Name) and left.id == "code":
            if isinstance(right, ast.Constant):
                found.add(str(right.value))
            elif isinstance(right, ast.JoinedStr):
                found.add(f"re:{_pattern(right)}")
    return found


def _literal_codes(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            found |= _call_codes(node)
        elif isinstance(node, ast.Assign):
            found |= _assigned_codes(node)
    return {code for code in found if _CODE.fullmatch(code) or code.startswith("re:")}


def _regex_codes(schema: dict[str, Any]) -> set[str]:
    """``bad-<field>`` codes, which validate.py builds from the schema's regex fields."""
    codes: set[str] = set()
    for key, rule in schema.items():
        if "regex" in rule:
            codes.add(f"bad-{key.replace('_', '-')}")
        inner = rule.get("schema")
        if isinstance(inner, dict):
            nested = inner.get("schema") if inner.get("type") == "dict" else inner
            if rule.get("type") == "list" and inner.get("type") == "string":
                nested = {key: inner}
            codes |= _regex_codes(nested if isinstance(nested, dict) else {})
    return codes


def emitted_codes() -> set[str]:
    codes: set[str] = set()
    for path in sorted(SOURCE.rglob("*.py")):
        if path.parent.name == "codes":
            continue
        codes |= _literal_codes(ast.parse(path.read_text(encoding="utf-8")))
    return codes | _regex_codes(SCHEMA)


def test_every_emitted_code_is_registered_and_vice_versa() -> None:
    found = emitted_codes()
    patterns = [re.compile(code[3:]) for code in found if code.startswith("re:")]
    emitted = {code for code in found if not code.startswith("re:")}
    assert {"placeholder", "harm-boilerplate", "bad-phone", "toml-syntax"} <= emitted
    assert sorted(emitted - set(CODES)) == [], "add these codes to pogen/codes/"
    unused = {c for c in set(CODES) - emitted if not any(p.fullmatch(c) for p in patterns)}
    assert sorted(unused) == [], "pogen/codes/ lists codes nothing emits"


def test_every_code_has_a_full_entry() -> None:
    for code, entry in CODES.items():
        assert _CODE.fullmatch(code)
        assert entry.title and entry.meaning.endswith(".") and entry.fix.endswith("."), code


def test_explain_prints_one_page() -> None:
    result = runner.invoke(app, ["explain", "placeholder"])
    assert result.exit_code == 0
    assert result.stdout.startswith("placeholder: Placeholder left\n")
    assert f"Fix: {CODES['placeholder'].fix}" in result.stdout
    bracketed = runner.invoke(app, ["explain", "[harm-too-short]"])
    assert bracketed.exit_code == 0


def test_explain_unknown_code_suggests() -> None:
    result = runner.invoke(app, ["explain", "harm-boilerplat"])
    assert result.exit_code == ExitCode.USAGE
    assert "unknown code 'harm-boilerplat'; did you mean harm-boilerplate" in result.stderr


def test_schema_command_prints_the_committed_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == (ROOT / "schema" / "case.schema.json").read_text(encoding="utf-8")


def help_examples() -> list[str]:
    """Every `pogen ...` example line in the app's and the commands' help texts."""
    root = typer.main.get_command(app)
    ctx = root.make_context("pogen", [], resilient_parsing=True)
    texts = [root.get_help(ctx)]
    for name in root.list_commands(ctx):  # type: ignore[attr-defined]
        command = root.get_command(ctx, name)  # type: ignore[attr-defined]
        sub = command.make_context(name, [], parent=ctx, resilient_parsing=True)
        texts.append(command.get_help(sub))
    lines = {line.strip() for text in texts for line in text.splitlines()}
    return sorted(line for line in lines if line.startswith("pogen "))


def test_help_has_examples_for_every_command() -> None:
    examples = help_examples()
    for name in ("validate", "render", "judges", "new", "schema", "explain", "check", "init"):
        assert any(e.startswith(f"pogen {name} ") or e == f"pogen {name}" for e in examples)


@pytest.mark.parametrize("example", help_examples())
def test_help_example_works_when_pasted(
    example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if "--pdf" in example:
        require_soffice()
    shutil.copytree(ROOT / "case_data", tmp_path / "case_data")
    with default_template().open("rb") as src, (tmp_path / "firm.docx").open("wb") as dst:
        shutil.copyfileobj(src, dst)  # the firm template the --template example names
    monkeypatch.chdir(tmp_path)
    args: list[str] = []
    for word in shlex.split(example)[1:]:
        args.extend(sorted(map(str, Path().glob(word))) if "*" in word else [word])
    if args[0] == "validate" and not Path(args[1]).exists():
        runner.invoke(app, ["new", args[1], "--no-input"])  # the example after `pogen new`
        result = runner.invoke(app, args)
        assert result.exit_code == ExitCode.INVALID, result.output
        assert "[placeholder]" in result.stderr
        return
    if args[:2] == ["schema", "--check"]:
        runner.invoke(app, ["schema", "--write"])  # the example after `pogen schema --write`
    if args[0] == "redline":  # a model order to compare with, and a history to go back in
        from pogen.pipeline import render_case

        Path("model.docx").write_bytes(render_case(args[1], tmp_path / "model").docx.read_bytes())
        git = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid"]
        subprocess.run([*git, "init", "-q"], check=True)
        subprocess.run([*git, "add", "case_data"], check=True)
        for number in range(3):
            subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", f"c{number}"], check=True)
        subprocess.run([*git, "tag", "sent-to-counsel", "HEAD~1"], check=True)
    if args[0] == "check" and not Path(args[1]).exists():
        runner.invoke(app, ["render", "case_data/acme_v_borealis.toml"])  # the draft it names
    result = runner.invoke(app, args)
    assert result.exit_code == 0, f"{example}\n{result.output}"

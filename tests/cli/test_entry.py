"""`pogen validate` starts fast: its lane imports no Typer, Jinja, docxtpl or rich."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLES

HEAVY = ("docxtpl", "docx", "jinja2", "rich", "typer", "click", "pydantic", "lxml")

PROBE = """
import sys
sys.argv = ["pogen", "validate", *sys.argv[1:]]
from pogen.cli.entry import main
try:
    main()
except SystemExit as exit:
    code = exit.code
sys.stdout.flush()
print("MODULES", " ".join(sorted(m.split(".")[0] for m in sys.modules)))
sys.exit(code)
"""


def test_validate_lane_imports_nothing_heavy() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *map(str, EXAMPLES)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(": ok") == len(EXAMPLES)
    modules = set(done.stdout.split("MODULES", 1)[1].split())
    assert "pogen" in modules
    assert "cerberus" in modules
    assert modules.isdisjoint(HEAVY), sorted(modules.intersection(HEAVY))


def test_validate_lane_reports_problems_with_exit_code() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "no/such/case.toml"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "no/such/case.toml: no such file [file-not-found]" in done.stderr
    assert "Traceback" not in done.stderr


def test_render_lane_knows_exactly_the_cli_options() -> None:
    import typer.main

    from pogen.cli.app import app
    from pogen.cli.entry import RENDER_FLAGS, RENDER_VALUES

    command = typer.main.get_command(app).commands["render"]  # type: ignore[attr-defined]
    flags: set[str] = set()
    values: set[str] = set()
    for param in command.params:
        if param.param_type_name != "option":
            continue
        names = set(param.opts) | set(param.secondary_opts)
        (flags if param.is_flag else values).update(names)
    assert flags == set(RENDER_FLAGS)
    assert values == set(RENDER_VALUES)


def test_render_lane_parses_or_defers() -> None:
    from pogen.cli.entry import parse_render

    parsed = parse_render(["a.toml", "dir", "-o", "out", "-j", "3", "--pdf", "--force"])
    assert parsed == {
        "cases": ["a.toml", "dir"],
        "output": Path("out"),
        "timeout": 300.0,
        "jobs": 3,
        "pdf": True,
        "force": True,
    }
    for deferred in (["--help"], [], ["a.toml", "-j", "0"], ["a.toml", "-j"], ["--output=x", "a"]):
        assert parse_render(deferred) is None


def test_render_lane_renders_like_the_cli(tmp_path: Path) -> None:
    probe = PROBE.replace('"validate"', '"render"')
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-c", probe, str(EXAMPLES[0]), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    written = out / f"{EXAMPLES[0].stem}_protective_order.docx"
    assert done.stdout.startswith(f"wrote {written}\n")
    modules = set(done.stdout.split("MODULES", 1)[1].split())
    assert modules.isdisjoint({"typer", "click", "pydantic", "rich"})

"""`pogen validate` starts fast: its lane imports no Typer, Jinja, docxtpl or rich."""

from __future__ import annotations

import subprocess
import sys

from .conftest import EXAMPLES

HEAVY = ("docxtpl", "docx", "jinja2", "rich", "typer", "click", "pydantic", "lxml")

PROBE = """
import sys
sys.argv = ["pogen", "validate", *sys.argv[1:]]
from pogen.entry import main
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

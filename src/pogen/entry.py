"""Console-script entry point, with a fast lane for ``pogen validate FILE...``.

pre-commit runs ``pogen validate`` on every commit, so its start-up time is felt.
Importing Typer (with click, and pydantic when a command is dispatched) costs about
80 ms, more than the validation itself; a plain ``pogen validate`` with only file
arguments therefore runs here without it.  Anything else (options, ``--help``, other
commands) goes to the Typer application in ``pogen.cli``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from pogen.errors import ExitCode, PogenError


def validate_files(paths: Sequence[str | Path]) -> ExitCode:
    """Validate each case file, print ``FILE: ok`` or its problems; the worst exit code."""
    from pogen.load import load_case  # not pogen.pipeline: no Jinja on this path
    from pogen.validate import validate_case

    worst = ExitCode.OK
    for path in paths:
        try:
            validate_case(load_case(path))
        except PogenError as exc:
            sys.stderr.write(f"{exc}\n")
            worst = max(worst, exc.exit_code)
        else:
            sys.stdout.write(f"{path}: ok\n")
    return worst


def internal_error(exc: BaseException) -> str:
    """The one message for an exception that is a bug in pogen (no case data, no locals)."""
    return (
        f"internal error: {type(exc).__name__}: {exc} (a bug in pogen; rerun with "
        "--debug and report it without confidential data)"
    )


def main() -> None:
    """``pogen``: the fast lane for plain ``validate``, otherwise the full CLI."""
    args = sys.argv[1:]
    if len(args) > 1 and args[0] == "validate" and not any(a.startswith("-") for a in args):
        try:
            code = validate_files(args[1:])
        except Exception as exc:
            sys.stderr.write(internal_error(exc) + "\n")
            code = ExitCode.INTERNAL
        sys.stdout.flush()
        sys.exit(int(code))
    from pogen.cli import main as cli_main

    cli_main()

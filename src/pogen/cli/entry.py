"""Console-script entry point, with a fast lane for ``pogen validate``, ``pogen render``
and ``pogen schema --check``.

pre-commit runs ``pogen validate``, ``pogen render`` and ``pogen schema --check`` on
every commit, and ``pogen render CASE.toml`` is the everyday command, so their start-up
time is felt.  Typer 0.29 (with click and
pydantic, which it uses to convert parameters) costs about 90 ms to import and
dispatch, more than validating a case file; so ``validate`` with file arguments,
``render`` with files and its documented options, and ``schema --check [PATH]`` run
here without it.  Anything
else (``--help``, ``--opt=value`` spellings, bad values, other commands) goes to the
Typer application in ``pogen.cli.app``, which gives the usage messages.  A test keeps
the options here and in ``pogen.cli.app`` the same.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# pogen.cli.commands and pogen.errors are imported in the lanes that use them, so that
# `pogen --help` pays for Typer only.

RENDER_FLAGS = {"--pdf": "pdf", "--force": "force", "--check": "check"}
RENDER_VALUES = {
    "-o": "output",
    "--output": "output",
    "-j": "jobs",
    "--jobs": "jobs",
    "--timeout": "timeout",
    "--changed-since": "changed_since",
    "-t": "template",
    "--template": "template",
    "--form": "form",
}


def parse_render(args: Sequence[str]) -> dict[str, Any] | None:
    """``pogen render`` arguments, or None to leave them to Typer."""
    found: dict[str, Any] = {"cases": [], "output": Path("output"), "timeout": 300.0}
    position = 0
    while position < len(args):
        arg = args[position]
        position += 1
        if arg in RENDER_FLAGS:
            found[RENDER_FLAGS[arg]] = True
        elif arg in RENDER_VALUES:
            if position == len(args):
                return None
            name, value = RENDER_VALUES[arg], args[position]
            position += 1
            try:
                converted = {"output": Path, "jobs": int, "timeout": float}.get(name, str)(value)
            except ValueError:
                return None
            if name in ("jobs", "timeout") and converted < 1:
                return None
            if name == "form":
                from pogen.case.profiles import FORMS  # here: validate's lane skips it

                if converted not in FORMS:
                    return None  # Typer gives the usage message
            found[name] = converted
        elif arg.startswith("-"):
            return None
        else:
            found["cases"].append(arg)
    return found if found["cases"] else None


def _render(options: dict[str, Any]) -> int:
    import os

    from pogen.cli.commands import chosen_template, run_check, run_render

    cases, output = options.pop("cases"), options.pop("output")
    since = options.pop("changed_since", None)
    options["template"] = chosen_template(
        options.pop("template", None), os.environ.get("POGEN_TEMPLATE")
    )
    if options.pop("check", False):
        return run_check(
            cases,
            output,
            pdf=options.get("pdf", False),
            since=since,
            template=options["template"],
            form=options.get("form"),
        )
    return run_render(cases, output, since=since, **options)


def _plain(args: Sequence[str], most: int) -> bool:
    """At most ``most`` arguments, none of them an option."""
    return len(args) <= most and not any(a.startswith("-") for a in args)


def main() -> None:
    """``pogen``: the fast lanes, otherwise the full CLI."""
    args = sys.argv[1:]
    command = args[0] if args else ""
    if command == "validate" and len(args) > 1 and not any(a.startswith("-") for a in args):
        from pogen.cli.commands import validate_files

        lane: Any = lambda: validate_files(args[1:])  # noqa: E731
    elif command == "render" and (options := parse_render(args[1:])) is not None:
        lane = lambda: _render(options)  # noqa: E731
    elif args[1:2] == ["--check"] and command == "schema" and _plain(args[2:], most=1):
        from pogen.cli.schemafiles import check

        lane = lambda: check(Path(args[2]) if args[2:] else None)  # noqa: E731
    else:
        from pogen.cli.app import main as cli_main  # Typer: only when the fast lane cannot

        cli_main()
        return
    try:
        code = int(lane())
    except KeyboardInterrupt:
        sys.stderr.write("interrupted: the outputs already written are complete\n")
        code = 130
    except Exception as exc:
        from pogen.errors import error_message

        message, code = error_message(exc)
        sys.stderr.write(message + "\n")
    sys.stdout.flush()
    sys.exit(code)


if __name__ == "__main__":
    main()

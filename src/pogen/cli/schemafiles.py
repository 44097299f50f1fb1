"""The schema files of a matters repository: ``pogen schema --write`` and ``--check``.

Editors read ``schema/case.schema.json`` and ``schema/firm.schema.json`` from the
repository (``.taplo.toml``), so after an upgrade of pogen the committed files go on
describing the old format until someone rewrites them.  Each file's ``$comment`` names
the pogen version that wrote it (``pogen.case.jsonschema``); ``stale`` compares that,
and the whole text, with what this pogen writes, and every message ends with the
command that fixes it.  The pre-commit hook ``pogen-schema`` runs the check.
"""

from __future__ import annotations

import json
import re
import shlex
import sys
from pathlib import Path

from pogen._version import __version__
from pogen.case.jsonschema import SCHEMAS, dumps, written_by
from pogen.errors import ExitCode
from pogen.output.atomic import write_atomic

DEFAULT = Path("schema") / "case.schema.json"
"""Where the case schema goes, relative to the repository; the firm schema goes beside it."""


def targets(path: Path | None = None) -> dict[Path, str]:
    """Each schema file (the case schema at ``path`` if it ends in .json, else in the
    folder ``path``; the firm schema beside it) with the text this pogen writes there."""
    case = DEFAULT if path is None else path
    if case.suffix.lower() != ".json":
        case /= "case.schema.json"
    texts = {name: dumps(make()) for name, make in SCHEMAS.items()}
    firm = case.with_name("firm.schema.json")
    return {case: texts["case.schema.json"], firm: texts["firm.schema.json"]}


def write_command(path: Path | None) -> str:
    """The exact command that rewrites the schema files at ``path``."""
    if path is None or path == DEFAULT:
        return "pogen schema --write"
    return f"pogen schema --write {shlex.quote(str(path))}"


def write(path: Path | None = None) -> list[tuple[Path, bool]]:
    """Write the schema files; each path with whether it changed."""
    done: list[tuple[Path, bool]] = []
    for target, text in targets(path).items():
        changed = not target.is_file() or target.read_text(encoding="utf-8") != text
        if changed:
            write_atomic(target, text.encode("utf-8"))
        done.append((target, changed))
    return done


def _release(version: str) -> tuple[int, ...]:
    match = re.match(r"\d+(\.\d+)*", version)
    return tuple(int(n) for n in match.group().split(".")) if match else ()


def stale(path: Path | None = None) -> list[str]:
    """One message per schema file that is missing or is not what this pogen writes."""
    code = "schema-stale"
    fix = write_command(path)
    problems: list[str] = []
    for target, text in targets(path).items():
        try:
            committed = target.read_text(encoding="utf-8")
        except FileNotFoundError:
            problems.append(f"{target}: missing; write it with: {fix} [{code}]")
            continue
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{target}: cannot be read ({exc}); rewrite it with: {fix} [{code}]")
            continue
        if committed == text:
            continue
        try:
            version = written_by(json.loads(committed))
        except json.JSONDecodeError:
            version = None
        if version is None:
            why = "was not written by `pogen schema --write` (no pogen version in $comment)"
        elif _release(version) < _release(__version__):
            why = f"was written by pogen {version}, older than this pogen {__version__}"
        elif _release(version) > _release(__version__):
            problems.append(
                f"{target}: was written by pogen {version}, newer than this pogen "
                f"{__version__}; upgrade pogen to {version} (and the pre-commit hooks' "
                f"rev to v{version}) [{code}]"
            )
            continue
        else:
            why = f"differs from what pogen {__version__} writes (edited by hand?)"
        problems.append(f"{target}: {why}; refresh it with: {fix} [{code}]")
    return problems


def check(path: Path | None = None) -> ExitCode:
    """``pogen schema --check``: print each stale schema file's problem; the exit code.

    Run on every commit by the pre-commit hook, so ``pogen.cli.entry`` calls it
    without loading Typer."""
    problems = stale(path)
    for problem in problems:
        sys.stderr.write(problem + "\n")
    return ExitCode.INVALID if problems else ExitCode.OK

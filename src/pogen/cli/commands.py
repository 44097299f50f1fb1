"""The bodies of ``pogen validate`` and ``pogen render``, shared by the fast lane
(``cli.entry``) and the Typer commands (``cli.app``), so both behave alike."""

from __future__ import annotations

import glob
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pogen.document.template import Template
    from pogen.errors import ExitCode

# pogen.errors too is imported in the commands: a repeated `--check` answered from the
# files' status (pogen.batch.verdict) starts with the standard library alone.

# The batch machinery (and with it Jinja and the renderer) is imported inside the
# render commands only, so that `pogen validate` starts without it (cli.entry).


def validate_files(paths: Sequence[str | Path]) -> ExitCode:
    """Validate each case file, print ``FILE: ok`` (after any warnings) or its problems;
    the worst exit code."""
    # Imported here so that `pogen validate` never loads Jinja or docxtpl (cli.entry).
    from pogen.case.firm import is_firm_file, validate_firm
    from pogen.case.load import load_case
    from pogen.case.validate import validate_case
    from pogen.errors import ExitCode, PogenError, terminal_safe

    worst = ExitCode.OK
    for path in paths:
        try:
            warnings = []
            if is_firm_file(Path(path)):
                validate_firm(Path(path))  # a firm file, checked as one
            else:
                warnings = list(validate_case(load_case(path)).warnings)
        except PogenError as exc:
            sys.stderr.write(f"{terminal_safe(str(exc))}\n")
            worst = max(worst, exc.exit_code)
        else:
            for warning in warnings:  # accepted, but a person should confirm them
                sys.stderr.write(f"{terminal_safe(str(warning))}\n")
            sys.stdout.write(f"{terminal_safe(str(path))}: ok\n")
    return worst


def chosen_template(explicit: str | Path | None, environment: str | None) -> Template | None:
    """The template the command line names over any firm file (``--template``, then
    ``POGEN_TEMPLATE``), or None; see ``pogen.document.template``."""
    if explicit is None and not environment:
        return None  # the everyday case, without importing the template machinery
    from pogen.document.template import named_template  # not on --help's path

    return named_template(explicit, environment=environment)


def is_single(paths: Sequence[str | Path]) -> bool:
    """One plain file argument: the classic ``pogen render CASE.toml``."""
    if len(paths) != 1:
        return False
    path = Path(paths[0])
    return not path.is_dir() and (path.exists() or not glob.has_magic(str(paths[0])))


def run_render(
    paths: Sequence[str | Path],
    output: Path,
    *,
    pdf: bool = False,
    jobs: int | None = None,
    timeout: float | None = None,
    force: bool = False,
    since: str | None = None,
    debug: bool = False,
    template: Template | None = None,
    form: str | None = None,
) -> int:
    """``pogen render``: render the matters, print as it goes; the exit code."""
    from pogen.batch import render_batch
    from pogen.cli.progress import Reporter

    single = is_single(paths)
    reporter = Reporter(single=single, tty=sys.stderr.isatty(), out=sys.stdout, err=sys.stderr)
    batch = render_batch(
        paths,
        output,
        jobs=jobs,
        timeout=timeout,
        pdf=pdf,
        force=force,
        since=since,
        debug=debug,
        template=template,
        form=form,
        on_start=reporter.start,
        on_result=reporter.result,
        tick=reporter.tick,
        on_pdf=reporter.pdf,
    )
    return reporter.finish(batch)


def run_check(
    paths: Sequence[str | Path],
    output: Path,
    *,
    pdf: bool = False,
    since: str | None = None,
    template: Template | None = None,
    form: str | None = None,
) -> int:
    """``pogen render --check``: list missing or stale outputs; write nothing.  An
    all-current answer whose files have not moved is given again from their status
    alone (``pogen.batch.verdict``)."""
    if template is None and since is None:
        from pogen.batch.verdict import replay

        count = replay(paths, output, pdf=pdf, form=form)
        if count is not None:
            sys.stdout.write(f"{all_current(count)}\n")
            return 0  # ExitCode.OK, without importing pogen.errors
    from pogen.batch import check_batch
    from pogen.cli.progress import say
    from pogen.errors import ExitCode

    batch = check_batch(paths, output, pdf=pdf, since=since, template=template, form=form)
    for result in batch.failed:
        say(result.error, sys.stderr)
    if batch.failed:
        kept = sum(r.code == "output-conflict" for r in batch.failed)
        stale = len(batch.failed) - kept
        parts = [f"{stale} of {len(batch.results)} outputs missing or stale"] if stale else []
        if stale:
            parts[0] += "; run pogen render to update them"
        if kept:  # never advise a command that would destroy an edit
            parts.append(f"{kept} kept by pogen render (edited, or another matter's); see above")
        say("; ".join(parts), sys.stderr)
        return int(ExitCode.INVALID)
    say(all_current(len(batch.results)), sys.stdout)
    return int(ExitCode.OK)


def all_current(count: int) -> str:
    """What ``--check`` says when every output is current."""
    return f"all {count} outputs up to date"

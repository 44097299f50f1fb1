"""The Typer application: parse arguments, call the library, print, exit.

Heavy modules are imported inside the commands so that ``pogen --help`` starts fast.
Every command runs under ``handled``, the one error handler: an exception becomes the
message and exit code ``pogen.errors.error_message`` gives it; tracebacks appear only
with ``--debug`` and never show local variables, because case data is confidential.
"""

from __future__ import annotations

import enum
import functools
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from pogen._version import __version__
from pogen.cli.authoring import register
from pogen.cli.commands import chosen_template, run_check, run_render, validate_files
from pogen.cli.redline import register as register_redline
from pogen.cli.repository import register as register_repository
from pogen.errors import ExitCode, UserError, error_message, terminal_safe


class Form(enum.StrEnum):
    """The documents ``pogen render`` writes per matter (README, "Picking the form")."""

    combined = "combined"
    bundle = "bundle"


P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="pogen",
    help="Generate C.D. Cal. Stipulation and [Proposed] Protective Order documents from "
    "validated case data.\n\nExamples:\n\n  pogen validate case_data/acme_v_borealis.toml\n\n"
    "  pogen render case_data/acme_v_borealis.toml --pdf\n\n  pogen judges\n\n"
    "  pogen new matters/smith_v_jones.toml --no-input\n\n  pogen explain harm-boilerplate\n\n"
    "  pogen init matters",
    no_args_is_help=True,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},  # -h too, everywhere
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

_state = {"debug": False}


def _fail(exc: BaseException) -> typer.Exit:
    """Print an error the way a compiler would and choose the exit code."""
    if _state["debug"]:
        traceback.print_exception(exc, file=sys.stderr)  # no locals: case data is private
    message, code = error_message(exc)
    typer.echo(message, err=True)
    return typer.Exit(code)


def handled(command: Callable[P, R]) -> Callable[P, R]:
    """Run a command under the one error handler: no traceback for any error."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except KeyboardInterrupt:  # Ctrl-C: what was finished is complete and recorded
            typer.echo("interrupted: the outputs already written are complete", err=True)
            raise typer.Exit(130) from None
        except Exception as exc:
            raise _fail(exc) from None

    return run


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pogen {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks (without local variables) for errors.")
    ] = False,
) -> None:
    """Options common to every command."""
    _state["debug"] = debug


@app.command()
@handled
def validate(
    cases: Annotated[
        list[Path], typer.Argument(help="Case files (.toml) to check.", show_default=False)
    ],
) -> None:
    """Check case files without rendering; report every problem with file:line:col.

    Examples:

      pogen validate case_data/acme_v_borealis.toml

      pogen validate case_data/*.toml
    """
    raise typer.Exit(int(validate_files(cases)))


@app.command()
@handled
def render(  # noqa: PLR0917 - Typer maps parameters to options
    cases: Annotated[
        list[str],
        typer.Argument(
            help="Case files (.toml), folders (every *.toml below) or glob patterns.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Directory for the output files.")
    ] = Path("output"),
    pdf: Annotated[
        bool, typer.Option("--pdf", help="Also write a PDF (needs LibreOffice).")
    ] = False,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            "-t",
            envvar="POGEN_TEMPLATE",
            help="A custom .docx template, or pogen:NAME for a shipped one (default: "
            "pogen:stipulated_protective_order); it must include the {{p blocks.* }} "
            "placeholders.",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="Worker processes [default: the number of cores]."
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Render even matters whose output is up to date.")
    ] = False,
    check: Annotated[
        bool,
        typer.Option("--check", help="Write nothing; exit 1 listing missing or stale outputs."),
    ] = False,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            metavar="REF",
            help="Only matters whose case file (or template) changed since this git ref.",
        ),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option("--timeout", min=1, help="Seconds one matter may take before it is stopped."),
    ] = 300,
    form: Annotated[
        Form | None,
        typer.Option(
            "--form",
            help="combined: one STIPULATION AND [PROPOSED] PROTECTIVE ORDER; bundle: the "
            "Stipulation, the [Proposed] Protective Order and its Word copy for chambers "
            "[default: each case file's [form] document, or its profile's form].",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Validate case files and render their orders as .docx (and PDF) on pleading paper.

    Nothing is written for a matter unless its case data is valid and its document reads
    back correctly.  Matters render in parallel; a failing matter does not stop the
    others.  Outputs that are up to date (output/pogen-manifest.json) are skipped.

    Examples:

      pogen render case_data/acme_v_borealis.toml

      pogen render case_data/acme_v_borealis.toml -o filings --pdf

      pogen render case_data/acme_v_borealis.toml --template firm.docx

      pogen render case_data/ -j 2

      pogen render case_data/acme_v_borealis.toml --form bundle --pdf
    """
    chosen = chosen_template(template, None)  # Typer already read POGEN_TEMPLATE
    chosen_form = form.value if form is not None else None
    if check:
        code = run_check(
            cases, output, pdf=pdf, since=changed_since, template=chosen, form=chosen_form
        )
    else:
        code = run_render(
            cases,
            output,
            pdf=pdf,
            jobs=jobs,
            timeout=timeout,
            force=force,
            since=changed_since,
            debug=_state["debug"],
            template=chosen,
            form=chosen_form,
        )
    raise typer.Exit(code)


@app.command()
@handled
def check(
    drafts: Annotated[
        list[Path], typer.Argument(help="Draft orders to audit (.docx or PDF), one or more.")
    ],
    output_format: Annotated[
        str, typer.Option("--format", help="Output format: text or json.")
    ] = "text",
) -> None:
    """Audit any stipulated protective order against the court's rejection grounds.

    Prints each finding with its location (FILE:p3:l12 for a PDF's page and pleading
    line, FILE:¶N for a .docx paragraph), the provision, severity, rule and message, then
    the excerpt and a hint; or a JSON report. Exit 0 when there is no error (warnings and
    notes allowed), 1 when any error is found, 2 when a draft cannot be read (the others
    are still checked). `pogen explain RULE` explains a rule.

    Examples (after `pogen render case_data/acme_v_borealis.toml`; any firm's draft works):

      pogen check output/acme_v_borealis_protective_order.docx

      pogen check output/acme_v_borealis_protective_order.docx output/*.docx --format json
    """
    import sys

    from pogen.check import DraftError, check_draft
    from pogen.check.report import as_json, as_json_many, as_text

    if output_format not in ("text", "json"):
        raise UserError(f"--format must be text or json, not {output_format!r}")
    if len(drafts) == 1:
        report = check_draft(drafts[0])
        typer.echo(as_json(report) if output_format == "json" else terminal_safe(as_text(report)))
        raise typer.Exit(int(ExitCode.INVALID if report.errors else ExitCode.OK))
    reports = []
    failures: list[tuple[str, str]] = []
    for draft in drafts:
        try:
            reports.append(check_draft(draft))
        except DraftError as exc:
            failures.append((str(draft), str(exc)))
            sys.stderr.write(f"{terminal_safe(str(exc))}\n")
            continue
        if output_format == "text":
            typer.echo(terminal_safe(as_text(reports[-1])))
    if output_format == "json":
        typer.echo(as_json_many(reports, failures))
    code = (
        ExitCode.USAGE
        if failures
        else ExitCode.INVALID
        if any(r.errors for r in reports)
        else ExitCode.OK
    )
    raise typer.Exit(int(code))


@app.command()
@handled
def judges() -> None:
    """List the judges pogen knows: initials, status and caption notation, magistrate
    judges first, then district judges, then the judge profiles (layouts).

    A "?" after the initials means they were not read in a filed case number, so a
    mismatch with the case number is only a warning.  A magistrate judge without a
    notation needs judges.caption_notation in the case file (the notation, or false
    for none).  Sources: docs/reference/judges.md and docs/reference/profiles.md.

    Example:

      pogen judges
    """
    from pogen.case.judges import district_registry, registry  # lazy, like every command

    for title, entries in (
        ("Magistrate judges", registry()),
        ("District judges", district_registry()),
    ):
        typer.echo(f"{title}:")
        for judge in entries:
            initials = judge.initials + ("" if judge.sourced_initials else "?")
            if judge.notation:
                notation = judge.notation + (
                    "" if judge.notation_required else " (on record, not proven current)"
                )
            elif judge.bench == "magistrate":
                notation = "(none on record: set judges.caption_notation)"
            else:
                notation = ""
            typer.echo(
                f"  {judge.name:<30} {initials:<6} {judge.status:<10} {judge.division:<9} "
                f"{notation}".rstrip()
            )
    from pogen.case.profiles import profiles

    typer.echo('Profiles ([form] profile = "NAME", or "judge" for the assigned judge\'s):')
    for profile in profiles().values():
        steps = f", pre-motion {profile.pre_motion} conference" if profile.pre_motion else ""
        footnote = ", model footnote" if profile.footnote else ""
        typer.echo(
            f"  {profile.key:<12} {profile.judge or '(pogen default)':<26} {profile.numbering:<12} "
            f"{profile.form}{footnote}{steps}"
        )


register(app, handled)
register_repository(app, handled)
register_redline(app, handled)


def main() -> None:
    """Console-script entry point."""
    app()

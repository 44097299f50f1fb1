"""Authoring commands: ``pogen new`` and ``pogen explain``.

Kept apart from ``pogen.cli.app`` so that the core commands stay short; ``register`` adds
these to the Typer app.  Like the rest of the CLI they only parse, call and print.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from pogen.errors import ExitCode

Handler = Callable[[Callable[..., None]], Callable[..., None]]


def _prompt(question: str, default: str) -> str:
    return str(typer.prompt(question, default=default, show_default=bool(default)))


def register(app: typer.Typer, handled: Handler) -> None:
    """Add the authoring commands to ``app``, each run under ``handled`` (the app's one
    error handler)."""

    @app.command()
    @handled
    def new(
        path: Annotated[
            Path, typer.Argument(help="Case file to create (.toml).", show_default=False)
        ],
        prompt: Annotated[
            bool | None,
            typer.Option(
                "--input/--no-input",
                help="Ask for division, case number, judges, parties and counsel "
                "(default: ask when run in a terminal). --no-input writes placeholders only.",
                show_default=False,
            ),
        ] = None,
        force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    ) -> None:
        """Start a case file: every field, with <<placeholders>> and explanatory comments.

        Fill in each <<...>> placeholder; `pogen validate` lists those left with their
        line numbers, and `pogen render` refuses to render until none is left.

        Examples:

          pogen new matters/smith_v_jones.toml --no-input

          pogen validate matters/smith_v_jones.toml
        """
        import click

        from pogen.cli.interview import write_new

        interactive = sys.stdin.isatty() if prompt is None else prompt
        try:
            written = write_new(
                path,
                force=force,
                ask=_prompt if interactive else None,
                tell=lambda message: typer.echo(message, err=True),
            )
        except (KeyboardInterrupt, EOFError, click.exceptions.Abort, typer.Abort):
            # Ctrl-C or Ctrl-D at a question: the person stopped; nothing was written.
            typer.echo("\nstopped; nothing was written", err=True)
            raise typer.Exit(130) from None
        typer.echo(f"wrote {written}; replace each <<...>> placeholder, then run:")
        typer.echo(f"  pogen validate {written}")

    @app.command()
    @handled
    def explain(
        code: Annotated[
            str,
            typer.Argument(help="A diagnostic code, e.g. harm-boilerplate.", show_default=False),
        ],
    ) -> None:
        """Explain a diagnostic code: what it means and how to fix it.

        The code is the word in brackets at the end of each validation message.

        Example:

          pogen explain harm-boilerplate
        """
        from pogen.codes import CODES, close_matches
        from pogen.codes import explain as page

        wanted = code.strip().strip("[]").lower()
        if wanted not in CODES:
            close = close_matches(wanted)
            suggestion = f"; did you mean {', '.join(close)}?" if close else ""
            typer.echo(f"error: unknown code {code!r}{suggestion}", err=True)
            raise typer.Exit(int(ExitCode.USAGE))
        typer.echo(page(wanted), nl=False)

"""Commands for a firm's matters repository: ``pogen init`` and ``pogen schema``.

``register`` adds them to the Typer app; the work is in ``pogen.cli.init`` (the files
of a new repository) and ``pogen.cli.schemafiles`` (writing and checking schema/).
"""

from __future__ import annotations

import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from pogen.errors import ExitCode, UserError

Handler = Callable[[Callable[..., None]], Callable[..., None]]


def _next_steps(root: Path, git: Path | None, config: str) -> list[str]:
    """What to run after ``pogen init``, from where the user stands."""
    here = Path.cwd().resolve()
    steps = [] if root.resolve() == here else [f"cd {shlex.quote(str(root))}"]
    if git is None:
        return [*steps, "git init", "pre-commit install"]
    if git == root.resolve():
        return [*steps, "pre-commit install"]
    # pre-commit reads the configuration at the git root unless told another one.
    inside = (root.resolve() / config).relative_to(git).as_posix()
    steps = [f"cd {shlex.quote(str(git))}", f"pre-commit install -c {shlex.quote(inside)}"]
    if (git / config).exists():
        steps.append(
            f"# or, to keep the hooks of {config} there: copy the repos: entry of "
            f"{inside} into it and run pre-commit install"
        )
    return steps


def _interactive() -> bool:
    return sys.stdin.isatty()


def _confirm(count: int, yes: bool) -> None:
    if yes:
        return
    if not _interactive():
        raise UserError(
            f"--force would overwrite the {count} file(s) above; rerun with --yes to do it"
        )
    if not typer.confirm(f"Overwrite these {count} file(s)?", default=False):
        typer.echo("nothing was written", err=True)
        raise typer.Exit(int(ExitCode.INVALID))


def register(app: typer.Typer, handled: Handler) -> None:
    """Add ``init`` and ``schema`` to ``app``, each run under ``handled``."""

    @app.command()
    @handled
    def init(
        folder: Annotated[
            Path, typer.Argument(help="Folder for the matters repository (created if needed).")
        ] = Path(),
        force: Annotated[
            bool,
            typer.Option("--force", help="Show how existing files differ, then overwrite them."),
        ] = False,
        yes: Annotated[
            bool, typer.Option("--yes", help="With --force: overwrite without asking.")
        ] = False,
        hooks_repo: Annotated[
            str | None,
            typer.Option(
                "--hooks-repo",
                metavar="URL",
                help="Git repository pre-commit fetches pogen's hooks from (default: the "
                "one this pogen was installed from, e.g. with pipx install git+URL@TAG).",
                show_default=False,
            ),
        ] = None,
    ) -> None:
        """Lay out a firm's matters repository: an example matter, firm.toml, schemas,
        editor and pre-commit configuration, .gitignore and a README.

        Never overwrites a file: existing ones are kept and listed. --force shows the
        difference first, then asks (on a terminal) or needs --yes. Works in a new
        folder, in an existing git repository and in a folder inside one.

        Examples:

          pogen init matters

          pogen init matters --hooks-repo https://git.example.com/tools/pogen.git
        """
        from pogen.cli.init import PRE_COMMIT, Hooks, diff, git_root, hooks_repository, plan
        from pogen.cli.init import write as write_files

        git = git_root(folder)
        prefix = "" if git is None else folder.resolve().relative_to(git).as_posix()
        hooks = Hooks(repo=hooks_repo or hooks_repository(), prefix="" if prefix == "." else prefix)
        if yes and not force:
            raise UserError("--yes confirms --force; add --force to overwrite files")
        result = plan(folder, hooks)
        if force and result.differ:
            typer.echo(diff(result), nl=False)
            _confirm(len(result.differ), yes)
        written = write_files(result, overwrite=force)
        for name in written:
            verb = "overwrote" if name in result.differ else "created"
            typer.echo(f"{verb} {folder / name}")
        for name in result.differ if not force else ():
            fix = "pogen init --force shows how"
            if name.startswith("schema/"):
                fix = "pogen schema --write refreshes it"
            typer.echo(f"kept {folder / name} (yours differs; {fix})")
        if result.same:
            typer.echo(f"unchanged: {', '.join(result.same)}")
        if hooks.repo is None and PRE_COMMIT in written:
            typer.echo(
                f"warning: {folder / PRE_COMMIT} names no repository for pogen's hooks, since "
                "this pogen was not installed from a git URL; set its repo: line (or rerun "
                "with --hooks-repo URL --force)",
                err=True,
            )
        typer.echo("next:")
        for step in _next_steps(folder, git, PRE_COMMIT):
            typer.echo(f"  {step}")

    @app.command()
    @handled
    def schema(
        path: Annotated[
            Path | None,
            typer.Argument(
                help="With --write or --check: the case schema file, or its folder "
                "[default: schema/case.schema.json]; firm.schema.json goes beside it.",
                show_default=False,
            ),
        ] = None,
        firm: Annotated[
            bool, typer.Option("--firm", help="Print the schema of firm files instead.")
        ] = False,
        write: Annotated[
            bool, typer.Option("--write", help="Write (or refresh) the schema files.")
        ] = False,
        check: Annotated[
            bool,
            typer.Option(
                "--check",
                help="Write nothing; exit 1 when a schema file is missing, was written by "
                "another pogen version, or differs, naming the command that fixes it.",
            ),
        ] = False,
    ) -> None:
        """Print, write or check the JSON Schemas (draft 2020-12) of case and firm files.

        Editors (Taplo, VS Code's Even Better TOML) use them for completion, hover help
        and squiggles; see README, "Editor support". Each file records which version of
        pogen wrote it, and the pre-commit hook pogen-schema runs --check.

        Examples:

          pogen schema

          pogen schema --firm

          pogen schema --write

          pogen schema --check
        """
        from pogen.case.jsonschema import dumps, firm_schema
        from pogen.cli.schemafiles import check as check_schemas
        from pogen.cli.schemafiles import write as write_schemas

        if write and check:
            raise UserError("choose --write or --check, not both")
        if write:
            for target, changed in write_schemas(path):
                typer.echo(f"{'wrote' if changed else 'unchanged'} {target}")
        elif check:
            raise typer.Exit(int(check_schemas(path)))
        elif path is not None:
            raise UserError(f"{path}: a path goes with --write or --check")
        else:
            typer.echo(dumps(firm_schema() if firm else None), nl=False)

"""``pogen redline``: the matter's order with tracked changes against a model or a
revision.

Two comparisons, both rendering the matter's order in memory (its combined order, or the
bundle's [Proposed] Protective Order) and writing one .docx of native tracked changes
(``pogen.output.redline``):

- ``--against MODEL.docx``: the judge's model order (downloaded by the user; pogen ships
  none of the court's text) is the original, the matter's order the revision, so every
  deviation from the model shows;
- ``--since REV [--to REV]``: the order as the case file stood at git revision REV against
  the case file now (or at the second revision): "what changed since we sent it".  Only
  the case file is taken from git; the firm file, the template and pogen are today's, so
  the redline shows what the case-file change caused.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from pogen.cli.authoring import Handler
from pogen.errors import OutputError, UserError, display_path


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False, timeout=60)
    except FileNotFoundError:
        raise UserError("pogen redline --since needs git, which is not installed") from None
    if done.returncode != 0:
        first = (done.stderr.decode(errors="replace").strip().splitlines() or ["git failed"])[0]
        raise UserError(f"git {args[0]}: {first}", code="redline-revision")
    return done.stdout.decode("utf-8", errors="strict")


def case_at(case: Path, revision: str) -> str:
    """The case file's text as committed at ``revision``."""
    folder = case.resolve().parent
    top = Path(_git(["rev-parse", "--show-toplevel"], folder).strip())
    relative = case.resolve().relative_to(top).as_posix()
    try:
        return _git(["show", f"{revision}:{relative}"], top)
    except UserError as exc:
        raise UserError(
            f"{display_path(case)}: not found at revision {revision!r} ({exc})",
            code="redline-revision",
        ) from None


def _order_from_text(case: Path, text: str, form: str | None) -> bytes:
    """Render the order of a case file's text as if it stood where ``case`` is (so that
    its firm file and ``extends`` resolve the same), written nowhere but a hidden
    temporary file beside it that is removed at once."""
    from pogen import pipeline
    from pogen.case.load import load_case

    with tempfile.NamedTemporaryFile(
        "w",
        suffix=".toml",
        prefix=".pogen-redline-",
        dir=case.resolve().parent,
        encoding="utf-8",
        delete=False,
    ) as handle:
        handle.write(text)
        temporary = Path(handle.name)
    try:
        return pipeline.render_order_bytes(load_case(temporary), form=form)
    finally:
        temporary.unlink(missing_ok=True)


def redline_case(
    case: Path,
    output: Path,
    *,
    against: Path | None = None,
    since: str | None = None,
    to: str | None = None,
    form: str | None = None,
    author: str = "pogen",
    date: str | None = None,
) -> Path:
    """Write the redline of ``case``'s order and return its path."""
    from pogen import pipeline
    from pogen.case.load import load_case
    from pogen.docx.package import verify_package
    from pogen.output.atomic import write_atomic
    from pogen.output.redline import FIXED_DATE, redline

    if (against is None) == (since is None):
        raise UserError("give either --against MODEL.docx or --since REV (not both)")
    if against is not None:
        try:
            original = against.read_bytes()
        except OSError as exc:
            raise UserError(f"{display_path(against)}: cannot read ({exc.strerror})") from None
        revised = pipeline.render_order_bytes(load_case(case), form=form)
    else:
        assert since is not None
        original = _order_from_text(case, case_at(case, since), form)
        if to is None:
            revised = pipeline.render_order_bytes(load_case(case), form=form)
        else:
            revised = _order_from_text(case, case_at(case, to), form)
    marked = redline(original, revised, author=author, date=date or FIXED_DATE)
    verify_package(marked, str(output))
    write_atomic(output, marked)
    return output


def default_output(case: Path, folder: Path) -> Path:
    """``<matter>_redline.docx`` in the output folder."""
    from pogen.pipeline import matter_stem

    return folder / f"{matter_stem(case)}_redline.docx"


def register(app: typer.Typer, handled: Handler) -> None:
    """Add ``pogen redline`` to ``app``, run under ``handled``."""

    @app.command()
    @handled
    def redline(  # noqa: PLR0917 - Typer maps parameters to options
        case: Annotated[Path, typer.Argument(help="The matter's case file (.toml).")],
        against: Annotated[
            Path | None,
            typer.Option(
                "--against",
                help="A model order (.docx, e.g. from the judge's procedures page): the "
                "redline shows every deviation of the matter's order from it.",
                show_default=False,
            ),
        ] = None,
        since: Annotated[
            str | None,
            typer.Option(
                "--since",
                metavar="REV",
                help="A git revision: the order as the case file stood then is the original.",
                show_default=False,
            ),
        ] = None,
        to: Annotated[
            str | None,
            typer.Option(
                "--to",
                metavar="REV",
                help="With --since: compare with the case file at this revision instead "
                "of the file as it is now.",
                show_default=False,
            ),
        ] = None,
        output: Annotated[
            Path | None,
            typer.Option(
                "--output",
                "-o",
                help="The redline to write [default: output/<matter>_redline.docx].",
                show_default=False,
            ),
        ] = None,
        form: Annotated[
            str | None,
            typer.Option(
                "--form",
                help="combined or bundle (which order is compared: the combined order or the "
                "[Proposed] Protective Order) [default: the case file's].",
                show_default=False,
            ),
        ] = None,
        author: Annotated[
            str, typer.Option("--author", help="The author of every tracked change.")
        ] = "pogen",
        date: Annotated[
            str | None,
            typer.Option(
                "--date",
                help="The date of every tracked change, ISO 8601 [default: "
                "2000-01-01T00:00:00Z, fixed so the same inputs give the same redline].",
                show_default=False,
            ),
        ] = None,
    ) -> None:
        """Write the matter's order as tracked changes against a model order or against
        an earlier revision of its case file (needs pogen[redline]).

        Open the result in Word or LibreOffice: every difference is a tracked change by
        "pogen", listed in the review pane.

        Examples:

          pogen redline case_data/acme_v_borealis.toml --against model.docx

          pogen redline case_data/acme_v_borealis.toml --since sent-to-counsel

          pogen redline case_data/acme_v_borealis.toml --since HEAD~2 --to HEAD
        """
        from pogen.case.profiles import FORMS

        if form is not None and form not in FORMS:
            raise UserError(f"--form must be combined or bundle, not {form!r}")
        target = output or default_output(case, Path("output"))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{display_path(target.parent)}: {exc.strerror}") from None
        written = redline_case(
            case, target, against=against, since=since, to=to, form=form, author=author, date=date
        )
        typer.echo(f"wrote {display_path(written)}")

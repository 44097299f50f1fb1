"""Which matters a batch renders: case files from paths and globs, ``--changed-since``,
and output names that must not clash."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from pogen.batch.manifest import changed_since
from pogen.batch.overwrite import fold
from pogen.batch.results import FAILED, MatterResult
from pogen.case.firm import is_firm_file
from pogen.errors import ExitCode, UserError, display_path
from pogen.pipeline import output_stem


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def collect_cases(arguments: Iterable[str | Path]) -> list[Path]:
    """Case files named by files, directories (every ``*.toml`` below) and glob patterns.

    A file that does not exist is kept, so that its matter fails with the loader's
    message; a pattern or folder that yields nothing is a usage error.  Firm files
    (``firm.toml``) hold defaults for the case files beside them and are never matters.
    """
    plain: set[Path] = set()  # files a folder scan saw are not links
    found = [p for p in _collect(arguments, plain) if not is_firm_file(p)]
    if not found:
        raise UserError(
            "no case files: a firm.toml holds defaults for the case files beside it and is "
            "not a matter (`pogen validate firm.toml` checks it)"
        )
    unique: dict[Path, Path] = {}
    folders: dict[Path, Path] = {}  # each folder resolved once, not once per file in it
    for path in found:
        unique.setdefault(_resolved(path, folders, path in plain), path)
    return list(unique.values())


def _resolved(path: Path, folders: dict[Path, Path], plain: bool) -> Path:
    """``path.resolve()``: its folder resolved (once), then its name unless a link."""
    if not plain and (path.is_symlink() or path.name in ("", ".", "..")):
        return path.resolve()
    folder = folders.get(path.parent)
    if folder is None:
        folder = folders[path.parent] = path.parent.resolve()
    return folder / path.name


def _below(folder: Path, plain: set[Path], folders: list[str] | None = None) -> Iterator[Path]:
    """What ``folder.rglob("*.toml")`` filtered to files outside hidden folders gives,
    from one ``scandir`` per folder (its entries know their type: no ``stat`` per file).
    Like ``rglob``, it does not descend into linked folders; files that are not links
    go into ``plain``, and every folder it reads into ``folders``."""
    if folders is not None:
        folders.append(str(folder))
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue  # hidden: never a matter, nor anything below it
        if entry.is_dir(follow_symlinks=False):
            yield from _below(folder / entry.name, plain, folders)
        elif entry.name.endswith(".toml") and entry.is_file():
            path = folder / entry.name
            if not entry.is_symlink():
                plain.add(path)
            yield path


def scanned(arguments: Iterable[str | Path]) -> list[str] | None:
    """Every argument and every folder ``collect_cases`` reads below a folder argument
    (``_below``'s walk): a file added, removed or renamed in one of them changes that
    folder's status.  None when an argument is a glob pattern, whose matches no status
    vouches for."""
    found: list[str] = []
    for argument in arguments:
        path = Path(argument)
        if glob.has_magic(str(argument)) and not path.exists():
            return None
        found.append(str(path))
        if path.is_dir():
            for _case in _below(path, set(), found):  # the walk collect_cases makes
                pass
    return found


def _collect(arguments: Iterable[str | Path], plain: set[Path]) -> list[Path]:
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            below = [p for p in _below(path, plain) if not is_firm_file(p)]
            if not below:
                raise UserError(f"{display_path(path)}: no case files (*.toml) in this folder")
            found.extend(sorted(below))
        elif path.exists() or not glob.has_magic(str(argument)):
            found.append(path)
        else:
            matches = sorted(Path(m) for m in glob.glob(str(argument), recursive=True))  # noqa: PTH207 - absolute patterns too
            files = [m for m in matches if m.is_file()]
            if not files:
                raise UserError(f"{argument}: no file matches this pattern")
            found.extend(files)
    return found


def select(sources: list[Path], since: str | None, output_dir: Path | None = None) -> list[Path]:
    """With a git ref, only the matters whose case file changed since; all of them when
    another .toml (a firm file) or a .docx (a template) changed, since those can feed
    any matter (the manifest then skips the ones still current).  The outputs'
    own folder does not count: orders committed there change with every render."""
    if since is None:
        return sources
    changed = changed_since(since)
    if output_dir is not None:
        outputs = output_dir.resolve()
        changed = {p for p in changed if outputs not in p.parents}
    ours = {s.resolve() for s in sources}
    if any(p.suffix in (".toml", ".docx") and p not in ours for p in changed):
        return sources
    return [s for s in sources if s.resolve() in changed]


def plan(
    sources: Sequence[Path], output_dir: Path
) -> tuple[list[tuple[Path, Path]], list[MatterResult]]:
    """Pair each case file with its output; matters whose output names clash fail, names
    that differ only by case or Unicode form included (one file on macOS or Windows)."""
    by_name: dict[str, list[Path]] = {}
    for source in sources:
        by_name.setdefault(fold(f"{output_stem(source)}.docx"), []).append(source)
    planned: list[tuple[Path, Path]] = []
    clashes: list[MatterResult] = []
    for source in sources:
        name = f"{output_stem(source)}.docx"
        others = [display_path(p) for p in by_name[fold(name)] if p != source]
        if others:
            message = (
                f"{display_path(source)}: output name {name} is also produced by "
                f"{', '.join(others)}; rename one of the case files so neither is overwritten"
            )
            clashes.append(
                MatterResult(
                    source, FAILED, error=message, exit_code=ExitCode.USAGE, code="output-clash"
                )
            )
        else:
            planned.append((source, output_dir / name))
    return planned, clashes

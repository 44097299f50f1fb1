"""``pogen render --check`` answered again at the cost of one ``stat`` per file it read.

A check that found every matter of a batch current remembers, per output folder in
``<user cache>/pogen/verdict/``, the question it answered (the arguments as given, the
working folder, the output folder, ``--pdf``, ``--form``, this Python) and what its
answer was drawn from (``pogen.batch.run.verdict_files`` lists it): the status of the
folders the case files were collected from, of each case file, its firm files and
template, of the output folder, its manifest and every output, and of pogen's own
files; and, of each place discovery looked for a firm file, whether a ``firm.toml``
is there (its status) and whether a ``.git`` is (only that: a ``.git`` folder changes
with every commit).  The next check of the same question that finds all of it as
recorded gives the same answer without loading, planning or hashing anything; any
moved status (an edit, a file added to a folder, a touched output), another question
or a damaged record means the full check, which records again.

The status is the stat cache's (``pogen.batch.statcache``): device, inode, size,
modification and change time, and the file's type; a file absent then must be absent
now.  A record is made only when every status predates the check by more than
``RACY`` seconds, so no write during the check, or within a timestamp tick before it,
can hide behind an unchanged status.  Only the "all current" answer is remembered:
stale or failed matters are always worked out in full, and so are checks with
``--changed-since`` (git decides those) or a template named on the command line or in
``POGEN_TEMPLATE`` (its bytes are the question then).  This module imports the
standard library and the cache folder only, so a replay starts in a bare interpreter.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pogen.cache import disk

FORMAT = 1  # of a record, inside the cache entry's own
RACY = 3.0  # seconds: statuses younger than this are never trusted (here, statcache, manifest)

Status = list[int] | None


def status(path: str) -> Status:
    """The fields a change of the file or folder moves; None when nothing is there."""
    try:
        info = os.stat(path)  # noqa: PTH116 - a Path per file is what a replay avoids
    except (OSError, ValueError):
        return None
    return [
        info.st_mode,
        info.st_dev,
        info.st_ino,
        info.st_size,
        info.st_mtime_ns,
        info.st_ctime_ns,
    ]


def question(
    arguments: Sequence[str | Path], output: str | Path, *, pdf: bool, form: str | None
) -> dict[str, Any]:
    """What a check's answer depends on besides the files it read."""
    return {
        "arguments": [os.fspath(a) for a in arguments],
        "cwd": os.getcwd(),  # noqa: PTH109 - a string key
        "output": os.path.abspath(output),  # noqa: PTH100 - a string key
        "pdf": bool(pdf),
        "form": form,
        "python": [sys.version, sys.implementation.cache_tag],
        "pogen": os.path.dirname(os.path.abspath(__file__)),  # noqa: PTH100, PTH120
    }


def _record_path(output: str | Path) -> Path:
    """One record per output folder: a check with another question replaces it."""
    key = hashlib.sha256(os.path.realpath(output).encode()).hexdigest()[:32]
    return disk.cache_root() / "verdict" / f"{key}.entry"


def replay(
    arguments: Sequence[str | Path], output: str | Path, *, pdf: bool, form: str | None
) -> int | None:
    """The number of matters a recorded all-current check of this question covered, if
    none of the files it read has moved since; None means "check in full"."""
    data = disk.read(_record_path(output))  # this user's own, undamaged, or None
    if data is None:
        return None
    try:
        if data["verdict"] != FORMAT or data["question"] != question(
            arguments, output, pdf=pdf, form=form
        ):
            return None
        if any(status(path) != recorded for path, recorded in data["files"]):
            return None
        if any(os.path.exists(path) != there for path, there in data["present"]):  # noqa: PTH110
            return None
        return int(data["count"])
    except (ValueError, TypeError, KeyError):
        return None


def settled(statuses: Iterable[Status], started_ns: int) -> bool:
    """Every status older than the work begun at ``started_ns`` by more than ``RACY``
    seconds: a write during it, or within a timestamp tick before it, would have moved
    the file's times past that."""
    limit = started_ns - int(RACY * 1e9)
    return all(s is None or max(s[4], s[5]) < limit for s in statuses)


def own_files() -> list[str]:
    """pogen's installed files and folders (its code, data and shipped templates),
    compiled caches aside: a reinstall or an edit in a checkout moves their status."""
    top = os.path.dirname(os.path.abspath(__file__)).rsplit(os.sep, 1)[0]  # noqa: PTH100, PTH120
    found: list[str] = []
    for folder, folders, files in os.walk(top):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        found.append(folder)
        found.extend(os.path.join(folder, name) for name in sorted(files))  # noqa: PTH118
    return found


def record(
    arguments: Sequence[str | Path],
    output: str | Path,
    *,
    pdf: bool,
    form: str | None,
    count: int,
    files: Iterable[str],
    present: Iterable[str] = (),
    started_ns: int,
) -> bool:
    """Remember that the check of this question begun at ``started_ns`` found all
    ``count`` matters current, with the status of ``files`` and whether each of
    ``present`` exists (all the check asked of those: a ``.git`` folder changes with
    every commit); False (and nothing kept) when a status changed too recently to be
    trusted.  Never raises."""
    paths = list(dict.fromkeys(files))  # each once, in order
    found = [status(path) for path in paths]
    if not settled(found, started_ns):
        return False
    statuses = [[path, s] for path, s in zip(paths, found, strict=True)]
    data = {
        "verdict": FORMAT,
        "question": question(arguments, output, pdf=pdf, form=form),
        "count": count,
        "files": statuses,
        "present": [[p, os.path.exists(p)] for p in dict.fromkeys(present)],  # noqa: PTH110
    }
    return disk.write(_record_path(output), data)


def now_ns() -> int:
    """The clock a record's ``started_ns`` is read from (file times are wall-clock)."""
    return time.time_ns()

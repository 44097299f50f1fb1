"""pogen's user cache: entries of plain data a later process restores instead of
recomputing.

Kept under ``$XDG_CACHE_HOME/pogen`` (``~/.cache/pogen`` without it).  An entry is
``marshal`` data (strings, bytes, numbers, lists, dicts, code objects) behind a magic
string and the SHA-256 of the payload, written to a temporary file in its folder and
renamed, so concurrent writers each leave a complete entry and a truncated or damaged one
fails the digest and is ignored (the caller recomputes and writes it again).  Entries may
hold code that runs in this process, so only the user's own entries that nobody else may
change are read.  The name of an entry is its caller's business: it must cover
everything the value depends on, so that a stale entry is never read, only left behind.
An unwritable cache folder only means no cache.

Besides compiled templates (``pogen.document.tplcache``), it keeps pogen's own data files
as parsed (``toml_data``): the judge registries and the profiles are parsed once per
installation instead of once per process.  ``pogen.batch`` keeps its build digest
(``build``) and the answers of ``--check`` (``verdict``) here too.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

from pogen._version import __version__

MAGIC = b"POGENTC1"
FORMAT = 1


def cache_root() -> Path:
    """pogen's user cache folder (XDG base directories: an absolute ``XDG_CACHE_HOME``,
    else ``~/.cache``), holding ``templates``, ``data``, and ``pogen.batch``'s ``stat``,
    ``build`` and ``verdict``."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / "pogen"


def debug(message: str, *args: object) -> None:
    """Log on pogen's logger (``--debug`` shows it); logging is imported only then,
    as a cache hit is on every cold start's path."""
    import logging

    logging.getLogger("pogen").debug(message, *args)


def read(path: Path) -> dict[str, Any] | None:
    """The entry's data, or None (missing, damaged, not this user's own)."""
    try:
        with path.open("rb") as handle:
            if not _private(os.fstat(handle.fileno())):
                return None
            blob = handle.read()
    except OSError:
        return None
    head, digest, payload = blob[: len(MAGIC)], blob[len(MAGIC) : len(MAGIC) + 32], blob[40:]
    if head != MAGIC or hashlib.sha256(payload).digest() != digest:
        debug("ignoring a damaged cache entry %s", path)
        return None
    try:  # code the cache holds runs in this process: only this user's own entries
        state = marshal.loads(payload)  # noqa: S302 - see _private
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(state, dict) or state.get("format") != FORMAT:
        return None
    return state


def _private(info: os.stat_result) -> bool:
    """An entry this user wrote and nobody else may change (it may hold code to run)."""
    getuid = getattr(os, "getuid", None)
    owner = getuid is None or info.st_uid == getuid()
    return owner and not info.st_mode & 0o022


def write(path: Path, state: dict[str, Any]) -> bool:
    """Store ``state`` at ``path``: temporary file, then rename; whether it was written,
    never raises."""
    try:
        payload = marshal.dumps({**state, "format": FORMAT})
    except ValueError as exc:  # something marshal cannot keep
        debug("cache entry not written: %s", exc)
        return False
    return store(path, MAGIC + hashlib.sha256(payload).digest() + payload)


def store(path: Path, data: bytes) -> bool:
    """Put ``data`` at ``path`` through a temporary file in its folder and a rename, so a
    reader sees the old file or the new one, never part of one; whether it was written
    (an unwritable cache is no error).  No fsync: a cache lost in a crash is rebuilt."""
    import tempfile  # only when writing

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        debug("cache entry not written: %s", exc)
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).replace(path)
    except OSError as exc:
        debug("cache entry not written: %s", exc)
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        return False
    return True


def toml_data(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)`` for pogen's own data files, parsed once and kept.

    The entry is named by the text itself (its SHA-256), pogen's version and the
    Python that wrote it, so an edited file is parsed again.  TOML's dates and times,
    which ``marshal`` cannot keep, are kept as ``(kind, ISO text)`` pairs (a TOML
    document holds no tuples) and made dates again on the way out.
    """
    key = hashlib.sha256(
        f"{__version__}\0{sys.implementation.cache_tag}\0".encode() + text.encode()
    ).hexdigest()
    path = cache_root() / "data" / f"{key}.bin"
    state = read(path)
    if state is not None and isinstance(state.get("data"), dict):
        return dict(_thawed(state["data"]))
    import tomllib

    data = tomllib.loads(text)
    write(path, {"data": _frozen(data)})
    return data


_WHEN = ("datetime", "date", "time")  # the classes' names, in isinstance order


def _frozen(value: Any) -> Any:
    """``value`` with every date, time and datetime as a (kind, ISO text) pair."""
    if isinstance(value, dict):
        return {k: _frozen(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_frozen(v) for v in value]
    kind = type(value).__name__
    if kind in _WHEN and type(value).__module__ == "datetime":
        return (kind, value.isoformat())
    return value


def _thawed(value: Any) -> Any:
    """``_frozen``'s inverse."""
    if isinstance(value, dict):
        return {k: _thawed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_thawed(v) for v in value]
    if isinstance(value, tuple):
        import datetime

        kind, text = value
        return getattr(datetime, kind).fromisoformat(text)
    return value

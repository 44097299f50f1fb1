"""The on-disk cache of compiled templates: a cold ``pogen render`` skips compiling.

A template's compiled form (``pogen.document.compiled.CompiledTemplate``: each part's
Jinja code, the parts python-docx writes, their compressed zip entries) is a pure
function of the template's bytes and of the code that builds it.  It is stored under
``$XDG_CACHE_HOME/pogen/templates`` (``~/.cache/pogen/templates`` without it), named
by the SHA-256 of the template's bytes and of everything that shapes the result:
pogen's version and the source of the modules that build it, the versions of docxtpl,
python-docx, Jinja and lxml, and the Python implementation (code objects are
version-specific).  Any change of those is another name, so a stale entry is never
read, only left behind.

Entries are written to a temporary file in the cache folder and renamed, so
concurrent writers each leave a complete entry (the last rename wins; both are the
same).  Each entry carries the SHA-256 of its payload: a truncated or damaged entry
fails that check (or unmarshalling) and is ignored, the template compiled again and
the entry rewritten.  An unwritable cache folder only means no cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import sys
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from pogen._version import __version__

log = logging.getLogger("pogen")

MAGIC = b"POGENTC1"
FORMAT = 1
# The modules whose code decides what a compiled template holds.
_SHAPING = (
    ("document", "compiled.py"),
    ("document", "environment.py"),
    ("document", "metadata.py"),
    ("docx", "package.py"),
    ("docx", "safety.py"),
    ("document", "docxsteps.py"),
    ("docx", "ns.py"),
)
# The libraries that compile a template, and the files that shape what they make.
_LIBRARIES = (("docxtpl", ("__init__.py", "template.py")), ("docx", ("__init__.py",)))


def cache_root() -> Path:
    """pogen's user cache folder (XDG base directories: an absolute ``XDG_CACHE_HOME``,
    else ``~/.cache``), holding ``templates`` and ``pogen.batch.statcache``'s ``stat``."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / "pogen"


def cache_dir() -> Path:
    """Where compiled templates are kept."""
    return cache_root() / "templates"


@cache
def _build_key() -> bytes:
    import jinja2
    from lxml import etree

    digest = hashlib.sha256()
    for part in (
        __version__,
        sys.implementation.cache_tag or sys.version,
        jinja2.__version__,
        ".".join(map(str, etree.LXML_VERSION)),
    ):
        digest.update(part.encode() + b"\0")
    for package, name in _SHAPING:
        digest.update(resources.files(f"pogen.{package}").joinpath(name).read_bytes() + b"\0")
    for source in _library_sources():
        digest.update(source + b"\0")
    return digest.digest()


def _library_sources() -> list[bytes]:
    """The files of docxtpl and python-docx that carry their versions (``__init__.py``)
    and docxtpl's code, read without importing either: a cache hit must not pay for
    importing them."""
    from importlib.util import find_spec

    found = []
    for package, files in _LIBRARIES:
        spec = find_spec(package)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        for name in files:
            try:
                found.append(origin.with_name(name).read_bytes() if origin else b"")
            except OSError:
                found.append(b"")
    return found


def entry_path(raw: bytes) -> Path:
    """The cache entry of the template with these bytes, for this pogen and Python."""
    key = hashlib.sha256(_build_key() + hashlib.sha256(raw).digest()).hexdigest()
    return cache_dir() / f"{key}.bin"


def load(raw: bytes) -> dict[str, Any] | None:
    """The stored state of this template's compiled form, or None (missing, damaged)."""
    path = entry_path(raw)
    try:
        with path.open("rb") as handle:
            if not _private(os.fstat(handle.fileno())):
                return None
            blob = handle.read()
    except OSError:
        return None
    head, digest, payload = blob[: len(MAGIC)], blob[len(MAGIC) : len(MAGIC) + 32], blob[40:]
    if head != MAGIC or hashlib.sha256(payload).digest() != digest:
        log.debug("ignoring a damaged template cache entry %s", path)
        return None
    try:  # code the cache holds runs in this process: only this user's own entries
        state = marshal.loads(payload)  # noqa: S302 - see _private
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(state, dict) or state.get("format") != FORMAT:
        return None
    return state


def _private(info: os.stat_result) -> bool:
    """An entry this user wrote and nobody else may change (it holds code to run)."""
    getuid = getattr(os, "getuid", None)
    owner = getuid is None or info.st_uid == getuid()
    return owner and not info.st_mode & 0o022


def save(raw: bytes, state: dict[str, Any]) -> None:
    """Store ``state`` for this template: temporary file, then rename; never raises."""
    path = entry_path(raw)
    try:
        payload = marshal.dumps({**state, "format": FORMAT})
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry.", suffix=".tmp", dir=path.parent)
    except (OSError, ValueError) as exc:
        log.debug("template cache not written: %s", exc)
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(MAGIC + hashlib.sha256(payload).digest() + payload)
        Path(tmp).replace(path)
    except OSError as exc:
        log.debug("template cache not written: %s", exc)
        with contextlib.suppress(OSError):
            Path(tmp).unlink()

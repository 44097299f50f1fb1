"""The on-disk cache of compiled templates: a cold ``pogen render`` skips compiling.

It also keeps the Jinja code of pogen's own mandatory blocks (``load_code``), which
every process otherwise compiles from their source.

A template's compiled form (``pogen.document.compiled.CompiledTemplate``: each part's
Jinja code, the parts python-docx writes, their compressed zip entries) is a pure
function of the template's bytes and of the code that builds it.  It is stored under
``$XDG_CACHE_HOME/pogen/templates`` (``~/.cache/pogen/templates`` without it), named
by the SHA-256 of the template's bytes and of everything that shapes the result:
pogen's version and the source of the modules that build it, the versions of docxtpl,
python-docx, Jinja and lxml, and the Python implementation (code objects are
version-specific).  Any change of those is another name, so a stale entry is never
read, only left behind.

Entries are written by ``pogen.cache.disk``, to a temporary file and renamed, so
concurrent writers each leave a complete entry (the last rename wins; both are the
same).  Each entry carries the SHA-256 of its payload: a truncated or damaged entry
fails that check (or unmarshalling) and is ignored, the template compiled again and
the entry rewritten.  An unwritable cache folder only means no cache.
"""

from __future__ import annotations

import hashlib
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from types import CodeType
from typing import Any

from pogen._version import __version__
from pogen.cache import disk
from pogen.cache.disk import cache_root

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
    return disk.read(entry_path(raw))


def save(raw: bytes, state: dict[str, Any]) -> None:
    """Store ``state`` for this template: temporary file, then rename; never raises."""
    disk.write(entry_path(raw), state)


# Names a cache entry of Jinja source rather than of a template's bytes (a .docx starts
# with "PK", so the two never share a name).
_SOURCE = b"pogen jinja source\0"


def load_code(source: str) -> CodeType | None:
    """The Jinja code compiled from ``source`` (pogen's own block templates, compiled
    by ``pogen.document.environment``'s settings), if an entry holds it."""
    state = load(_SOURCE + source.encode("utf-8", "surrogatepass"))
    code = state.get("code") if state is not None else None
    return code if isinstance(code, CodeType) else None


def save_code(source: str, code: CodeType) -> None:
    """Keep the Jinja code of ``source`` for the next process; never raises."""
    save(_SOURCE + source.encode("utf-8", "surrogatepass"), {"code": code})

"""Redlines: a .docx whose differences from another are native tracked changes.

The comparison engine is Docxodus (an MIT fork of Open-XML-PowerTools' WmlComparer),
run through ``python-redlines`` (the optional extra ``pogen[redline]``), which ships a
self-contained .NET runtime in its wheel.  It was chosen after a comparison of engines on
pleading paper (README, "Redlines"): it keeps the header's line-number text box, the
footer, the section properties, the exact line rules and pogen's content controls, and
writes ``w:ins``/``w:del`` that Word and LibreOffice list as tracked changes.  Every
change carries the author ``pogen`` (or the one given) and one fixed date, so the same
two documents give the same redline.
"""

from __future__ import annotations

import os
import subprocess

from pogen.docx.package import normalize_package
from pogen.errors import ConverterMissingError, OutputError

AUTHOR = "pogen"
FIXED_DATE = "2000-01-01T00:00:00Z"
"""The date on every tracked change unless one is given: fixed, for reproducible bytes."""

INSTALL_HINT = (
    'pogen redline needs the optional comparison engine: pip install "pogen[redline]" '
    "(it installs python-redlines[docxodus]==2.0.0, which bundles its own runtime)"
)


def engine_available() -> bool:
    """Whether the comparison engine is installed (``pogen[redline]``)."""
    try:
        import python_redlines.engines  # noqa: F401
    except ImportError:
        return False
    return True


def redline(
    original: bytes, revised: bytes, *, author: str = AUTHOR, date: str = FIXED_DATE
) -> bytes:
    """``revised`` marked up against ``original``: .docx bytes with tracked changes."""
    try:
        from python_redlines.engines import DocxodusEngine, EngineNotInstalledError
    except ImportError:
        raise ConverterMissingError(INSTALL_HINT, code="redline-missing") from None
    # The runtime needs ICU for culture data unless told to use the invariant culture,
    # which gives the same output (checked when the engine was chosen).
    os.environ.setdefault("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
    try:
        engine = DocxodusEngine()
        marked, _stdout, _stderr = engine.run_redline(author, original, revised, date_time=date)
    except EngineNotInstalledError as exc:
        raise ConverterMissingError(f"{INSTALL_HINT} ({exc})", code="redline-missing") from None
    except (subprocess.CalledProcessError, OSError) as exc:
        detail = (getattr(exc, "stderr", "") or str(exc)).strip().splitlines()
        raise OutputError(
            "the comparison engine failed: " + (detail[-1] if detail else "no message"),
            code="redline-failed",
        ) from None
    return normalize_package(marked)

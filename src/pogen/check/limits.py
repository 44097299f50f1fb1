"""Bounds that keep ``pogen check`` finite on a hostile draft, and the refusal it raises.

A draft comes from opposing counsel or anyone else: a small file must not make the
check hang, eat memory or crash.  Every bound below is far above what a real
stipulated protective order needs (pogen's own orders: about 40 kB zipped, 300 kB of
XML, 400 paragraphs, style chains 3 deep, 20 pages); a draft past one is refused with
exit 2 and a message naming the bound, never partly checked.

Measured worst cases are in tests/check/test_hostile.py's docstring.  The bounds inside
the PDF parser (pages, characters, inflated stream bytes) are in
:mod:`pogen.check.pdfchild`, which runs in its own process and imports nothing of pogen.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from pogen.check.paragraphs import DraftError

MAX_FILE_BYTES = 50 * 1024 * 1024
"""The draft file itself (a 300-page scanned-and-OCRed PDF is about 30 MB)."""
MAX_PART_BYTES = 10 * 1024 * 1024
"""One XML part of a .docx, decompressed (checked while inflating); pogen's own order
is 0.3 MB, a 100-page order with heavy formatting about 3 MB."""
MAX_INFLATED_BYTES = 30 * 1024 * 1024
"""Every part a check reads, decompressed, together."""
MAX_PARAGRAPHS = 20_000
"""Non-empty paragraphs (a 100-page order has about 2,000)."""
MAX_RAW_PARAGRAPHS = 100_000
"""Paragraphs walked in a .docx, empty ones included."""
MAX_TEXT_CHARS = 4_000_000
"""Characters of text read from the draft (a 100-page order has about 250,000)."""
MAX_STYLE_DEPTH = 100
"""Styles based on styles (Word's own templates go 4 deep)."""
PDF_MEMORY_BYTES = 1536 * 1024 * 1024
"""Address space of the process that parses a PDF (RLIMIT_AS, where the OS enforces it)."""
TIME_LIMIT_SECONDS = 60.0
"""Wall-clock time for one draft, reading and rules together."""


class DraftTooLargeError(DraftError):
    """The draft exceeds one of the bounds of :mod:`pogen.check.limits`."""

    code = "draft-too-large"


class DraftTimeoutError(DraftError):
    """Checking the draft took longer than the time limit."""

    code = "draft-timeout"


@dataclass
class Budget:
    """What one check may still spend: decompressed bytes and time."""

    name: str
    deadline: float
    inflated: int = 0

    @classmethod
    def start(cls, name: str, seconds: float = TIME_LIMIT_SECONDS) -> Budget:
        """A fresh budget for the draft ``name``."""
        return cls(name, time.monotonic() + seconds)

    def tick(self) -> None:
        """Raise :class:`DraftTimeoutError` once the time limit has passed."""
        if time.monotonic() > self.deadline:
            raise DraftTimeoutError(
                f"{self.name}: checking took longer than {TIME_LIMIT_SECONDS:g} s; the draft "
                "is too large or too complex to check (a stipulated protective order takes "
                "well under a second)"
            )

    def remaining(self) -> float:
        """Seconds left before the deadline (at least a little, for a last step)."""
        return max(0.5, self.deadline - time.monotonic())


def too_large(name: str, what: str, limit: int, unit: str = "") -> DraftTooLargeError:
    """The refusal for a draft past one bound, naming it."""
    shown = f"{limit / 1024 / 1024:g} MB" if unit == "bytes" else f"{limit:,}{unit}"
    return DraftTooLargeError(
        f"{name}: {what} exceeds pogen check's limit of {shown}; this is not a protective "
        "order pogen can check (a real one is far smaller)"
    )

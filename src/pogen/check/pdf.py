"""Read a PDF draft for ``pogen check``: pleading-paper lines rebuilt into paragraphs."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from pogen.check.paragraphs import (
    HEADING_MAX_WORDS,
    DraftError,
    Para,
    number_paragraphs,
    typed_number,
)

_PDF_TIMEOUT = 60


def read_pdf(path: Path, name: str) -> list[Para]:
    """Paragraphs of a PDF via ``pdftotext -layout``, rebuilt from its lines.

    Pleading paper puts line numbers 1-28 in the margin; they are removed.  Lines are
    joined into paragraphs at blank lines, at a line that is much shorter than the text
    width, or before a line that starts with a section number.  Headings are short lines
    in capitals.  Bold and underline are lost in a PDF, so a heading in mixed case is
    read as a short paragraph, which the rules treat alike.
    """
    tool = shutil.which("pdftotext")
    if tool is None:
        raise DraftError(
            f"{name}: checking a PDF needs pdftotext (poppler-utils); install it or check the .docx"
        )
    result = subprocess.run(
        [tool, "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        timeout=_PDF_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = reason[-1] if reason else f"pdftotext exit {result.returncode}"
        raise DraftError(f"{name}: not a readable PDF ({detail})")
    return _pdf_paragraphs(result.stdout.decode("utf-8", "replace"))


_MARGIN_NUMBER = re.compile(r"^\s{0,12}(?:[1-9]|1[0-9]|2[0-8])(?=\s{2,}|\s*$)")


def _pdf_paragraphs(text: str) -> list[Para]:
    raws: list[Para] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            joined = " ".join(current)
            letters = [c for c in joined if c.isalpha()]
            caps = len(letters) >= 4 and all(c.isupper() for c in letters)
            short = len(joined.split()) <= HEADING_MAX_WORDS
            raws.append(Para("pdf", "", "", joined, caps and short))
            current.clear()

    for page in text.split("\f"):
        lines = [_MARGIN_NUMBER.sub("", line).rstrip() for line in page.splitlines()]
        width = max((len(line) for line in lines), default=0)
        for line in lines:
            stripped = line.strip()
            if not stripped:
                flush()
                continue
            if typed_number(stripped) and current:
                flush()
            # Caption columns: text far apart on one line belongs to different paragraphs.
            for piece in re.split(r"\s{6,}", stripped):
                current.append(piece)
            if len(line) < width * 0.6 or len(stripped.split()) <= HEADING_MAX_WORDS // 2:
                flush()
        flush()
    return number_paragraphs(raws)

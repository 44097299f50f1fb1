"""Load a case file: read and parse it, then merge its firm defaults (``case.firm``)."""

from __future__ import annotations

from pathlib import Path

from pogen.case.firm import inherit
from pogen.case.source import CaseSource, parse, read_source


def load_case(path: str | Path) -> CaseSource:
    """Read and parse one case file, with its firm defaults merged in."""
    path = Path(path)
    text, name = read_source(path)
    return inherit(CaseSource(path=path, text=text, data=parse(text, name), label=name))

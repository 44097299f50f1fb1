"""The frozen quality corpus (categories.toml, harms.toml): loading and the dev/held-out split.

The two TOML files are byte-for-byte copies of a corpus written by someone who had not
read ``pogen.case.quality`` (its own README describes how; it lives outside this
repository).  They are never edited: ``FROZEN`` pins their SHA-256.  Each is split by a
fixed rule into a dev third, which may be read while tuning the heuristic, and a
held-out two thirds, which is only ever scored in aggregate (``tests/case/test_quality_corpus.py``).
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
FROZEN = {
    "categories.toml": "9616601d67c461098291ed1efd9b2fdc1b89ef8e8250b857d1ecbf72d5ada5f4",
    "harms.toml": "e2cb71041f0306a262323dad199a3a211a3a66e7ecf3b71bb18917dbfe3505ba",
}
ACCEPT = "accept"


@dataclass(frozen=True)
class Entry:
    """One graded entry: a category name, or a harm fact with its category's name."""

    id: str
    text: str
    verdict: str
    category: str = ""  # harms only: the category the harm is stated for

    @property
    def dev(self) -> bool:
        """The dev third: sha256 of the name (categories) or text (harms), mod 3 == 0."""
        return int(hashlib.sha256(self.text.encode()).hexdigest(), 16) % 3 == 0


def _load(name: str, table: str) -> list[dict[str, Any]]:
    with (HERE / name).open("rb") as handle:
        rows: list[dict[str, Any]] = tomllib.load(handle)[table]
    return rows


def categories() -> list[Entry]:
    return [Entry(r["id"], r["name"], r["verdict"]) for r in _load("categories.toml", "category")]


def harms() -> list[Entry]:
    return [
        Entry(r["id"], r["text"], r["verdict"], r["category"]) for r in _load("harms.toml", "harm")
    ]


def split(entries: list[Entry]) -> tuple[list[Entry], list[Entry]]:
    """(dev third, held-out two thirds)."""
    return [e for e in entries if e.dev], [e for e in entries if not e.dev]

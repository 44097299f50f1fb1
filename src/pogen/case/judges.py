"""The shipped registry of C.D. Cal. magistrate judges and their caption notations.

The registry is data (``pogen/data/judges.toml``) so that a roster change is a reviewed
data diff, each entry carrying its source.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Judge:
    """One magistrate judge; ``notation`` is empty when no source supports one."""

    name: str
    initials: str
    status: str
    division: str
    notation: str = ""
    notation_kind: str = ""
    notation_source: str = ""
    initials_source: str = ""
    checked: str = ""


@cache
def registry() -> tuple[Judge, ...]:
    """All registry entries, in file order."""
    raw = resources.files("pogen").joinpath("data/judges.toml").read_text(encoding="utf-8")
    return tuple(Judge(**entry) for entry in tomllib.loads(raw)["judge"])


def _fold(name: str) -> str:
    return " ".join(name.replace(".", " ").lower().split())


def find_judge(name: str) -> Judge | None:
    """Look a magistrate judge up by full name, ignoring case, periods and spacing."""
    wanted = _fold(name)
    for judge in registry():
        if _fold(judge.name) == wanted:
            return judge
    return None

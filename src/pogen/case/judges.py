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
    # What the judge requires of a proposed protective order, each with its source
    # (``pogen check`` applies them; a requirement without a source is not recorded).
    notation_required: bool = False  # the caption must carry ``notation`` verbatim
    court_exemption_required: bool = False  # an explicit "does not bind the Court" sentence
    court_exemption_source: str = ""
    pre_motion_conference: bool = False  # an informal conference before discovery motions
    pre_motion_conference_source: str = ""


@cache
def registry() -> tuple[Judge, ...]:
    """All registry entries, in file order."""
    raw = resources.files("pogen").joinpath("data/judges.toml").read_text(encoding="utf-8")
    return tuple(Judge(**entry) for entry in tomllib.loads(raw)["judge"])


def _fold(name: str) -> str:
    return " ".join(name.replace(".", " ").lower().split())


def find_by_initials(initials: str) -> list[Judge]:
    """Registry entries with these initials (a list: initials collide across eras)."""
    return [judge for judge in registry() if judge.initials == initials.upper()]


def find_judge(name: str) -> Judge | None:
    """Look a magistrate judge up by full name, ignoring case, periods and spacing."""
    wanted = _fold(name)
    for judge in registry():
        if _fold(judge.name) == wanted:
            return judge
    return None

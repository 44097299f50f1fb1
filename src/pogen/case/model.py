"""The validated matter as frozen dataclasses: what every later stage reads.

Nothing here is optional in the sense of "may be missing": validation has already
proved each field present and well-formed, so context building never guesses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pogen.case.casenum import CaseNumber


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    role: str  # "plaintiff" | "defendant"
    kind: str  # "entity" | "individual"


@dataclass(frozen=True)
class Counsel:
    name: str
    bar_number: str
    firm: str
    address: tuple[str, ...]
    phone: str
    email: str
    represents: tuple[str, ...]
    filer: bool


@dataclass(frozen=True)
class Category:
    name: str
    description: str
    harm: tuple[str, ...]
    tier: str  # "confidential" | "highly-confidential"


@dataclass(frozen=True)
class Options:
    attorneys_eyes_only: bool
    fre_502d: bool


@dataclass(frozen=True)
class Case:
    """A matter that passed validation."""

    source: str
    division: str
    number: CaseNumber
    short_title: str
    nature: str
    date: dt.date | None
    district_judge: str
    magistrate_judge: str
    caption_notation: str
    notation_origin: str  # "registry" | "case file"
    parties: tuple[Party, ...]
    counsel: tuple[Counsel, ...]
    categories: tuple[Category, ...]
    options: Options

    @property
    def plaintiffs(self) -> tuple[Party, ...]:
        return tuple(p for p in self.parties if p.role == "plaintiff")

    @property
    def defendants(self) -> tuple[Party, ...]:
        return tuple(p for p in self.parties if p.role == "defendant")

    @property
    def filer(self) -> Counsel:
        return next(c for c in self.counsel if c.filer)

    def party(self, party_id: str) -> Party:
        return next(p for p in self.parties if p.id == party_id)

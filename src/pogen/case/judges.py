"""The shipped registries of C.D. Cal. judges: initials, status and caption notations.

Two data files, one per bench: ``pogen/data/judges.toml`` (magistrate judges) and
``pogen/data/district_judges.toml`` (district judges), so that a roster change is a
reviewed data diff, each entry carrying its sources and the date they speak for.  The
rules that use them (initials against the case number, the discovery notation) are in
``pogen.case.rules``; how much weight an entry bears is the entry's own business:
``initials_quality`` says how the initials were seen, ``notation_required`` whether the
judge's current procedures demand the notation.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from typing import Any

from pogen.cache.disk import toml_data

MAGISTRATE, DISTRICT = "magistrate", "district"
_FILES = {MAGISTRATE: "data/judges.toml", DISTRICT: "data/district_judges.toml"}

SOURCED = "court-document"
"""Initials read in a case number on a filed document: a mismatch is an error."""


@dataclass(frozen=True)
class Judge:
    """One registry entry; empty fields mean that no source was found, never "none"."""

    name: str
    initials: str
    status: str  # magistrates: current | former | unverified; district: active | senior | ...
    division: str
    initials_quality: str = "unverified"  # court-document | third-party | unverified
    initials_source: tuple[str, ...] = ()
    status_source: str = ""
    notation: str = ""
    notation_kind: str = ""  # procedures-page | standing-order | filed-document | secondary
    notation_required: bool = False
    notation_source: str = ""
    notation_note: str = ""
    no_notation_seen: tuple[str, ...] = ()
    unverified: tuple[str, ...] = ()
    name_confirmed: bool = False
    name_source: str = ""
    as_of: str = ""
    checked: str = ""
    # What the judge requires of a proposed protective order, each with its source
    # (``pogen check`` applies them; a requirement without a source is not recorded).
    court_exemption_required: bool = False  # an explicit "does not bind the Court" sentence
    court_exemption_source: str = ""
    pre_motion_conference: bool = False  # an informal conference before discovery motions
    pre_motion_conference_source: str = ""
    bench: str = MAGISTRATE

    @property
    def sourced_initials(self) -> bool:
        """Whether the initials were read in a filed case number (mismatch = error)."""
        return self.initials_quality == SOURCED and bool(self.initials)

    @property
    def title(self) -> str:
        """How messages name the judge: "Magistrate Judge Karen E. Scott"."""
        return f"{'Magistrate' if self.bench == MAGISTRATE else 'District'} Judge {self.name}"


def _entry(raw: dict[str, Any], bench: str) -> Judge:
    known = {f.name for f in fields(Judge)}
    values: dict[str, Any] = {
        k: tuple(v) if isinstance(v, list) else v for k, v in raw.items() if k in known
    }
    return Judge(**values, bench=bench)


@cache
def _load(bench: str) -> tuple[Judge, ...]:
    raw = resources.files("pogen").joinpath(_FILES[bench]).read_text(encoding="utf-8")
    return tuple(_entry(entry, bench) for entry in toml_data(raw)["judge"])


def registry() -> tuple[Judge, ...]:
    """All magistrate judges, in file order."""
    return _load(MAGISTRATE)


def district_registry() -> tuple[Judge, ...]:
    """All district judges, in file order."""
    return _load(DISTRICT)


def registry_version(bench: str = MAGISTRATE) -> str:
    """The date the registry file was last compiled (``registry_version``)."""
    raw = resources.files("pogen").joinpath(_FILES[bench]).read_text(encoding="utf-8")
    return str(toml_data(raw)["registry_version"])


def fold(name: str) -> str:
    """A name as compared: accents, periods, commas, case and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace(".", " ").replace(",", " ").lower().split())


def find_judge(name: str) -> Judge | None:
    """A magistrate judge by full name, ignoring case, accents, periods and spacing."""
    wanted = fold(name)
    return next((j for j in registry() if fold(j.name) == wanted), None)


def find_district_judge(name: str) -> Judge | None:
    """A district judge by full name, compared as ``find_judge`` does."""
    wanted = fold(name)
    return next((j for j in district_registry() if fold(j.name) == wanted), None)


def judges_with_initials(initials: str, bench: str = MAGISTRATE) -> list[Judge]:
    """Registry entries of one bench whose initials are ``initials`` (for messages)."""
    wanted = initials.upper()
    return [j for j in _load(bench) if j.initials and j.initials.upper() == wanted]

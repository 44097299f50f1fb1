"""Judge profiles: the layout of a magistrate judge's model order, as shipped data.

``pogen/data/profiles.toml`` holds one ``[profile.<key>]`` table per profile (the
built-in ``common`` layout and one per judge whose model or entered orders were read),
each with its sources and what is unverified.  A case file picks one with ``[form]
profile``; ``pogen.document.numbering`` turns it into section numbers and references.
Profiles are kept apart from the judge registry (``judges.toml``) so that the two are
edited, reviewed and merged independently.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from pogen.cache.disk import toml_data
from pogen.case.judges import fold

COMMON = "common"
JUDGE = "judge"  # [form] profile = "judge": the assigned magistrate judge's profile
NUMBERINGS = ("common-1A", "decimal-1.1", "roman")
SEALING_ACK = ("separate", "in-purposes")
FORMS = ("combined", "bundle")
PRE_MOTION = ("telephonic", "video")


@dataclass(frozen=True)
class Profile:
    """One judge's (or pogen's common) layout of the order."""

    key: str
    label: str
    numbering: str = "common-1A"
    intro_heading: str = "INTRODUCTION"
    sub_period: bool = False  # "1.1." rather than "1.1" (decimal only)
    sealing_ack: str = "separate"
    form: str = "combined"
    judge: str = ""
    footnote: str = ""
    as_of: dt.date | None = None
    pre_motion: str = ""
    pre_motion_source: str = ""
    statements: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    unverified: tuple[str, ...] = ()

    def footnote_text(self) -> str:
        """The model footnote with the judge and the date filled in ("" if none)."""
        if not self.footnote:
            return ""
        as_of = f"{self.as_of.day} {self.as_of:%B} {self.as_of.year}" if self.as_of else ""
        return self.footnote.format(judge=self.judge, as_of=as_of)


def _entry(key: str, raw: dict[str, Any]) -> Profile:
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
    profile = Profile(key=key, **values)
    if profile.numbering not in NUMBERINGS or profile.sealing_ack not in SEALING_ACK:
        raise ValueError(f"profiles.toml: profile {key}: unknown numbering or sealing_ack")
    if profile.form not in FORMS or profile.pre_motion not in ("", *PRE_MOTION):
        raise ValueError(f"profiles.toml: profile {key}: unknown form or pre_motion")
    return profile


@cache
def profiles() -> dict[str, Profile]:
    """Every shipped profile by key, in file order."""
    raw = resources.files("pogen").joinpath("data/profiles.toml").read_text(encoding="utf-8")
    return {key: _entry(key, entry) for key, entry in toml_data(raw)["profile"].items()}


def profile_for_judge(name: str) -> Profile | None:
    """The profile of a magistrate judge (by name, compared as the registry does)."""
    wanted = fold(name)
    return next((p for p in profiles().values() if p.judge and fold(p.judge) == wanted), None)


def resolve_profile(choice: str, magistrate: str) -> Profile:
    """The profile a case file's ``[form] profile`` names ("judge": the assigned
    magistrate judge's, or the common layout when the judge has none)."""
    if choice == JUDGE:
        return profile_for_judge(magistrate) or profiles()[COMMON]
    return profiles()[choice]


def known_profile(choice: object, magistrate: object) -> Profile | None:
    """``resolve_profile`` for data read before validation: None when ``[form] profile``
    names no profile (the schema reports it, with the allowed values)."""
    if choice != JUDGE and not (isinstance(choice, str) and choice in profiles()):
        return None
    return resolve_profile(str(choice), magistrate if isinstance(magistrate, str) else "")


def chosen_form(data: object, override: str | None = None) -> tuple[str, bool]:
    """(form, whether a chambers copy is written) for a case file's data, read
    defensively (the batch plans outputs before validation): ``override`` (``--form``),
    else ``[form] document``, else the profile's form; the bundle always has a chambers
    copy, the combined form when ``[form] chambers_copy`` says so."""
    raw = data.get("form") if isinstance(data, dict) else None
    form = raw if isinstance(raw, dict) else {}
    judges = data.get("judges") if isinstance(data, dict) else None
    magistrate = judges.get("magistrate") if isinstance(judges, dict) else None
    choice = form.get("profile", COMMON)
    document = override or form.get("document")
    if document not in FORMS:
        profile = known_profile(choice, magistrate)
        document = profile.form if profile is not None else "combined"
    return str(document), document == "bundle" or form.get("chambers_copy") is True

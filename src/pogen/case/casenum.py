"""Parse C.D. Cal. case numbers in the two captioned styles the court's filings use.

``2:24-cv-07416-SRM-SSC`` (CM/ECF) and ``CV 11-00531 CAS (SSx)`` (older division
prefix), plus the hybrids seen in filed documents (``5:20-cv-01166-SB (SPx)``,
``2:22-cv-05227 WLH-MAA``, ``2:20-cv-07872-GW-PVCx``).  The district judge's initials
come first, the magistrate judge's second; the trailing ``x`` only marks the latter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OFFICE_DIVISION = {"2": "western", "5": "eastern", "8": "southern"}
PREFIX_DIVISION = {"CV": "western", "EDCV": "eastern", "SACV": "southern"}

_INITIALS = r"[A-Z]{1,4}"
_MAGISTRATE = rf"(?:[- ](?P<mj>{_INITIALS})x?|\s?\((?P<mjp>{_INITIALS})x?\))"
_ECF = re.compile(
    rf"^(?P<office>[0-9]):(?P<year>\d{{2}})-(?:cv|CV)-(?P<number>\d{{1,5}})"
    rf"[- ](?P<dj>{_INITIALS}){_MAGISTRATE}$"
)
_LEGACY = re.compile(
    rf"^(?P<prefix>CV|EDCV|ED CV|SACV|SA CV)\s?(?P<year>\d{{2}})-(?P<number>\d{{1,5}})"
    rf"(?:[- ]|\s?)(?P<dj>{_INITIALS}){_MAGISTRATE}$"
)


@dataclass(frozen=True)
class CaseNumber:
    """A parsed case number; ``text`` is exactly what the caption shows."""

    text: str
    division: str
    year: str
    number: str
    district_initials: str
    magistrate_initials: str


def parse_case_number(text: str) -> CaseNumber | None:
    """Return the parsed number, or None when it matches neither captioned style."""
    match = _ECF.match(text)
    if match:
        division = OFFICE_DIVISION.get(match["office"], "")
    else:
        match = _LEGACY.match(text)
        if not match:
            return None
        division = PREFIX_DIVISION[match["prefix"].replace(" ", "")]
    if not division:
        return None
    return CaseNumber(
        text=text,
        division=division,
        year=match["year"],
        number=match["number"],
        district_initials=match["dj"],
        magistrate_initials=match["mj"] or match["mjp"],
    )

"""Read C.D. Cal. case numbers in the forms the court's dockets and filings print them.

A case number is printed exactly as the case file gives it; this module only reads it,
to check the division and both judges' initials.  Two families are recognised, with
or without hyphens and spaces, in upper or lower case:

- office style: ``2:24-cv-07416-SRM-SSC``, ``2:19cv01234-AB-KS``,
  ``8:23-CV-00456MRA(ADSx)``, ``5:20-cv-01166-SB (SPx)``, ``2:22-cv-05227 WLH-MAA``,
  ``2:20-cv-07872-GW-PVCx``, ``2:15-cv-08021-ODW (GJS)``;
- division-prefix style: ``CV 11-00531 CAS (SSx)``, ``EDCV 16-1224-JGB (KKx)``,
  ``SACV14-1886 JVS (DFMx)``, ``SA CV 15-0687-DOC (DFMx)``, ``CV17-08691-FMO(AFMx)``.

The district judge's initials come first, the magistrate judge's second (in
parentheses or after a hyphen or space); a lower-case ``x`` after the magistrate
judge's initials only marks them (``(SSx)`` = SS).  Anything else, such as a
miscellaneous number (``MC JFW(SKx)``), is an unknown form: pogen prints it as given
and says it could not check it, rather than refusing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OFFICE_DIVISION = {"2": "western", "5": "eastern", "8": "southern"}
PREFIX_DIVISION = {"CV": "western", "LACV": "western", "EDCV": "eastern", "SACV": "southern"}

OFFICE, PREFIX, UNKNOWN = "office", "prefix", "unknown"

_OFFICE = re.compile(
    r"^(?P<office>[0-9]):(?P<year>\d{2})[- ]?cv[- ]?(?P<number>\d{1,6})(?P<judges>.*)$",
    re.IGNORECASE,
)
_PREFIX = re.compile(
    r"^(?P<prefix>(?:ED|SA|LA)?\s?CV)\s?(?P<year>\d{2})[- ](?P<number>\d{1,6})(?P<judges>.*)$",
    re.IGNORECASE,
)
_INITIALS = r"[A-Za-z]{1,5}"
# What follows the number: nothing; the district judge alone; or both judges, the
# magistrate judge's initials after a hyphen or space, or in parentheses.
_JUDGES = re.compile(
    rf"^(?:[- ]?\s*(?P<dj>{_INITIALS})"
    rf"(?:\s*\((?P<paren>{_INITIALS})\)|[- ]\s*(?P<mj>{_INITIALS}))?"
    rf"|\s*\((?P<only>{_INITIALS}x)\))?$"
)
_MARKER = re.compile(r"^([A-Za-z]+?)(x?)$")
PREFIX_TEXT = re.compile(r"^\s*case\s+no\b\.?", re.IGNORECASE)


@dataclass(frozen=True)
class CaseNumber:
    """A case number as given (``text``) and what could be read from it.

    ``form`` is "office", "prefix" or "unknown"; for an unknown form every other field
    is empty.  Initials are upper case, without the magistrate marker ``x``.
    """

    text: str
    form: str = UNKNOWN
    division: str = ""
    year: str = ""
    number: str = ""
    district_initials: str = ""
    magistrate_initials: str = ""

    @property
    def recognised(self) -> bool:
        return self.form != UNKNOWN


def _initials(token: str | None, *, marked: bool) -> str:
    """Upper-case initials; a trailing lower-case x is the magistrate marker."""
    if not token:
        return ""
    if marked:
        match = _MARKER.match(token)
        if match and match.group(2) and len(match.group(1)) >= 1:
            return match.group(1).upper()
    return token.upper()


def parse_case_number(text: str) -> CaseNumber:
    """Read ``text``; an unrecognised form comes back with ``form == "unknown"``."""
    match = _OFFICE.match(text)
    if match:
        form, division = OFFICE, OFFICE_DIVISION.get(match["office"], "")
    else:
        match = _PREFIX.match(text)
        if not match:
            return CaseNumber(text)
        form = PREFIX
        division = PREFIX_DIVISION[re.sub(r"\s", "", match["prefix"]).upper()]
    judges = _JUDGES.match(match["judges"])
    if not division or judges is None:
        return CaseNumber(text)
    if judges["only"]:  # "(SSx)" alone: the magistrate judge, no district judge
        district, magistrate = "", _initials(judges["only"], marked=True)
    else:
        district = (judges["dj"] or "").upper()
        magistrate = _initials(judges["paren"] or judges["mj"], marked=True)
    return CaseNumber(
        text=text,
        form=form,
        division=division,
        year=match["year"],
        number=match["number"],
        district_initials=district,
        magistrate_initials=magistrate,
    )

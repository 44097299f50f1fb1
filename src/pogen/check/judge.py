"""Which magistrate judge a draft is before, read from its caption, case number and signature.

Case numbers are found in every form filed in C.D. Cal. (``/work/shared/domain/judges.md``
section 1): CM/ECF ``2:24-cv-07416-SRM-SSC``, older ``CV 17-465-GW (GJSx)``, hybrids
``5:20-cv-01166-SB (SPx)``, a space for a hyphen ``2:22-cv-05227 WLH-MAA``, a trailing
``x`` without parentheses ``2:20-cv-07872-GW-PVCx``, parentheses without ``x``
``5:15-CV-01417-DSF (JCG)``, miscellaneous ``MC JFW(SKx)``.  The magistrate judge's
initials are the parenthesised ones, or the second set.  Names are found where a
caption, a notation or the order's signature block gives them.  The judge is then looked
up in the registry (:mod:`pogen.case.judges`), whose entries say what that judge
requires; a judge not in the registry, or none found, leaves only the district-wide
grounds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from pogen.case.judges import Judge, judges_with_initials, registry
from pogen.check.paragraphs import Para

_I = r"[A-Z]{1,4}"
_CASE_NUMBERS = (
    # CM/ECF, with its variants: 2:24-cv-07416-SRM-SSC, ... WLH-MAA, ...-GW-PVCx, -SB (SPx)
    re.compile(
        rf"\b[0-9]\s?:\s?\d{{2}}-(?:cv|CV|Cv|mc|MC)-\d{{1,6}}"
        rf"(?:[-\s]+(?P<dj>{_I})(?![a-z]))?"
        rf"(?:(?:[-\s]+(?P<mj>{_I})x?(?![A-Za-z]))|(?:\s?\((?P<mjp>{_I})x?\)))?"
    ),
    # older division prefix: CV 17-465-GW (GJSx), SACV14-1886 JVS (DFMx), MC JFW(SKx)
    re.compile(
        rf"\b(?:CV|EDCV|ED\s?CV|SACV|SA\s?CV|MC)\s?(?:\d{{2}}-\d{{1,6}})?"
        rf"(?:[-\s]*(?P<dj>{_I})(?![a-z]))?\s?(?:\((?P<mjp>{_I})x?\))?"
    ),
)


@dataclass(frozen=True)
class Assignment:
    """The magistrate judge the draft names, and how it was found."""

    judge: Judge | None
    initials: str  # from the case number ("" when none)
    case_number: str  # as found ("" when none)
    how: str  # "case number", "name", "" when unknown

    @property
    def known(self) -> bool:
        """Whether the registry knows the judge."""
        return self.judge is not None

    def describe(self) -> str:
        """ "Magistrate Judge Karen E. Scott (KES in 8:24-cv-...)" or what is unknown."""
        if self.judge is not None:
            return f"Magistrate Judge {self.judge.name}"
        if self.initials:
            return (
                f"the magistrate judge with initials {self.initials}, whom pogen's registry lacks"
            )
        return "no magistrate judge pogen can identify"


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[.,]", " ", text).lower().split())


def _joined(paras: list[Para]) -> list[Para]:
    """The paragraphs, plus neighbours joined: a narrow caption cell (or a PDF line) may
    wrap a case number ("5:17-cv-01799-JGB-" / "KK")."""
    out = list(paras)
    for first, second in pairwise(paras):
        glue = "" if first.text.endswith("-") else " "
        out.append(Para(first.part, first.place, first.style, first.text + glue + second.text))
    return out


def case_numbers(paras: list[Para]) -> list[tuple[str, str]]:
    """(case number text, magistrate initials) for each case number found, in order
    (initials found only in two joined paragraphs come after those in one)."""
    found: list[tuple[str, str]] = []
    for para in _joined(paras):
        for pattern in _CASE_NUMBERS:
            for match in pattern.finditer(para.text):
                groups = match.groupdict()
                mj = groups.get("mjp") or groups.get("mj") or ""
                if (match.group(0).strip() and any(c.isdigit() for c in match.group(0))) or mj:
                    found.append((match.group(0).strip(), mj))
    with_initials = [f for f in found if f[1]]
    return with_initials + [f for f in found if not f[1]]


def _named(paras: list[Para]) -> Judge | None:
    """A registry judge named next to "Magistrate Judge" (caption, notation, signature)."""
    text = _fold(" ".join(p.text for p in paras))
    best: tuple[int, Judge] | None = None
    for judge in registry():
        name = _fold(judge.name)
        last = name.split()[-1]
        for match in re.finditer(rf"\b{re.escape(name)}\b|\bjudge\s+{re.escape(last)}\b", text):
            window = text[max(0, match.start() - 80) : match.end() + 80]
            if "magistrate" in window and (best is None or match.start() < best[0]):
                best = (match.start(), judge)
    return best[1] if best else None


def assignment(caption: list[Para], body: list[Para]) -> Assignment:
    """The magistrate judge of a draft: case number initials first, then names."""
    numbers = case_numbers(caption) or case_numbers(body[:60])
    for text, initials in numbers:
        if initials:
            matches = judges_with_initials(initials)
            if len(matches) == 1:
                return Assignment(matches[0], initials, text, "case number")
            named = _named(caption + body)
            if named is not None and named.initials == initials:
                return Assignment(named, initials, text, "case number")
            return Assignment(None, initials, text, "")
    named = _named(caption + body)
    if named is not None:
        return Assignment(named, "", numbers[0][0] if numbers else "", "name")
    return Assignment(None, "", numbers[0][0] if numbers else "", "")

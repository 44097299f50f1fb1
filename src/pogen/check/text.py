"""Views of a draft that the rules share: clauses, sections, the caption, Exhibit A.

Rules look at *clauses* (sentences cut at semicolons too) so that a negation or a
court-approval condition is judged in the clause it governs, not across the paragraph.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pogen.check.paragraphs import Para, strip_number

IGN = re.IGNORECASE
_BODY = ("body", "table", "textbox", "pdf")
# A period ends a sentence unless it closes a short capitalised abbreviation
# ("Fed.", "Civ.", "L.R.", "Inc.", "No.", "v.") or a single letter.
_SENTENCE_END = re.compile(r"(?<=[.!?;:])[”\"’')\]]*\s+(?=[(“\"'A-Z0-9])")
# Abbreviations that are followed by a capitalised word inside a sentence.  Company
# suffixes ("Inc.", "Corp.") are not listed: before a capital they usually end a sentence.
_ABBREVIATION = re.compile(
    r"(?:\b(?:Fed|Civ|Evid|Crim|App|Proc|No|Nos|vs?|Mrs?|Ms|Dr|Hon|St|Cal|Cir|Supp|Dist|Ct|Sec"
    r"|Stat|Ann|Art|Ch|Ex|Jr|Sr|cf|seq|et\s?al|i\.e|e\.g|U\.S|L\.R|[CNSE]\.D)|\b[A-Za-z])\.$"
)
NEGATION = re.compile(r"\b(not|no|never|nothing|neither|nor|cannot|without|none)\b|n[’']t\b", IGN)
CITE_L37 = re.compile(
    r"\b37-[1-4](?:\.\d)?\b|\b(?:local|civil|civ\.?)\s+(?:l\.\s*r\.|local\s+rule|rule)s?\s*37\b"
    r"|\b(?:l\.\s*r\.|local\s+rule)\s*37\b",
    IGN,
)
CITE_795 = re.compile(r"\b79-5\b", IGN)
TRIAL_CARVE_OUT = re.compile(
    r"trial\s+judge|judge\s+presiding|presiding\s+judge|district\s+judge|judge\s+who\s+(?:will\s+)?"
    r"(?:tr(?:y|ies)|preside)|becom\w*\s+(?:part\s+of\s+the\s+)?public|presumptively\s+"
    r"(?:public|available|open)|(?:does|shall|will|do)\s+not\s+(?:govern|apply|extend|control|"
    r"restrict|limit)|not\s+extend\s+beyond|beyond\s+the\s+(?:commencement|start|beginning)\s+of"
    r"|ends?\s+at\s+(?:the\s+start\s+of\s+)?trial|no\s+(?:longer\s+)?(?:gives?|provides?|"
    r"offers?)\s+(?:any\s+)?protection",
    IGN,
)


@dataclass(frozen=True)
class Clause:
    """A sentence or semicolon clause, and the paragraph it came from."""

    para: Para
    text: str


def clauses(text: str) -> list[str]:
    """Cut text into sentences and semicolon clauses, sparing abbreviations."""
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[start : match.start()].rstrip("”\"’')]")
        if _ABBREVIATION.search(piece) and not piece.endswith((";", ":")):
            continue
        out.append(text[start : match.start()].strip())
        start = match.end()
    out.append(text[start:].strip())
    return [c for c in out if c]


_SEGMENT = re.compile(r"[,;:()]|\b(?:and|but|unless|if|when|whether|which|then)\b", re.I)


def negated_before(clause: str, position: int) -> bool:
    """True when a negation governs the words leading up to ``position``.

    Only the segment since the last comma or conjunction counts, so "if the parties cannot
    agree, the material loses protection" is not read as negated.
    """
    segments = [s for s in _SEGMENT.split(clause[:position]) if s and s.strip()]
    # A short aside ("does not, standing alone, waive") belongs to the segment before it.
    tail = segments[-2:] if len(segments) > 1 and len(segments[-1].split()) < 3 else segments[-1:]
    return any(NEGATION.search(segment) for segment in tail)


def excerpt(text: str, start: int = 0, width: int = 70) -> str:
    """About ``width`` characters around ``start``, on word boundaries, with ellipses."""
    lo = max(0, start - 15)
    if lo:
        lo = text.rfind(" ", 0, lo) + 1
    hi = min(len(text), lo + width)
    if hi < len(text):
        space = text.rfind(" ", lo, hi)
        hi = space if space > lo else hi
    return ("…" if lo else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")


GOOD_CAUSE_HEAD = re.compile(r"^good[\s-]+cause[\s-]+statement\b[\s.:\-–—]*(.*)$", IGN | re.S)
_NEXT_SECTION = re.compile(
    r"^(acknowledg|definition|scope|duration|purpose|filing|seal|designat|challeng|access"
    r"|\w+\s+to\s+file|procedure)",
    IGN,
)
_FORM_HEAD = re.compile(
    r"^(?:\[?exhibit\s+[“\"'‘]?[a1][”\"'’]?\]?[\s.:\-–—]*)?(?:acknowledge?ment\s+and\s+"
    r"agreement\s+to\s+be\s+bound|exhibit\s+[“\"'‘]?[a1][”\"'’]?)\W*$",
    IGN,
)


@dataclass
class Draft:
    """A draft's paragraphs and the regions the rules look at."""

    paras: list[Para]
    body: list[Para] = field(init=False)
    form_start: int = field(init=False)  # index in body where Exhibit A begins, or len(body)

    def __post_init__(self) -> None:
        self.body = [p for p in self.paras if p.where in _BODY]
        self.form_start = self._find_form()

    def _find_form(self) -> int:
        heads = [i for i, p in enumerate(self.body) if _FORM_HEAD.match(strip_number(p.text))]
        # The attached form is the last such heading that has text after it.
        for i in reversed(heads):
            if i + 1 < len(self.body):
                return i
        for i, para in enumerate(self.body):
            if re.search(r"penalty\s+of\s+perjury", para.text, IGN) and any(
                re.search(r"agent\s+for\s+service", q.text, IGN) for q in self.body[i:]
            ):
                return i
        return len(self.body)

    @property
    def order(self) -> list[Para]:
        """The order itself: body paragraphs before Exhibit A."""
        return self.body[: self.form_start]

    @property
    def form(self) -> list[Para]:
        """Exhibit A, from its heading to the end of the body."""
        return self.body[self.form_start :]

    def clauses(self, paras: list[Para] | None = None) -> Iterator[Clause]:
        """Every clause of ``paras`` (default: the order without Exhibit A)."""
        for para in self.order if paras is None else paras:
            for text in clauses(para.text):
                yield Clause(para, text)

    def caption(self) -> list[Para]:
        """Paragraphs before the first running-text paragraph, plus the headers."""
        region: list[Para] = []
        for para in self.body:
            if len(para.text.split()) >= 25 and para.where in ("body", "pdf"):
                break
            region.append(para)
        return region + [p for p in self.paras if p.where == "header"]

    def good_cause(self) -> tuple[Para | None, list[Para]]:
        """The GOOD CAUSE STATEMENT heading and the paragraphs under it."""
        for i, para in enumerate(self.order):
            match = GOOD_CAUSE_HEAD.match(strip_number(para.text))
            if not match:
                continue
            under: list[Para] = []
            if match.group(1).strip():
                under.append(dataclasses.replace(para, text=match.group(1).strip(), heading=False))
            for nxt in self.order[i + 1 : i + 41]:
                stripped = strip_number(nxt.text)
                letters = [c for c in stripped if c.isalpha()]
                capitals = len(letters) >= 4 and all(c.isupper() for c in letters)
                if nxt.heading and (capitals or _NEXT_SECTION.match(stripped)):
                    break
                under.append(nxt)
            return para, under
        return None, []

    def first(self, pattern: re.Pattern[str], paras: list[Para] | None = None) -> Para | None:
        """The first paragraph matching ``pattern``."""
        for para in self.order if paras is None else paras:
            if pattern.search(para.text):
                return para
        return None

    def section_heading(self, pattern: str) -> Para | None:
        """The first heading whose text matches ``pattern`` (a place to report absences)."""
        regex = re.compile(pattern, IGN)
        for para in self.order:
            if para.heading and regex.search(para.text):
                return para
        return None

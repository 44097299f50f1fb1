"""Views of a draft that the rules share: clauses, sections, the caption, Exhibit A.

Rules look at *clauses* (sentences cut at semicolons too) so that a negation or a
court-approval condition is judged in the clause it governs, not across the paragraph.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from pogen.check.judge import Assignment, assignment
from pogen.check.paragraphs import Para, strip_number
from pogen.check.structure import Section, segment

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
# Where material is used at trial or a hearing: what ``trial-use`` reads, and what
# ``sealing-blanket`` leaves to it.
TRIAL_LOCUS = re.compile(
    r"\b(trial|hearings?|in(to)?\s+evidence|courtroom(?!\s+(?:deput|clerk|staff))|open\s+court"
    r"|jur(y|ors?)|verdict|opening\s+statements?|closing\s+arguments?|witness\s+stand)\b",
    IGN,
)


@dataclass(frozen=True)
class Clause:
    """A sentence or semicolon clause, and the paragraph it came from."""

    para: Para
    text: str


MAX_CLAUSE = 1_500  # longer clauses are cut at commas: no real clause is this long


def clauses(text: str) -> list[str]:
    """Cut text into sentences and semicolon clauses, sparing abbreviations.

    Linear in the length of ``text``: each candidate end looks back only a few
    characters for an abbreviation, and a run-on clause is cut into pieces of at most
    ``MAX_CLAUSE`` characters so that no rule's pattern meets an unbounded clause.
    """
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[max(start, match.start() - 16) : match.start()].rstrip("”\"’')]")
        if _ABBREVIATION.search(piece) and not piece.endswith((";", ":")):
            continue
        out.append(text[start : match.start()].strip())
        start = match.end()
    out.append(text[start:].strip())
    return [part for c in out if c for part in _cut(c)]


def _cut(clause: str) -> list[str]:
    if len(clause) <= MAX_CLAUSE:
        return [clause]
    pieces = []
    while len(clause) > MAX_CLAUSE:
        at = clause.rfind(",", 0, MAX_CLAUSE)
        at = at if at > MAX_CLAUSE // 3 else clause.rfind(" ", 0, MAX_CLAUSE)
        at = at if at > 0 else MAX_CLAUSE
        pieces.append(clause[: at + 1].strip())
        clause = clause[at + 1 :]
    return [*pieces, clause.strip()] if clause.strip() else pieces


# "persons not authorized", "material not designated": a negated description, not a verb.
_NOT_ADJECTIVE = re.compile(
    r"\bnot\s+(authori[sz]ed|designated|a\s+party|parties|entitled|otherwise|limited\s+to|"
    r"public|subject|yet|only|previously|named|bound|already)\b",
    IGN,
)


def negated_before(clause: str, position: int) -> bool:
    """True when a negation governs the words leading up to ``position``.

    Only the segment since the last comma or conjunction counts, so "if the parties cannot
    agree, the material loses protection" is not read as negated: a negation inside a
    condition ("if the Designating Party does not file ..., the designation shall be
    deemed waived") never governs the clause the condition qualifies.
    """
    before = _NOT_ADJECTIVE.sub(" ", clause[:position])
    pieces = _SEGMENT_SPLIT.split(before)
    # pieces alternate: text, separator, text, separator, ..., text
    texts = pieces[0::2]
    seps = ["", *pieces[1::2]]
    segments = [(sep, text) for sep, text in zip(seps, texts, strict=True) if text.strip()]
    if not segments:
        return False
    tail = [segments[-1]]
    # A short aside ("does not, standing alone, waive") belongs to the segment before it,
    # unless that segment is a condition.
    if len(segments) > 1 and len(segments[-1][1].split()) < 3:
        sep, _text = segments[-2]
        if sep.strip().lower() not in _CONDITIONS:
            tail = segments[-2:]
    return any(NEGATION.search(text) for _sep, text in tail)


_CONDITIONS = {"if", "unless", "when", "whether"}
_SEGMENT_SPLIT = re.compile(r"([,;:()]|\b(?:and|but|unless|if|when|whether|which|then)\b)", re.I)


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


GOOD_CAUSE_WORDS = re.compile(r"^good[\s-]+cause[\s-]+statement\W*$", IGN)
GOOD_CAUSE_HEAD = re.compile(r"^good[\s-]+cause[\s-]+statement\b[\s.:\-–—]*(.*)$", IGN | re.S)
_FORM_HEAD = re.compile(
    r"^(?:\[?exhibit\s+[“\"'‘]?[a1][”\"'’]?\]?[\s.:\-–—]*)?(?:acknowledge?ment\s+and\s+"
    r"agreement\s+to\s+be\s+bound|exhibit\s+[“\"'‘]?[a1][”\"'’]?)\W*$",
    IGN,
)


@dataclass
class Draft:
    """A draft's paragraphs, its provisions (:mod:`pogen.check.structure`), its judge."""

    paras: list[Para]
    body: list[Para] = field(init=False)
    sections: list[Section] = field(init=False)
    form_start: int = field(init=False)  # index in body where Exhibit A begins, or len(body)
    judge: Assignment = field(init=False)

    def __post_init__(self) -> None:
        self.body = [p for p in self.paras if p.where in _BODY]
        self.sections = segment(self.body)
        self._at = {id(p): i for i, p in enumerate(self.body)}
        self.form_start = self._find_form()
        self.judge = assignment(self.caption(), self.body)

    def _find_form(self) -> int:
        starts = [i for i, s in enumerate(self.sections) if s.key == "exhibit_a"]
        if starts and starts[0] + 1 < len(self.body):
            return starts[0]
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

    def section_of(self, para: Para) -> Section | None:
        """The provision and subsection a body paragraph stands in."""
        at = self._at.get(id(para))
        return self.sections[at] if at is not None else None

    def provision(self, *keys: str) -> list[Para]:
        """The paragraphs of these provisions (headings included), in order."""
        return [p for p, s in zip(self.body, self.sections, strict=True) if s.key in keys]

    def has(self, key: str) -> bool:
        """Whether the draft has a provision ``key`` with some text in it."""
        return any(
            s.key == key and s.heading is not p
            for p, s in zip(self.body, self.sections, strict=True)
        )

    @cached_property
    def _order(self) -> tuple[Para, ...]:
        return tuple(
            p
            for i, (p, s) in enumerate(zip(self.body, self.sections, strict=True))
            if i < self.form_start and s.key != "caption"
        )

    @property
    def order(self) -> list[Para]:
        """The order itself: body paragraphs after the caption and before Exhibit A."""
        return list(self._order)

    @cached_property
    def _order_clauses(self) -> tuple[Clause, ...]:
        """The order's clauses, split once: every rule reads them (a draft never changes
        after it is read)."""
        return tuple(Clause(para, text) for para in self._order for text in clauses(para.text))

    @property
    def form(self) -> list[Para]:
        """Exhibit A, from its heading to the end of the body."""
        return self.body[self.form_start :]

    def clauses(self, paras: list[Para] | None = None) -> Iterator[Clause]:
        """Every clause of ``paras`` (default: the order without caption or Exhibit A)."""
        if paras is None:
            yield from self._order_clauses
            return
        for para in paras:
            for text in clauses(para.text):
                yield Clause(para, text)

    def caption(self) -> list[Para]:
        """The caption (everything before the first provision), plus the headers."""
        region = [p for p, s in zip(self.body, self.sections, strict=True) if s.key == "caption"]
        return region + [p for p in self.paras if p.where == "header"]

    def good_cause(self) -> tuple[Para | None, list[Para]]:
        """The GOOD CAUSE STATEMENT heading (in those words) and the paragraphs under it."""
        for i, (para, section) in enumerate(zip(self.body, self.sections, strict=True)):
            if section.key != "good_cause" or section.heading is not para:
                continue
            if not GOOD_CAUSE_WORDS.match(section.title):
                continue
            under: list[Para] = []
            if para.lead:
                rest = para.text[len(para.lead) :].strip()
                if rest:
                    under.append(dataclasses.replace(para, text=rest, heading=False, lead=""))
            for nxt, nxt_section in zip(self.body[i + 1 :], self.sections[i + 1 :], strict=True):
                if nxt_section.key != "good_cause":
                    break
                under.append(nxt)
            return para, under
        for i, run_in in enumerate(self.order):  # a run-in heading the structure missed
            match = GOOD_CAUSE_HEAD.match(strip_number(run_in.text))
            if match and match.group(1).strip():
                body = dataclasses.replace(run_in, text=match.group(1).strip(), heading=False)
                return run_in, [body, *self.order[i + 1 : i + 8]]
        return None, []

    def first(self, pattern: re.Pattern[str], paras: list[Para] | None = None) -> Para | None:
        """The first paragraph matching ``pattern``."""
        for para in self.order if paras is None else paras:
            if pattern.search(para.text):
                return para
        return None

    def heading_of(self, *keys: str) -> Para | None:
        """The heading of the first provision among ``keys`` (a place to report absences)."""
        for section in self.sections:
            if section.key in keys and section.heading is not None:
                return section.heading
        return None

    def section_heading(self, pattern: str) -> Para | None:
        """The first heading whose text matches ``pattern`` (a place to report absences)."""
        regex = re.compile(pattern, IGN)
        for para in self.order:
            if para.heading and regex.search(para.text):
                return para
        return None

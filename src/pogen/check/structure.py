"""Segment a draft into the model order's provisions, whatever its numbering or heading style.

A heading is a Word heading, a short emphasised or capitalised paragraph, or a run-in
heading (a bold phrase opening a paragraph).  Its number is typed ("6.", "1.B", "IV.",
"SECTION 6", "6.2") or automatic (``Para.auto_number``).  Its title, stripped of the
number, is matched against the model's provisions by meaning ("Challenging
Confidentiality Designations", "Challenges to Designations", "Objections to
Designation" all start the challenge provision).  Top-level headings start a provision
(an unknown title starts "other"); subsection headings switch only to the provisions the
model nests (1.B good cause, 1.C sealing acknowledgment, 12.3 filing under seal) and
otherwise stay in their parent, so a bold defined term in the definitions is not read
as a new provision.  The caption is everything up to the document's title or its first
provision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pogen.check.paragraphs import Para

IGN = re.IGNORECASE

# (key, pattern on a heading's title, may a subsection heading start it?)
_PROVISIONS: tuple[tuple[str, re.Pattern[str], bool], ...] = tuple(
    (key, re.compile(pattern, IGN), sub)
    for key, pattern, sub in (
        ("exhibit_a", r"^\[?exhibit\s+[“\"'‘]?[a1]\b|agreement\s+to\s+be\s+bound", True),
        ("good_cause", r"good[\s-]+cause(?!\s+appearing)(?!\s+shown)", True),
        (
            "sealing_ack",
            r"acknowledg\w*.{0,40}\bseal|procedure\s+for\s+filing\s+under\s+seal",
            True,
        ),
        ("filing", r"^filing\b|under\s+seal|\bsealing\b|filing\s+(of\s+)?protected", True),
        ("purposes", r"purpose|introduction|overview|limitations", True),
        ("definitions", r"^definitions?\b", False),
        ("scope", r"^scope\b|^applicability", False),
        ("duration", r"^duration\b|^term\b", False),
        (
            "challenges",
            r"challeng|objection\w*\s+to\s+designation|dispute\w*\s+(over|about)\s+desig",
            True,
        ),
        ("designation", r"designat|restraint|manner\s+and\s+timing|legend", False),
        ("subpoenas", r"subpoena|other\s+litigation|ordered\s+produced", False),
        ("non_parties", r"non-?\s?part", False),
        ("unauthorized", r"unauthori[sz]ed", False),
        ("privilege", r"privilege|inadvertent\s+production|502", False),
        (
            "access",
            r"access|use\s+of\s+protected|disclosure\s+(of|to)|basic\s+principles|who\s+may\s+"
            r"(see|receive|review|access)|persons?\s+(authori[sz]ed|permitted)",
            False,
        ),
        (
            "final_disposition",
            r"final\s+disposition|return\s+or\s+destruction|^return\b|destruction|conclusion\s+of",
            False,
        ),
        ("violation", r"^violation|^remed|^sanction|^enforcement", False),
        ("misc", r"miscellaneous|further\s+relief|other\s+objections|general\s+provisions", False),
        ("signatures", r"so\s+stipulated|attestation|signature", True),
        (
            "order",
            r"^(\[proposed\]\s+)?order\b|so\s+ordered|good\s+cause\s+(appearing|shown)",
            True,
        ),
    )
)
# What a reader calls each provision (for messages about absences).
NAMES = {
    "caption": "Caption",
    "purposes": "Purposes and Limitations",
    "good_cause": "Good Cause Statement",
    "sealing_ack": "Acknowledgment of Procedure for Filing Under Seal",
    "definitions": "Definitions",
    "scope": "Scope",
    "duration": "Duration",
    "designation": "Designating Protected Material",
    "challenges": "Challenging Confidentiality Designations",
    "access": "Access to and Use of Protected Material",
    "subpoenas": "Protected Material Subpoenaed in Other Litigation",
    "non_parties": "Non-Party Material",
    "unauthorized": "Unauthorized Disclosure",
    "privilege": "Inadvertent Production of Privileged Material",
    "misc": "Miscellaneous",
    "filing": "Filing Protected Material",
    "final_disposition": "Final Disposition",
    "violation": "Violation",
    "signatures": "Signatures",
    "order": "Order",
    "exhibit_a": "Exhibit A",
    "other": "",
}
# Which provisions a subsection heading may start, by the provision it appears in.
_ANYWHERE = frozenset(NAMES) - {"definitions"}
_NESTS = {
    "good_cause": frozenset({"purposes", "other", "caption"}),
    "sealing_ack": frozenset({"purposes", "good_cause", "other"}),
    "purposes": frozenset({"purposes", "other"}),
    "filing": frozenset(
        {"misc", "other", "privilege", "access", "violation", "purposes", "good_cause"}
    ),
    "challenges": frozenset({"other", "designation"}),
}
_NUMBER = re.compile(
    r"^\s*(?:(?P<word>section|article|part|§)\s*)?"
    r"(?P<num>(?:[0-9]{1,3}(?:\.[0-9A-Za-z]{1,3})*\.?|[A-Z]\.|[IVXLC]{1,6}\.|\(?[a-z]\)|\([ivx]{1,5}\)"
    r"|[IVXLC]{1,6}(?=\s)))\s*",
    IGN,
)


_PDF_HEADING = re.compile(
    r"^(?:section\s+)?(?:[0-9]{1,2}(?:\.[0-9]{1,2})*\.?|[A-Z]\.|[IVXLC]{1,5}\.)\s+"
    r"[A-Z“\"][^.;:]{2,90}\.?$",
    IGN,
)


@dataclass(frozen=True)
class Section:
    """Where a paragraph stands: its provision and the nearest heading above it."""

    key: str  # one of NAMES
    number: str  # "6", "6.3", "XIII.C", "" when unnumbered
    title: str  # the heading's own words, as typed
    heading: Para | None = None

    @property
    def label(self) -> str:
        """ "§6.3 Joint Stipulation and Burden", as a lawyer finds it in the draft."""
        title = _readable(self.title) if self.title else NAMES.get(self.key, "")
        if self.number:
            return f"§{self.number} {title}".strip()
        return title


def _readable(title: str) -> str:
    """A heading in capitals, shown in title case; one in mixed case as it is."""
    title = title.strip().rstrip(".:;—–- ")
    letters = [c for c in title if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
        acronyms = {"llp", "llc", "inc.", "ip", "l.r.", "lp", "pc", "aeo", "a"}
        words = title.lower().split()
        return " ".join(
            w.upper()
            if w in acronyms and (w != "a" or i == len(words) - 1)
            else w
            if i and w in small
            else (w[:1].upper() + w[1:])
            for i, w in enumerate(words)
        ).replace("Non-party", "Non-Party")
    return title


def split_number(text: str) -> tuple[str, str]:
    """(typed number, rest): "6.3 Joint Stipulation" -> ("6.3", "Joint Stipulation")."""
    match = _NUMBER.match(text)
    if not match or not match.group("num"):
        return "", text.strip()
    number = match.group("num").strip().rstrip(".")
    rest = text[match.end() :]
    again = _NUMBER.match(rest)  # "1. A." / "II. B."
    if again and again.group("num") and len(again.group("num")) <= 3 and not match.group("word"):
        number = f"{number}.{again.group('num').strip().rstrip('.')}"
        rest = rest[again.end() :]
    return number, rest.strip()


def _roman_value(numeral: str) -> int:
    """XIV -> 14 (0 for anything that is not a roman numeral)."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    if not numeral or any(c not in values for c in numeral):
        return 0
    total = 0
    for here, after in zip(numeral, numeral[1:] + " ", strict=True):
        value = values[here]
        total += -value if value < values.get(after, 0) else value
    return total


def _rank(
    number: str,
    para: Para,
    lead: bool,
    *,
    roman: str = "",
    plain: bool = False,
    letter: str = "",
) -> int:
    """1 for a top-level heading, 2 for a subsection; ``roman``: the last top-level
    heading's roman numeral, so "V." follows "IV." as a section; ``plain``:
    the headings so far are unnumbered, so an unnumbered heading is a section too;
    ``letter``: the last subsection's letter, so "C." after "B." is subsection C, not
    section 100."""
    if lead:  # a run-in heading: a section only when it carries a section's number
        return 1 if number and number.isdigit() else 2
    letters = [c for c in para.text if c.isalpha()]
    capitals = bool(letters) and all(c.isupper() for c in letters)
    if not number:
        return 1 if capitals or plain else 2
    if len(number) == 1 and letter and ord(number.upper()) == ord(letter.upper()) + 1:
        return 2  # "C." after "B."
    if len(number) == 1 and number in "IVXLC" and (roman or capitals):
        # "V." after "IV." is section V, "C." or "I." under "VII." a subsection; with no
        # roman section before, "V. DURATION" in capitals is a roman numeral
        step = _roman_value(number) - _roman_value(roman)
        return 1 if not roman or 0 < step <= 2 else 2
    return 2 if "." in number or "(" in number or (len(number) == 1 and number.isalpha()) else 1


def classify(title: str, *, sub: bool) -> str:
    """The provision a heading's title names ("" when none)."""
    for key, pattern, may_sub in _PROVISIONS:
        if pattern.search(title) and (may_sub or not sub):
            return key
    return ""


def heading_parts(para: Para) -> tuple[str, str, bool] | None:
    """(number, title, run-in) when ``para`` is a heading, else None."""
    text = para.lead or (para.text if para.heading else "")
    if not text and para.where == "pdf" and _PDF_HEADING.match(para.text):
        text = para.text  # a numbered heading whose underline a PDF does not show
    if not text:
        return None
    number, title = split_number(text)
    number = number or para.auto_number.rstrip(".")
    title = title.strip().rstrip(".:;—–- ").strip()
    if not title or len(title.split()) > 16:
        return None
    return number, title, bool(para.lead)


def segment(body: list[Para]) -> list[Section]:
    """The section of every body paragraph, in order."""
    sections: list[Section] = []
    current = Section("caption", "", "")
    provision = current
    in_caption = True
    numbered = False  # a numbered heading has been seen
    letter = ""  # the last subsection's letter in this provision ("B" before "C.")
    for para in body:
        parts = heading_parts(para)
        if in_caption:
            key = classify(parts[1], sub=False) if parts is not None else ""
            starts = key in ("purposes", "good_cause", "definitions") or bool(
                parts is not None and parts[0] and key not in ("", "order", "exhibit_a")
            )
            long_text = len(para.text.split()) >= 40 and para.where in ("body", "pdf")
            if starts or (long_text and not para.text.lower().startswith("attorneys for")):
                in_caption = False
                provision = current = Section("purposes", "", "")
            else:
                sections.append(current)
                continue
        if parts is not None:
            number, title, lead = parts
            rank = _rank(
                number,
                para,
                lead,
                roman=provision.number if re.fullmatch(r"[IVXLC]+", provision.number) else "",
                plain=not numbered,
                letter=letter,
            )
            numbered = numbered or bool(number)
            key = classify(title, sub=rank == 2)
            if rank == 2 and key and provision.key not in _NESTS.get(key, _ANYWHERE):
                key = ""  # "2.2 Challenging Party:" is a definition, not section 6
            if not key and provision.key in ("signatures", "order", "exhibit_a"):
                rank = 2  # firm names and the judge's name in signature blocks
            if rank == 1 or key:
                key = key or "other"
                provision = Section(key, number, title, para)
                current = provision
            else:
                current = Section(provision.key, number, title, para)
            letter = number if rank == 2 and len(number) == 1 and number.isalpha() else ""
            if rank == 1:
                letter = ""
        sections.append(current)
    return sections

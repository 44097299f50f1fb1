"""Heuristics that tell a particularized harm fact from boilerplate.

C.D. Cal. magistrate judges reject good-cause statements that could fit any case
(Phillips v. GM, 307 F.3d 1206; Foltz, 331 F.3d 1122; Kamakana, 447 F.3d 1172) and
categories defined by labels or by the designator's belief.  These checks are a
documented heuristic, not a legal judgment; each returns a reason a person can act on.

Harm fact rules, applied in order:

1. ``harm-too-short``: fewer than ``MIN_HARM_WORDS`` words.  A specific harm names what
   would be disclosed, to whom, and what would follow; that takes a sentence.
2. ``harm-boilerplate``: once the stock phrases of protective-order boilerplate
   ("could cause competitive harm", "irreparable injury", "confidential business
   information", ...) and common function words are removed, fewer than
   ``MIN_SPECIFIC_WORDS`` content words remain.  A stock phrase inside a concrete
   sentence is fine; a stock phrase standing alone is not.
3. ``harm-repeats-category``: nearly every content word of the harm already appears in
   the category's name and description, so the harm adds no fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_HARM_WORDS = 12
MIN_SPECIFIC_WORDS = 5
REPEAT_SHARE = 0.8

HARM_EXAMPLE = (
    "e.g. \"Acme's per-customer freight rates would let Borealis's competitors in the "
    'Inland Empire underbid Acme on the 2025 warehouse contracts at issue": what is '
    "disclosed, who could misuse it, and what would follow in this case"
)

BOILERPLATE_PHRASES: tuple[str, ...] = (
    "could cause competitive harm",
    "would cause competitive harm",
    "cause competitive harm",
    "competitive harm",
    "competitive disadvantage",
    "competitive injury",
    "commercial harm",
    "business harm",
    "irreparable harm",
    "irreparable injury",
    "serious harm",
    "substantial harm",
    "great harm",
    "significant harm",
    "could be damaging",
    "would be damaging",
    "could be harmful",
    "would be harmful",
    "could harm",
    "would harm",
    "may harm",
    "harm to the producing party",
    "harm to the designating party",
    "the producing party",
    "the designating party",
    "the parties",
    "a party",
    "third parties",
    "non-parties",
    "privacy interests",
    "privacy rights",
    "right to privacy",
    "invasion of privacy",
    "confidential business information",
    "confidential information",
    "proprietary information",
    "commercially sensitive information",
    "commercially sensitive",
    "sensitive information",
    "trade secrets",
    "trade secret",
    "business interests",
    "if disclosed",
    "if made public",
    "public disclosure",
    "disclosure of such information",
    "disclosure of this information",
    "would be prejudiced",
    "could be prejudiced",
    "prejudice",
    "good cause",
    "protective order",
)

STOPWORDS = frozenset(
    """a an and are as at be been being but by can could did do does for from had has have
    he her hers him his how i if in into is it its itself may might must no nor not of on
    or our ours she should so such than that the their theirs them then there these they
    this those to too under until upon us very was we were what when where which while who
    whom why will with would you your any all other others also only own same both each
    few more most some information material materials documents document data disclosure
    disclosed disclose disclosing harm harmful damage damaging injury party parties
    public confidential sensitive proprietary private privacy""".split()  # noqa: SIM905
)

CONCLUSORY_CATEGORY_NAMES = frozenset(
    {
        "personal information",
        "private information",
        "personal data",
        "confidential information",
        "confidential documents",
        "all confidential documents",
        "all confidential information",
        "proprietary information",
        "proprietary documents",
        "business information",
        "confidential business information",
        "commercially sensitive information",
        "sensitive information",
        "sensitive documents",
        "trade secrets",
        "internal documents",
        "policies and procedures",
        "confidential policies and procedures",
        "financial information",
        "documents",
        "all documents",
        "miscellaneous",
        "other",
    }
)

CATCH_ALL = re.compile(
    r"\b(any|all)\s+other\b|\bincluding,?\s+but\s+not\s+limited\s+to\b|\bor\s+otherwise\b"
    r"|\bbelieves?\b.*\b(confidential|protect)|\bin\s+good\s+faith\b|\bdeems?\b|\bwhatsoever\b",
    re.IGNORECASE,
)

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*", re.UNICODE)


@dataclass(frozen=True)
class Finding:
    """Why a text fails a heuristic; ``code`` is a stable diagnostic code."""

    code: str
    message: str
    hint: str


def _words(text: str) -> list[str]:
    return [w.lower().strip("'’-") for w in _WORD.findall(text)]


def _content_words(text: str) -> set[str]:
    return {w for w in _words(text) if w and w not in STOPWORDS and len(w) > 2}


def _strip_boilerplate(text: str) -> str:
    lowered = text.lower()
    for phrase in BOILERPLATE_PHRASES:
        lowered = lowered.replace(phrase, " ")
    return lowered


def _normalise(text: str) -> str:
    return " ".join(_words(text))


def judge_harm(harm: str, category_name: str, category_description: str) -> Finding | None:
    """Return why ``harm`` is not a specific harm fact, or None when it passes."""
    words = _words(harm)
    if len(words) < MIN_HARM_WORDS:
        return Finding(
            "harm-too-short",
            f"harm fact has {len(words)} words; a specific harm needs at least {MIN_HARM_WORDS}",
            HARM_EXAMPLE,
        )
    specific = _content_words(_strip_boilerplate(harm))
    if len(specific) < MIN_SPECIFIC_WORDS:
        return Finding(
            "harm-boilerplate",
            "harm fact is boilerplate that could fit any case (it names no concrete "
            "information, person or consequence of this case)",
            HARM_EXAMPLE,
        )
    category_words = _content_words(f"{category_name} {category_description}")
    if specific and len(specific & category_words) / len(specific) >= REPEAT_SHARE:
        return Finding(
            "harm-repeats-category",
            "harm fact only repeats the category's name and description; say what "
            "disclosure would do, and to whom",
            HARM_EXAMPLE,
        )
    return None


def judge_category_name(name: str) -> Finding | None:
    """Return why a category name is a catch-all or a bare label, or None."""
    if CATCH_ALL.search(name):
        return Finding(
            "category-catch-all",
            "category is a catch-all; the court requires a closed list of concrete document types",
            'name one kind of document per category, e.g. "customer pricing '
            'spreadsheets" or "employee payroll records"',
        )
    if _normalise(name) in CONCLUSORY_CATEGORY_NAMES:
        return Finding(
            "category-conclusory",
            f"category name {name!r} is a conclusory label, not a type of document",
            'name the documents (e.g. "patient intake forms", "supplier contracts") '
            "and describe them in `description`",
        )
    return None


def judge_category_description(description: str) -> Finding | None:
    """Return why a description defines the category by belief or catch-all, or None."""
    if CATCH_ALL.search(description):
        return Finding(
            "category-catch-all",
            "description defines the category by a catch-all or by the designating party's belief",
            "describe which documents are in the category, not who believes they are "
            'confidential; drop "any other" and "including but not limited to"',
        )
    return None

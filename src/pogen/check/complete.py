"""Rules on the draft as a whole: is it a protective order at all, and is all of it visible?

``incomplete-order``: a document that is not a stipulated protective order (a judge's
memorandum or minute order, an unrelated stipulation) or lacks most of one (a truncated
draft, an order's first page) gets this one finding, listing the provisions not found,
instead of a list of confident absences.  A provision counts as found when a heading
names it (:mod:`pogen.check.structure`) or its distinctive model language is there.

``invisible-text``: text in the draft that a reader of the printed page does not see
(:mod:`pogen.docx.unseen`), which the other rules therefore do not count.
"""

from __future__ import annotations

import re

from pogen.check.catalog import IGN
from pogen.check.catalog import finding as _find
from pogen.check.model import Finding
from pogen.check.structure import NAMES
from pogen.check.text import Draft

# The provisions every stipulated protective order has, with language that shows one
# even where no heading names it.
_CORE: dict[str, re.Pattern[str]] = {
    key: re.compile(pattern, IGN)
    for key, pattern in {
        "definitions": r"\b(challenging|designating|receiving|producing)\s+party\s*[:“\"”]|"
        r"[“\"]\s*(designating|receiving|producing)\s+party\s*[”\"]\s*(means|shall)",
        "designation": r"exercise\s+of\s+restraint|manner\s+and\s+timing\s+of\s+designation|"
        r"inadvertent\s+failure\s+to\s+designate",
        "challenges": r"\btiming\s+of\s+challenges\b|\bmeet\s+and\s+confer\b.{0,80}37-1",
        "access": r"\bbasic\s+principles\b|\bmay\s+disclose\b.{0,120}\bonly\s+to\b",
        "final_disposition": r"\bwithin\s+(sixty|60)\s*(\(60\)\s*)?days\s+(after|of)\s+"
        r"(the\s+)?final\s+disposition",
        "signatures": r"\bso\s+stipulated\b|\b(attorneys?|counsel)\s+for\s+(plaintiff|defendant)",
        "exhibit_a": r"agreement\s+to\s+be\s+bound",
        "subpoenas": r"\bsubpoena",
    }.items()
}
_OTHER_KIND = re.compile(
    r"^(civil\s+)?minutes\b|^memorandum\b|^order\s+(re|regarding|denying|granting|on|declining"
    r"|rejecting)\b|^(report\s+and\s+)?recommendation|^notice\s+of\b|^declaration\s+of\b|"
    r"^(joint\s+)?stipulation\s+(to|re|regarding|for)\s+(?!.*protective)|^proceedings\s*:",
    IGN,
)
MIN_CORE = 4  # of the 8 core provisions
FULL = 7  # without any end matter (signatures, order, Exhibit A), fewer is a truncated draft


def incomplete_order(draft: Draft) -> list[Finding]:
    """One finding when the draft is not (most of) a stipulated protective order."""
    text = " ".join(p.text for p in draft.body)
    found = {key for key, pattern in _CORE.items() if draft.has(key) or pattern.search(text)}
    missing = [key for key in _CORE if key not in found]
    kind = next(
        (
            p
            for p in draft.body[:80]
            if _OTHER_KIND.search(p.text.strip(" *[]")) and len(p.text.split()) <= 20
        ),
        None,
    )
    ending = found & {"signatures", "exhibit_a"} or draft.has("order")
    if kind is None and len(found) >= MIN_CORE and (ending or len(found) >= FULL):
        return []
    names = ", ".join(NAMES[key] for key in missing) or "none"
    what = (
        f'it reads as another kind of document ("{kind.text[:60]}")'
        if kind is not None and len(found) < len(_CORE)
        else "it lacks most of one"
        if len(found) < MIN_CORE
        else "it stops before the signatures, the order and Exhibit A (a truncated draft?)"
    )
    anchor = draft.body[0] if draft.body else None
    return [
        _find(
            "incomplete-order",
            anchor,
            f"this is not a complete stipulated protective order: {what}; provisions not "
            f"found: {names}",
        )
    ]


_WORDS = re.compile(r"[A-Za-z]{2,}")


def invisible_text(draft: Draft) -> list[Finding]:
    """Text a reader of the page does not see (white, tiny, hidden, off-page, ...)."""
    findings = []
    for para in draft.paras:
        if not para.unseen_why:
            continue
        hidden = " ".join(para.unseen.split())
        covered = "drawn in front of the text" in para.unseen_why
        if len(_WORDS.findall(hidden)) < 3 and not covered:
            continue
        quote = f' ("{hidden[:60]}{"…" if len(hidden) > 60 else ""}")' if hidden else ""
        findings.append(
            _find(
                "invisible-text",
                para,
                f"text in the draft is not visible on the page{quote}: {para.unseen_why}; "
                "the court and the other side read what is printed",
            )
        )
    return findings

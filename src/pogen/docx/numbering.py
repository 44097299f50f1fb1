"""Automatic paragraph numbers as Word shows them ("6.", "6.2", "B.", "IV."), from numbering.xml.

Automatic numbering is not text, so a reader of ``document.xml`` alone sees "Challenging
Confidentiality Designations" where the page shows "6. Challenging ...".  This module
counts the numbered paragraphs in reading order to give each its label, so that a
finding can name the provision as the lawyer sees it.  It follows the common cases
(decimal, letters, roman numerals, ``lvlText`` such as ``%1.%2``, ``start`` values,
lower levels restarting after a higher one); bullets have no label.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from pogen.docx.ns import W

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
MAX_LEVELS = 9


def roman(n: int) -> str:
    """An upper-case Roman numeral (1 to 3999): Word's upperRoman, and pogen's own."""
    out = []
    for value, digits in _ROMAN:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str:
    if fmt == "upperLetter":
        return _letters(n)
    if fmt == "lowerLetter":
        return _letters(n).lower()
    if fmt == "upperRoman":
        return roman(n) if 0 < n < 4000 else str(n)
    if fmt == "lowerRoman":
        return roman(n).lower() if 0 < n < 4000 else str(n)
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


@dataclass(frozen=True)
class _Level:
    fmt: str = "decimal"
    text: str = ""
    start: int = 1


@dataclass
class Numbering:
    """The lists of one document, and counters as its paragraphs are read."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # by abstractNum
    nums: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, root: etree._Element | None) -> Numbering:
        """The numbering definitions of ``numbering.xml`` (none when absent)."""
        numbering = cls()
        if root is None:
            return numbering
        for abstract in root.iterchildren(f"{W}abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in abstract.iterchildren(f"{W}lvl"):
                level = _int(lvl.get(f"{W}ilvl"), 0)
                fmt, text, start = (lvl.find(f"{W}{n}") for n in ("numFmt", "lvlText", "start"))
                levels[level] = _Level(
                    (fmt.get(f"{W}val") if fmt is not None else None) or "decimal",
                    (text.get(f"{W}val") if text is not None else None) or "",
                    _int(start.get(f"{W}val") if start is not None else None, 1),
                )
            numbering.levels[abstract.get(f"{W}abstractNumId") or ""] = levels
        for num in root.iterchildren(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is not None:
                numbering.nums[num.get(f"{W}numId") or ""] = ref.get(f"{W}val") or ""
        return numbering

    def label(self, num_id: str, ilvl: int) -> str:
        """The next label of list ``num_id`` at level ``ilvl`` ("" for bullets or none)."""
        abstract = self.nums.get(num_id)
        if abstract is None or num_id == "0":
            return ""
        levels = self.levels.get(abstract, {})
        ilvl = min(max(ilvl, 0), MAX_LEVELS - 1)
        counts = self.counters.setdefault(abstract, [0] * MAX_LEVELS)
        level = levels.get(ilvl, _Level())
        counts[ilvl] = (counts[ilvl] or level.start - 1) + 1
        for lower in range(ilvl + 1, MAX_LEVELS):
            counts[lower] = 0
        text = level.text
        for depth in range(ilvl + 1):
            shown = levels.get(depth, _Level())
            value = counts[depth] or shown.start
            text = text.replace(f"%{depth + 1}", _format(value, shown.fmt))
        return text.strip() if level.fmt not in ("bullet", "none") else ""

    def label_of(self, levels: list[tuple[str, etree._Element]]) -> str:
        """The next label of the paragraph whose ``w:pPr`` levels (style chain, then
        direct formatting) are ``levels``; ``""`` when it is not numbered."""
        num = next(
            (found for _o, ppr in reversed(levels) if (found := ppr.find(f"{W}numPr")) is not None),
            None,
        )
        if num is None:
            return ""
        num_id, ilvl = num.find(f"{W}numId"), num.find(f"{W}ilvl")
        level = _int(ilvl.get(f"{W}val") if ilvl is not None else None, 0)
        return self.label((num_id.get(f"{W}val") or "") if num_id is not None else "", level)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value or "")
    except ValueError:
        return default

"""Formatting properties as levels of ``w:rPr``/``w:pPr``/... elements: which level
wins each property (or each attribute), which properties pogen knows to be harmless.

Shared by ``pogen.docx.visible``, ``pogen.docx.runs`` and ``pogen.docx.page``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lxml import etree

from pogen.docx.colour import RGB
from pogen.docx.ns import W

W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
Levels = list[tuple[str, etree._Element]]
"""Property elements that reach something, lowest priority first, each with its origin."""


def _tags(names: str, namespace: str = W) -> frozenset[str]:
    return frozenset(f"{namespace}{name}" for name in names.split())


RUN_OK = _tags(
    "rStyle rFonts b bCs i iCs caps smallCaps color sz szCs u kern lang spacing w position "
    "noProof snapToGrid highlight shd bdr webHidden vanish specVanish strike dstrike emboss "
    "imprint outline shadow vertAlign rtl cs eastAsianLayout fitText effect em oMath rPrChange"
) | _tags("ligatures numForm numSpacing cntxtAlts stylisticSets", W14)
RUN_OFF_TOGGLES = ("strike", "dstrike", "emboss", "imprint", "outline", "shadow", "rtl", "cs")
PARA_OK = _tags(
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
    "rPr sectPr pPrChange"
)
JUSTIFY = frozenset({"left", "start", "center", "right", "end", "both", "distribute"})
TABLE_OK = _tags(
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
    "tblDescription tblPrChange"
)
CELL_OK = _tags(
    "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText "
    "vAlign hideMark headers cellIns cellDel cellMerge tcPrChange"
)
ROW_OK = _tags(
    "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader "
    "tblCellSpacing jc ins del trPrChange"
)
_ON = ("", "1", "true", "on")


_TWICE = "twice"  # a key of ``winners``: some property appears twice in one level


def local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def on(element: etree._Element) -> bool:
    return (element.get(f"{W}val") or "").lower() in _ON


def number(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def attributes(levels: Levels, tag: str) -> dict[str, tuple[str, str]]:
    """Each attribute of ``tag`` as the highest level that sets it gives it (Word merges
    ``w:spacing``, ``w:ind`` and ``w:rFonts`` attribute by attribute): local name ->
    (value, origin)."""
    found: dict[str, tuple[str, str]] = {}
    for origin, props in levels:
        for element in props.iterfind(f"{W}{tag}"):
            for name, value in element.attrib.items():
                found[local(name)] = (str(value), origin)
    return found


def winners(levels: Levels) -> dict[str, tuple[etree._Element, str]]:
    """Each child tag of a property element as the highest level gives it."""
    found: dict[str, tuple[etree._Element, str]] = {}
    for origin, props in levels:
        seen: set[str] = set()
        for child in props:
            if not isinstance(child.tag, str):
                continue
            if child.tag in seen and _TWICE not in found:
                found[_TWICE] = (etree.Element("twice", what=f"w:{local(child.tag)}"), origin)
            seen.add(child.tag)
            found[child.tag] = (child, origin)
    return found


def unknown(winners: Mapping[str, tuple[etree._Element, str]], allowed: frozenset[str]) -> str:
    """The first property that is not on the allow-list, or given twice in one level
    (readers disagree on which counts), said for a message; or ""."""
    twice = winners.get(_TWICE)
    if twice is not None:
        what = twice[0].get("what")
        return f"given {what} twice (in {twice[1]}), and readers disagree on which counts"
    for tag, (_element, origin) in winners.items():
        if tag not in allowed:
            prefix = "w14:" if tag.startswith(W14) else "w:" if tag.startswith(W) else ""
            return (
                f"formatted with {prefix}{local(tag)} (set by {origin}), which pogen does "
                "not know to be harmless"
            )
    return ""


@dataclass(frozen=True)
class Box:
    """Where a paragraph's lines go: the width of its column or cell, and what lies
    behind it (candidate background colours, from the page down to the cell)."""

    width: float
    backgrounds: tuple[RGB, ...]

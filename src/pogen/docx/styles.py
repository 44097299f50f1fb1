"""Effective formatting of a .docx, resolved through the style chain.

Used by the mandatory-part verification (``pogen.document.mandatory``) and by the
reader (``pogen.docx.reader``, which styles are headings): text can be made
invisible not only by a run's own ``w:rPr`` but by the document defaults, a table
style, a paragraph style or a character style (each with its ``w:basedOn`` ancestors).
Word applies them in that order, later levels overriding earlier ones; this module
answers, for one run, which value wins and which level set it (whether the result is
text a reader would see is ``pogen.docx.legibility``'s question).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from lxml import etree

from pogen.docx.ns import W

_ON = {"", "1", "true", "on"}
MAX_CHAIN = 200  # styles based on styles (Word's own go 4 deep): a longer chain is cut


@dataclass(frozen=True)
class Prop:
    """One resolved run property: the winning element and the level that set it."""

    element: etree._Element
    origin: str  # "document defaults", "paragraph style 'X'", "direct formatting", ...


@dataclass(frozen=True)
class _Style:
    kind: str
    based_on: str
    rpr: etree._Element | None
    ppr: etree._Element | None
    name: str = ""
    element: etree._Element | None = None


_HEADING_NAME = re.compile(r"(heading|title|subtitle)\b", re.IGNORECASE)
_HEADING_ID = re.compile(r"(heading|title)", re.IGNORECASE)
_OFF = ("0", "false", "none", "off")


def _style_is_heading(style_id: str, style: _Style) -> bool:
    """A heading or title style by name or id, or one with an outline level."""
    outline = style.ppr.find(f"{W}outlineLvl") if style.ppr is not None else None
    return bool(
        _HEADING_NAME.match(style.name)
        or _HEADING_ID.match(style_id)
        or (outline is not None and (outline.get(f"{W}val") or "9") != "9")
    )


def _style_emphasises(style: _Style) -> bool:
    """The style itself sets bold, underline or capitals."""
    if style.rpr is None:
        return False
    return any(
        (found := style.rpr.find(f"{W}{name}")) is not None
        and (found.get(f"{W}val") or "true").lower() not in _OFF
        for name in ("b", "u", "caps")
    )


class StyleSheet:
    """The styles part of one document, ready to resolve run and paragraph properties."""

    def __init__(self, styles_root: etree._Element | None) -> None:
        self._styles: dict[str, _Style] = {}
        self._defaults: dict[str, str] = {}
        self._doc_rpr: etree._Element | None = None
        self.doc_ppr: etree._Element | None = None
        self.memo: dict[object, object] = {}  # for checks that read this sheet (visible)
        # Memos: the styles part never changes, so what a style chain gives is computed
        # once per sheet (and a sheet is kept per template, see ``of``).
        self._chains: dict[tuple[str | None, str], tuple[tuple[str, _Style], ...]] = {}
        self._run_styles: dict[_RunKey, _StyleLevels] = {}
        self._headings: dict[str, bool] = {}
        self._emphasis: dict[str, bool] = {}
        if styles_root is None:
            return
        self._doc_rpr = styles_root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.doc_ppr = styles_root.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr")
        for style in styles_root.iter(f"{W}style"):
            style_id = style.get(f"{W}styleId") or ""
            kind = style.get(f"{W}type") or "paragraph"
            based = style.find(f"{W}basedOn")
            name = style.find(f"{W}name")
            self._styles[style_id] = _Style(
                kind,
                (based.get(f"{W}val") or "") if based is not None else "",
                style.find(f"{W}rPr"),
                style.find(f"{W}pPr"),
                (name.get(f"{W}val") or "") if name is not None else "",
                style,
            )
            if style.get(f"{W}default") in ("1", "true", "on"):
                self._defaults.setdefault(kind, style_id)

    @classmethod
    def of(cls, styles_root: etree._Element | None) -> StyleSheet:
        """The sheet of this styles tree, built once per tree and thread.

        ``pogen.docx.parse`` hands out the same tree for the same styles bytes, so every
        matter rendered from one template shares one sheet and its memos.
        """
        if styles_root is None:
            return cls(None)
        kept = _kept.sheets
        sheet = kept.get(styles_root)
        if sheet is None:
            sheet = kept[styles_root] = cls(styles_root)
            if len(kept) > _KEPT_SHEETS:
                kept.pop(next(iter(kept)))
        return sheet

    def _chain(self, style_id: str | None, kind: str) -> tuple[tuple[str, _Style], ...]:
        """The style and its ancestors, base first; a cycle ends the walk."""
        key = (style_id, kind)
        found = self._chains.get(key)
        if found is None:
            found = self._chains[key] = tuple(self._walk_chain(style_id, kind))
        return found

    def chain(self, style_id: str | None, kind: str) -> tuple[tuple[str, _Style], ...]:
        """The style a paragraph, run or table of ``kind`` names (the default style of
        that kind when it names none, or one that does not exist, as Word does) and
        its ``w:basedOn`` ancestors, base first."""
        return self._chain(style_id, kind)

    def _walk_chain(self, style_id: str | None, kind: str) -> list[tuple[str, _Style]]:
        current = style_id or self._defaults.get(kind, "")
        if current not in self._styles and kind:  # Word falls back to the default style
            current = self._defaults.get(kind, "")
        chain: list[tuple[str, _Style]] = []
        seen: set[str] = set()
        while (
            current and current not in seen and current in self._styles and len(chain) < MAX_CHAIN
        ):
            seen.add(current)
            style = self._styles[current]
            chain.append((current, style))
            current = style.based_on
        return chain[::-1]

    def _ancestry(self, style_id: str) -> tuple[tuple[str, _Style], ...]:
        """A named style and its ancestors; none for an empty id (no default style)."""
        return self._chain(style_id, "") if style_id in self._styles else ()

    def is_heading_style(self, style_id: str) -> bool:
        """Whether a paragraph in this style reads as a heading: it, or a style it is
        based on, is a heading or title style or carries an outline level."""
        found = self._headings.get(style_id)
        if found is None:
            found = self._headings[style_id] = any(
                _style_is_heading(sid, style) for sid, style in self._ancestry(style_id)
            )
        return found

    def emphasises(self, style_id: str) -> bool:
        """Whether the style (or one it is based on) sets bold, underline or capitals."""
        found = self._emphasis.get(style_id)
        if found is None:
            found = self._emphasis[style_id] = any(
                _style_emphasises(style) for _sid, style in self._ancestry(style_id)
            )
        return found

    def run_levels(self, run: etree._Element) -> list[tuple[str, etree._Element]]:
        """Every ``w:rPr`` that applies to ``run``, lowest priority first, with its origin."""
        levels = list(self._style_levels(_run_key(run)).levels)
        direct = run.find(f"{W}rPr")
        if direct is not None:
            levels.append(("direct formatting", direct))
        return levels

    def run_props(self, run: etree._Element) -> RunProps:
        """The properties of ``run``: ``resolve`` and ``toggle_on`` over ``run_levels``,
        with the style levels' answers memoized per combination of styles."""
        return RunProps(self._style_levels(_run_key(run)), run.find(f"{W}rPr"))

    def _style_levels(self, key: _RunKey) -> _StyleLevels:
        found = self._run_styles.get(key)
        if found is None:
            found = self._run_styles[key] = _StyleLevels(tuple(self._levels_for(key)))
        return found

    def _levels_for(self, key: _RunKey) -> list[tuple[str, etree._Element]]:
        """The style levels (all but direct formatting) of a run, lowest priority first."""
        in_table, tbl_id, p_id, r_id = key
        levels: list[tuple[str, etree._Element]] = []
        if self._doc_rpr is not None:
            levels.append(("document defaults", self._doc_rpr))
        if in_table:
            for sid, style in self._chain(tbl_id, "table"):
                if style.rpr is not None:
                    levels.append((f"table style '{sid}'", style.rpr))
                # Conditional formatting (first row, banding...) may apply: count it.
                for cond in (
                    style.element.iter(f"{W}tblStylePr") if style.element is not None else ()
                ):
                    rpr = cond.find(f"{W}rPr")
                    if rpr is not None:
                        kind = cond.get(f"{W}type") or ""
                        levels.append((f"table style '{sid}' ({kind})", rpr))
        for sid, style in self._chain(p_id, "paragraph"):
            if style.rpr is not None:
                levels.append((f"paragraph style '{sid}'", style.rpr))
        for sid, style in self._chain(r_id, "character"):
            if style.rpr is not None:
                levels.append((f"character style '{sid}'", style.rpr))
        return levels

    def paragraph_levels(self, para: etree._Element) -> list[tuple[str, etree._Element]]:
        """Every ``w:pPr`` that applies to ``para``, lowest priority first, with its origin."""
        levels: list[tuple[str, etree._Element]] = []
        direct = paragraph_properties(para)
        p_style = direct.find(f"{W}pStyle") if direct is not None else None
        style_id = p_style.get(f"{W}val") if p_style is not None else None
        for sid, style in self._chain(style_id, "paragraph"):
            if style.ppr is not None:
                levels.append((f"paragraph style '{sid}'", style.ppr))
        if direct is not None:
            levels.append(("direct formatting", direct))
        return levels

    def paragraph_outline_level(self, para: etree._Element) -> int | None:
        """The outline level a paragraph gets from its own properties or its style chain."""
        ppr = paragraph_properties(para)
        own = ppr.find(f"{W}outlineLvl") if ppr is not None else None
        if own is not None:
            return _int(own.get(f"{W}val"))
        p_style = ppr.find(f"{W}pStyle") if ppr is not None else None
        style_id = p_style.get(f"{W}val") if p_style is not None else None
        level = None
        for _sid, style in self._chain(style_id, "paragraph"):
            found = style.ppr.find(f"{W}outlineLvl") if style.ppr is not None else None
            if found is not None:
                level = _int(found.get(f"{W}val"))
        return level


# (inside a table, table style id, paragraph style id, run style id): what decides which
# styles apply to a run.  ``None`` where the element naming the style is absent.
_RunKey = tuple[bool, str | None, str | None, str | None]
_KEPT_SHEETS = 8


class _Kept(threading.local):
    def __init__(self) -> None:
        self.sheets: dict[etree._Element, StyleSheet] = {}


_kept = _Kept()


def paragraph_properties(para: etree._Element) -> etree._Element | None:
    """A paragraph's ``w:pPr``, first by the schema: found in constant time (linear runs)."""
    first = next(iter(para), None)
    return first if first is not None and first.tag == f"{W}pPr" else None


def _val(element: etree._Element | None) -> str | None:
    return element.get(f"{W}val") if element is not None else None


def _run_key(run: etree._Element) -> _RunKey:
    table = next((a for a in run.iterancestors(f"{W}tbl")), None)
    tbl_id = _val(table.find(f"{W}tblPr/{W}tblStyle")) if table is not None else None
    para = next((a for a in run.iterancestors(f"{W}p")), None)
    ppr = paragraph_properties(para) if para is not None else None
    p_id = _val(ppr.find(f"{W}pStyle")) if ppr is not None else None
    return (table is not None, tbl_id, p_id, _val(run.find(f"{W}rPr/{W}rStyle")))


class _StyleLevels:
    """The style levels of one combination of styles, with ``resolve`` and
    ``toggle_on`` over them memoized."""

    def __init__(self, levels: tuple[tuple[str, etree._Element], ...]) -> None:
        self.levels = levels
        self._resolved: dict[str, Prop | None] = {}
        self._toggled: dict[str, Prop | None] = {}

    def resolve(self, name: str) -> Prop | None:
        if name not in self._resolved:
            self._resolved[name] = resolve(list(self.levels), name)
        return self._resolved[name]

    def toggle_on(self, name: str) -> Prop | None:
        if name not in self._toggled:
            self._toggled[name] = toggle_on(list(self.levels), name)
        return self._toggled[name]


class RunProps:
    """One run's property levels: its styles' (memoized) and its direct ``w:rPr``.

    ``resolve`` and ``toggle_on`` give what the module functions of the same names give
    for ``StyleSheet.run_levels(run)``: direct formatting is looked at first, and only
    when it does not decide do the style levels answer.
    """

    def __init__(self, styles: _StyleLevels, direct: etree._Element | None) -> None:
        self._styles = styles
        self._direct = direct

    @property
    def levels(self) -> list[tuple[str, etree._Element]]:
        """``StyleSheet.run_levels`` of the run."""
        levels = list(self._styles.levels)
        if self._direct is not None:
            levels.append(("direct formatting", self._direct))
        return levels

    def resolve(self, name: str) -> Prop | None:
        if self._direct is not None:
            found = self._direct.find(f"{W}{name}")
            if found is not None:
                return Prop(found, "direct formatting")
        return self._styles.resolve(name)

    def toggle_on(self, name: str) -> Prop | None:
        if self._direct is not None:
            found = self._direct.find(f"{W}{name}")
            if found is not None:  # direct formatting decides, on or off
                on = (found.get(f"{W}val") or "").lower() in _ON
                return Prop(found, "direct formatting") if on else None
        return self._styles.toggle_on(name)


def _int(value: str | None) -> int | None:
    try:
        return int(value or "")
    except ValueError:
        return None


def resolve(levels: list[tuple[str, etree._Element]], name: str) -> Prop | None:
    """The winning value of one property: the highest-priority level that sets it."""
    for origin, rpr in reversed(levels):
        found = rpr.find(f"{W}{name}")
        if found is not None:
            return Prop(found, origin)
    return None


def toggle_on(levels: list[tuple[str, etree._Element]], name: str) -> Prop | None:
    """Where a toggle property such as ``w:vanish`` is switched on, if anywhere.

    Word combines toggles from different style levels in ways few people predict, so a
    style that turns one on counts unless the run's direct formatting turns it off.
    """
    for origin, rpr in reversed(levels):
        found = rpr.find(f"{W}{name}")
        if found is None:
            continue
        if (found.get(f"{W}val") or "").lower() in _ON:
            return Prop(found, origin)
        if origin == "direct formatting":
            return None
    return None

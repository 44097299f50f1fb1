"""What a reader sees of a paragraph: the formatting that reaches it, judged for sight.

Text can be lost by its run (``pogen.docx.runs``: hidden, pale against what is behind
it, struck through, fitted, set in a symbol font...) or by the paragraph around it:
line spacing too small for the font (lines drawn over each other), an indent or tab
stop that pushes the text off the page, a positioned frame, numbering that adds words,
text set vertically or right to left.  ``View.verdict`` judges both for one paragraph;
its table and page are ``pogen.docx.page``'s.

The rule is an allow-list: each property that reaches the text, from the document
defaults, a table style (its conditional formatting included), the paragraph style
chain, the character style chain or the element itself, must be one pogen knows to be
harmless, with a value inside bounds; anything else is reported with the level that
set it.  ``View`` answers for one rendered package and remembers its answers per
combination of formatting, so the blocks' many paragraphs cost a few evaluations.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from lxml import etree

from pogen.docx.colour import RGB, WHITE, Theme
from pogen.docx.colour import shading_colours as _shade
from pogen.docx.ns import W
from pogen.docx.props import (
    JUSTIFY,
    PARA_OK,
    Box,
    Levels,
    attributes,
    number,
    on,
    unknown,
    winners,
)
from pogen.docx.runs import judge_run
from pogen.docx.styles import StyleSheet, resolve

MIN_LINE_SHARE = 0.8  # an exact line below 80% of the font size draws lines over each other
MAX_LINE = 1440  # twips: 1 in; more and one line fills a third of the page
MAX_PARAGRAPH_SPACE = 1440  # twips before or after a paragraph
MAX_OUTDENT = 360  # twips a line may start left of its column (into the margin)
MIN_LINE_WIDTH = 1440  # twips of width a line of text must keep (1 in)
_CONTEXTS = 8  # memos kept per style sheet


class View:
    """One rendered package, read for what a reader sees."""

    def __init__(self, parts: Mapping[str, etree._Element]) -> None:
        self.styles = StyleSheet.of(parts.get("word/styles.xml"))
        theme = next((tree for name, tree in parts.items() if name.startswith("word/theme/")), None)
        self.theme = Theme.of(theme, parts.get("word/settings.xml"))
        document = parts.get("word/document.xml")
        page: list[RGB] = [WHITE]
        background = document.find(f"{W}background") if document is not None else None
        if background is not None:
            page += [c for c in self.theme.colours(background, "color") if c is not None]
        self.page = tuple(page)
        # Kept with the style sheet (one per template), keyed by what else the answers
        # depend on; the key holds the trees, so their identities stay unique.
        context = ("visible", theme, parts.get("word/settings.xml"), self.page)
        memo = self.styles.memo.get(context)
        if memo is None:
            if len(self.styles.memo) > _CONTEXTS:
                self.styles.memo.clear()
            memo = self.styles.memo[context] = {}
        self._memo: dict[object, object] = memo  # type: ignore[assignment]

    @property
    def memo(self) -> dict[object, object]:
        """The answers kept for this view's styles, theme, settings and page (one
        template's), for checks that judge with it."""
        return self._memo

    # ---- paragraphs ------------------------------------------------------------------

    def paragraph_levels(self, para: etree._Element) -> Levels:
        """Every ``w:pPr`` that reaches ``para``, lowest first: document defaults, table
        style (conditional formatting included), paragraph style chain, the paragraph."""
        levels: Levels = []
        if self.styles.doc_ppr is not None:
            levels.append(("document defaults", self.styles.doc_ppr))
        table = next(para.iterancestors(f"{W}tbl"), None)
        if table is not None:
            levels += self.table_levels(table, "pPr")
        style = para.find(f"{W}pPr/{W}pStyle")
        style_id = style.get(f"{W}val") if style is not None else None
        for sid, found in self.styles.chain(style_id, "paragraph"):
            if found.ppr is not None:
                levels.append((f"paragraph style '{sid}'", found.ppr))
        direct = para.find(f"{W}pPr")
        if direct is not None:
            levels.append(("direct formatting", direct))
        return levels

    def table_levels(self, table: etree._Element, what: str) -> Levels:
        style = table.find(f"{W}tblPr/{W}tblStyle")
        style_id = style.get(f"{W}val") if style is not None else None
        levels: Levels = []
        for sid, found in self.styles.chain(style_id, "table"):
            if found.element is None:
                continue
            own = found.element.find(f"{W}{what}")
            if own is not None:
                levels.append((f"table style '{sid}'", own))
            for cond in found.element.iter(f"{W}tblStylePr"):
                part = cond.find(f"{W}{what}")
                if part is not None:
                    kind = cond.get(f"{W}type") or ""
                    levels.append((f"table style '{sid}' ({kind})", part))
        return levels

    def box(self, para: etree._Element, section_width: float) -> Box:
        """The width a paragraph is laid out in and the colours behind it."""
        cell = next(para.iterancestors(f"{W}tc"), None)
        backgrounds = self.page
        if cell is None:
            return Box(section_width, backgrounds)
        table = next(cell.iterancestors(f"{W}tbl"))
        tables, cells = self.table_levels(table, "tblPr"), self.table_levels(table, "tcPr")
        direct_tbl, direct_tc = table.find(f"{W}tblPr"), cell.find(f"{W}tcPr")
        tables += [("direct formatting", direct_tbl)] if direct_tbl is not None else []
        cells += [("cell formatting", direct_tc)] if direct_tc is not None else []
        for levels in (tables, cells):
            shd = resolve(levels, "shd")
            if shd is not None:
                backgrounds = tuple(
                    c for b in backgrounds for c in _shade(self.theme, shd.element, b)
                )
        cell_width = direct_tc.find(f"{W}tcW") if direct_tc is not None else None
        width = (
            number(cell_width.get(f"{W}w")) if cell_width is not None else None
        ) or section_width
        for side, default in (("left", 108), ("right", 108)):
            margin = default
            for _origin, props in tables:
                found = props.find(f"{W}tblCellMar/{W}{side}")
                if found is not None:
                    margin = int(number(found.get(f"{W}w")) or 0)
            for _origin, props in cells:
                found = props.find(f"{W}tcMar/{W}{side}")
                if found is not None:
                    margin = int(number(found.get(f"{W}w")) or 0)
            width -= margin
        return Box(width, backgrounds)

    def verdict(self, para: etree._Element, section_width: float) -> str:
        """Why a paragraph's text would not be seen (its own formatting, then each of
        its runs'), or "".  Answers are kept per combination of formatting."""
        cell = next(para.iterancestors(f"{W}tc"), None)
        table = next(cell.iterancestors(f"{W}tbl"), None) if cell is not None else None
        style = para.find(f"{W}pPr/{W}pStyle")
        where: tuple[object, ...] = (section_width,)
        if table is not None and cell is not None:
            tbl_style = table.find(f"{W}tblPr/{W}tblStyle")
            where += (
                tbl_style.get(f"{W}val") if tbl_style is not None else None,
                _bytes(table.find(f"{W}tblPr")),
                _bytes(cell.find(f"{W}tcPr")),
            )
        pkey = (
            where,
            style.get(f"{W}val") if style is not None else None,
            _bytes(para.find(f"{W}pPr")),
        )
        box = self._memo.get(("box", where))
        if box is None:
            box = self._memo[("box", where)] = self.box(para, section_width)
        assert isinstance(box, Box)
        found = self._memo.get(("p", pkey))
        if found is None:
            found = self._memo[("p", pkey)] = self._judge_paragraph(para, box)
        if found:
            return str(found)
        for run in visible_runs(para):
            key = ("r", pkey, _style_of(run), _bytes(run.find(f"{W}rPr")))
            found = self._memo.get(key)
            if found is None:
                shd = resolve(self.paragraph_levels(para), "shd")
                found = self._memo[key] = judge_run(self.styles, self.theme, run, shd, box)
            if found:
                return str(found)
        return ""

    def _judge_paragraph(self, para: etree._Element, box: Box) -> str:
        levels = self.paragraph_levels(para)
        won = winners(levels)
        odd = unknown(won, PARA_OK)
        if odd:
            return odd
        for tag, why in (
            ("framePr", "a positioned frame (w:framePr), which can place it anywhere on the page"),
            ("bidi", "set right to left (w:bidi)"),
        ):
            hit = won.get(f"{W}{tag}")
            if hit is not None and (tag == "framePr" or on(hit[0])):
                return f"{why}, set by {hit[1]}"
        num = won.get(f"{W}numPr")
        if num is not None:
            num_id = num[0].find(f"{W}numId")
            if num_id is None or (num_id.get(f"{W}val") or "0") != "0":
                return (
                    f"numbered (w:numPr, set by {num[1]}): numbering adds text pogen did not write"
                )
        direction = won.get(f"{W}textDirection")
        if direction is not None and (direction[0].get(f"{W}val") or "lrTb") not in ("lrTb", "lr"):
            value = direction[0].get(f"{W}val")
            return f"set vertically (w:textDirection {value}, set by {direction[1]})"
        jc = won.get(f"{W}jc")
        if jc is not None and (jc[0].get(f"{W}val") or "left") not in JUSTIFY:
            return f"aligned {jc[0].get(f'{W}val')!r} (w:jc, set by {jc[1]})"
        return self._spacing(para, levels) or _indents(levels, box) or _tabs(levels, box)

    def _spacing(self, para: etree._Element, levels: Levels) -> str:
        spacing = attributes(levels, "spacing")
        rule = spacing.get("lineRule", ("auto", ""))[0]
        line = spacing.get("line")
        size = self._font_size(para)
        if line is not None:
            value = number(line[0])
            if value is not None:
                if rule == "exact" and value < MIN_LINE_SHARE * size:
                    return (
                        f"in lines {value / 20:g} pt high for {size / 20:g}-pt text "
                        f"(w:spacing exact, set by {line[1]}): its lines print over each other"
                    )
                if rule == "auto" and value < MIN_LINE_SHARE * 240:
                    return (
                        f"in lines {value / 240:.2g} times single spacing (w:spacing, set by "
                        f"{line[1]}): its lines print over each other"
                    )
                height = value if rule != "auto" else value / 240 * size * 1.15
                if height > MAX_LINE:
                    return f"in lines {height / 20:g} pt high (w:spacing, set by {line[1]})"
        for name in ("before", "after"):
            found = spacing.get(name)
            value = number(found[0]) if found else None
            if found and value is not None and value > MAX_PARAGRAPH_SPACE:
                return (
                    f"{value / 20:g} pt away from its neighbours (w:spacing {name}, set by "
                    f"{found[1]})"
                )
        for name in ("beforeLines", "afterLines"):
            found = spacing.get(name)
            value = number(found[0]) if found else None
            if found and value is not None and value > 300:
                return (
                    f"{value / 100:g} lines away from its neighbours (w:spacing {name}, set "
                    f"by {found[1]})"
                )
        return ""

    def _font_size(self, para: etree._Element) -> float:
        """The paragraph's largest run size, in twips (20 per point)."""
        sizes = [
            number(p.element.get(f"{W}val")) or 24
            for run in para.iter(f"{W}r")
            if (p := self.styles.run_props(run).resolve("sz")) is not None
        ]
        return max(sizes, default=24) * 10

    # ---- runs ------------------------------------------------------------------------


def _style_of(run: etree._Element) -> str | None:
    style = run.find(f"{W}rPr/{W}rStyle")
    return style.get(f"{W}val") if style is not None else None


def _bytes(element: etree._Element | None) -> bytes:
    return etree.tostring(element) if element is not None else b""


def _indents(levels: Levels, box: Box) -> str:
    ind = attributes(levels, "ind")

    def twips(*names: str) -> tuple[float, str]:
        for name in names:
            found = ind.get(name)
            value = number(found[0]) if found else None
            if found and value is not None:
                return value, found[1]
        return 0.0, ""

    left, left_origin = twips("start", "left")
    right, right_origin = twips("end", "right")
    first, first_origin = twips("firstLine")
    hanging, hanging_origin = twips("hanging")
    for name in (
        "startChars",
        "leftChars",
        "endChars",
        "rightChars",
        "firstLineChars",
        "hangingChars",
    ):
        found = ind.get(name)
        if found and (number(found[0]) or 0) != 0:
            return (
                f"indented in characters (w:ind {name}, set by {found[1]}), which pogen does "
                "not measure"
            )
    first_start = left + (first if "firstLine" in ind else -hanging)
    origin = left_origin or right_origin or first_origin or hanging_origin
    if min(left, right, first_start) < -MAX_OUTDENT:
        far = -min(left, right, first_start) / 1440
        return f"pushed {far:.2g} in into the margin (w:ind, set by {origin})"
    narrowest = box.width - max(left, first_start) - right
    if narrowest < MIN_LINE_WIDTH:
        return (
            f"left {max(narrowest, 0) / 1440:.2g} in of line width by its indents "
            f"(w:ind, set by {origin}); off the page or squeezed to a sliver"
        )
    return ""


def _tabs(levels: Levels, box: Box) -> str:
    for origin, props in levels:
        for tab in props.iterfind(f"{W}tabs/{W}tab"):
            if (tab.get(f"{W}val") or "") == "clear":
                continue
            pos = number(tab.get(f"{W}pos"))
            if pos is not None and not -MAX_OUTDENT <= pos <= box.width:
                return (
                    f"given a tab stop {pos / 1440:.2g} in from the margin, off the line "
                    f"(w:tabs, set by {origin})"
                )
    return ""


def visible_runs(para: etree._Element) -> Iterator[etree._Element]:
    """The runs of a paragraph that carry text."""
    for run in para.iter(f"{W}r"):
        if any((t.text or "").strip() for t in run.iter(f"{W}t")):
            yield run

"""What can hide text from outside its paragraph: its table, its page, what lies over it.

The companions of ``pogen.docx.visible`` for the levels above a paragraph: the table a
paragraph sits in (floating, right to left, off the page, a row of fixed height, a cell
that squeezes or turns its text), the section's page (its size, margins, columns, text
direction, character grid), floating objects over the text area (``pogen.docx.geometry``),
fields that would replace or hide text, and document settings that change what is
printed.  Each function returns why text is lost, or "".
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from pogen.docx.geometry import Section, floaters, overlaps_text
from pogen.docx.ns import W
from pogen.docx.parse import is_shared
from pogen.docx.props import CELL_OK, ROW_OK, TABLE_OK, number, on, unknown, winners
from pogen.docx.visible import View

MIN_PAGE, MAX_PAGE = 5760, 31680  # 4 in to 22 in (Word's largest page)
MIN_TEXT_SIZE = 4320  # the text column at least 3 in wide and high
_PRINT_SETTINGS = {
    "printFormsData": "prints only the data in form fields, not the text around them",
    "printTwoOnOne": "prints two pages on each sheet, at half size",
    "bookFoldPrinting": "prints as a folded booklet, pages at half size",
    "bookFoldRevPrinting": "prints as a folded booklet, pages at half size",
}


def table_problem(view: View, table: etree._Element, section: Section) -> str:
    """Why a table holding mandatory text hides it or pushes it off the page, or ""."""
    levels = view.table_levels(table, "tblPr")
    direct = table.find(f"{W}tblPr")
    if direct is not None:
        levels.append(("direct formatting", direct))
    won = winners(levels)
    why = unknown(won, TABLE_OK)
    if why:
        return why
    if f"{W}tblpPr" in won:
        origin = won[f"{W}tblpPr"][1]
        return f"a floating table (w:tblpPr, set by {origin}), which can sit anywhere on the page"
    bidi = won.get(f"{W}bidiVisual")
    if bidi is not None and on(bidi[0]):
        return f"a table laid out right to left (w:bidiVisual, set by {bidi[1]})"
    indent = won.get(f"{W}tblInd")
    shift = (number(indent[0].get(f"{W}w")) or 0) if indent else 0
    grid = sum(number(g.get(f"{W}w")) or 0 for g in table.iterfind(f"{W}tblGrid/{W}gridCol"))
    if shift < -section.left or shift + grid > section.text_width + section.right:
        origin = indent[1] if indent else "its columns"
        return f"a table that reaches off the page (w:tblInd, set by {origin})"
    for row in table.iterfind(f"{W}tr"):
        why = _row_problem(view, table, row)
        if why:
            return why
    return ""


def _row_problem(view: View, table: etree._Element, row: etree._Element) -> str:
    levels = view.table_levels(table, "trPr")
    own = row.find(f"{W}trPr")
    if own is not None:
        levels.append(("row formatting", own))
    won = winners(levels)
    why = unknown(won, ROW_OK)
    if why:
        return why
    height = won.get(f"{W}trHeight")
    if height is not None and height[0].get(f"{W}hRule") == "exact":
        return (
            "a table row of fixed height that can cut its text off (w:trHeight exact, set by "
            f"{height[1]})"
        )
    for cell in row.iterfind(f"{W}tc"):
        cells = view.table_levels(table, "tcPr")
        own = cell.find(f"{W}tcPr")
        if own is not None:
            cells.append(("cell formatting", own))
        won = winners(cells)
        why = unknown(won, CELL_OK)
        if why:
            return why
        fit = won.get(f"{W}tcFitText")
        if fit is not None and on(fit[0]):
            return f"a table cell that squeezes its text to fit (w:tcFitText, set by {fit[1]})"
        direction = won.get(f"{W}textDirection")
        if direction is not None and (direction[0].get(f"{W}val") or "lrTb") not in ("lrTb", "lr"):
            return f"a table cell with vertical text (w:textDirection, set by {direction[1]})"
    return ""


def section_problem(section: Section) -> str:  # noqa: PLR0911 - one return per rule
    """Why the page a mandatory part is on cannot show it as pleading paper, or ""."""
    if not (MIN_PAGE <= section.width <= MAX_PAGE and MIN_PAGE <= section.height <= MAX_PAGE):
        return (
            f"on a page {section.width / 1440:.3g} by {section.height / 1440:.3g} in (w:pgSz); "
            "pages of 4 to 22 in are readable, and the court's is 8.5 by 11"
        )
    if section.text_width < MIN_TEXT_SIZE or section.text_height < MIN_TEXT_SIZE:
        return (
            f"on a page whose margins leave {section.text_width / 1440:.2g} by "
            f"{section.text_height / 1440:.2g} in for text (w:pgMar)"
        )
    if min(section.left, section.right, section.gutter) < 0:
        return "on a page with a negative side margin (w:pgMar), which pushes text off it"
    if section.columns > 1:
        return (
            f"set in {section.columns} columns (w:cols in the section properties); "
            "pleading paper has one"
        )
    if section.text_direction not in ("lrTb", "lr"):
        return f"on a page with vertical text (w:textDirection {section.text_direction})"
    if section.grid in ("linesAndChars", "snapToChars"):
        return f"on a page with a character grid (w:docGrid {section.grid}) that spaces letters"
    return ""


def covering(
    parts: dict[str, etree._Element], sections: list[Section], memo: dict[object, object]
) -> Iterator[tuple[str, str]]:
    """(part, object) for every floating object that lies over the text area of a page
    holding a mandatory part: a picture, shape, text box, frame or floating table there
    could cover the text, whatever it is filled with (in front) or shows (behind).

    ``memo`` keeps the answer for a part tree seen before (a template's header), only
    for trees ``pogen.docx.parse`` keeps (``is_shared``): the body, and a header or
    footer that differs for every matter, are new trees each time."""
    for name, root in parts.items():
        if not name.startswith("word/") or not name.endswith(".xml"):
            continue
        kind = (
            "header"
            if name.startswith("word/header")
            else "footer"
            if name.startswith("word/footer")
            else "body"
        )
        key = ("covering", root, tuple(sections))
        found = memo.get(key)
        if found is None:
            found = [
                floater.what
                for floater in floaters(root)
                if any(overlaps_text(section, floater, kind) for section in sections)
            ]
            if is_shared(root):  # a template's fixed part; a matter's own is not kept
                memo[key] = found
        assert isinstance(found, list)
        for what in found:
            yield name, what


def settings_problem(settings: etree._Element | None) -> str:
    """A document setting that changes what is printed, or ""."""
    for name, why in _PRINT_SETTINGS.items():
        found = settings.find(f"{W}{name}") if settings is not None else None
        if found is not None and on(found):
            return f"the document's settings have w:{name}, which {why}"
    return ""


_FLD = f"{W}fldChar"


def open_fields_at(body: etree._Element, targets: set[etree._Element]) -> dict[etree._Element, str]:
    """For each element of ``targets`` (children of the body), the code of the field it
    lies within, if any: a field begun before it and ended after it (``IF 1 = 2 "..."``
    shows or hides its text at Word's whim, and its code is not what a reader sees)."""
    stack: list[list[str]] = []
    found: dict[etree._Element, str] = {}
    if next(body.iter(_FLD), None) is None:
        return found  # no complex field in the body at all
    for element in body.iter():
        if element in targets and stack:
            found[element] = " ".join("".join(stack[0]).split()) or "a field"
        if element.tag == _FLD:
            kind = element.get(f"{W}fldCharType")
            if kind == "begin":
                stack.append([])
            elif kind == "end" and stack:
                stack.pop()
        elif element.tag in (f"{W}instrText", f"{W}delInstrText") and stack:
            stack[-1].append(element.text or "")
    return found

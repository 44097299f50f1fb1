"""Where things are on the page: sections' geometry, and floating objects' boxes.

Used by the visible-text verification (``pogen.docx.visible``): a section's page size,
margins and columns decide how wide the text column is (an indent can push text off
the page only relative to it), and a floating object (a DrawingML anchor, a VML shape,
a frame or a floating table) covers text when its box overlaps the text area.  All
lengths are in twips (1/1440 inch); DrawingML's EMUs are converted (635 EMU a twip).

A box edge that cannot be known from the package alone (an object positioned relative
to a paragraph, a line or a character, whose place depends on the layout) is taken as
unbounded, so the object counts as overlapping the text on that axis: the answer is
conservative, never optimistic.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from pogen.docx.ns import NAMESPACES, W

WP = f"{{{NAMESPACES['wp']}}}"
V_NS = NAMESPACES["v"]
WP14 = "{http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing}"
EMU_PER_TWIP = 635
UNKNOWN = (-math.inf, math.inf)

# Word's defaults when a section leaves them out: US Letter, 1-inch margins.
_DEFAULT_PAGE = (12240, 15840)
_DEFAULT_MARGIN = 1440

_VML_SHAPES = frozenset(
    f"{{{V_NS}}}{name}"
    for name in (
        "shape",
        "rect",
        "roundrect",
        "oval",
        "line",
        "polyline",
        "arc",
        "curve",
        "image",
        "group",
    )
)


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(float(value)) if value not in (None, "") else default
    except ValueError:
        return default


@dataclass(frozen=True)
class Section:
    """One section's page: size, margins and columns, in twips."""

    width: int
    height: int
    top: int
    right: int
    bottom: int
    left: int
    gutter: int
    header: int
    footer: int
    columns: int
    text_direction: str
    grid: str

    @classmethod
    def of(cls, sect_pr: etree._Element | None) -> Section:
        size = sect_pr.find(f"{W}pgSz") if sect_pr is not None else None
        margin = sect_pr.find(f"{W}pgMar") if sect_pr is not None else None
        cols = sect_pr.find(f"{W}cols") if sect_pr is not None else None
        direction = sect_pr.find(f"{W}textDirection") if sect_pr is not None else None
        grid = sect_pr.find(f"{W}docGrid") if sect_pr is not None else None

        def side(name: str, default: int = _DEFAULT_MARGIN) -> int:
            return _int(margin.get(f"{W}{name}"), default) if margin is not None else default

        columns = 1
        if cols is not None:
            listed = len(cols.findall(f"{W}col"))
            columns = max(_int(cols.get(f"{W}num"), 1), listed, 1)
        return cls(
            width=_int(size.get(f"{W}w"), _DEFAULT_PAGE[0]) if size is not None else 12240,
            height=_int(size.get(f"{W}h"), _DEFAULT_PAGE[1]) if size is not None else 15840,
            top=abs(side("top")),  # negative: the margin is fixed whatever the header
            right=side("right"),
            bottom=abs(side("bottom")),
            left=side("left"),
            gutter=side("gutter", 0),
            header=side("header", 720),
            footer=side("footer", 720),
            columns=columns,
            text_direction=(direction.get(f"{W}val") or "lrTb")
            if direction is not None
            else "lrTb",
            grid=(grid.get(f"{W}type") or "default") if grid is not None else "default",
        )

    @property
    def text_width(self) -> int:
        return self.width - self.left - self.right - self.gutter

    @property
    def text_height(self) -> int:
        return self.height - self.top - self.bottom

    def text_area(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """(x range, y range) of the text area on the page."""
        return (
            (self.left + self.gutter, self.width - self.right),
            (self.top, self.height - self.bottom),
        )

    def frame(self, axis: str, relative: str, part: str = "body") -> tuple[float, float]:
        """The range, on one axis, that an object positioned relative to ``relative``
        is measured from (``UNKNOWN`` for paragraph, line and character in the body).

        In a header or footer a paragraph sits in the top or bottom margin (Word grows
        that margin, pushing the body text away, when a header or footer is taller), so
        an object placed relative to one is measured from there."""
        if axis == "y" and relative in ("paragraph", "line") and part in ("header", "footer"):
            if part == "header":
                return (float(self.header), float(self.top))
            return (float(self.height - self.bottom), float(self.height - self.footer))
        if axis == "x":
            frames = {
                "page": (0, self.width),
                "margin": (self.left + self.gutter, self.width - self.right),
                "column": (self.left + self.gutter, self.width - self.right),
                "text": (self.left + self.gutter, self.width - self.right),
                "leftMargin": (0, self.left),
                "insideMargin": (0, self.left),
                "left-margin-area": (0, self.left),
                "inner-margin-area": (0, self.left),
                "rightMargin": (self.width - self.right, self.width),
                "outsideMargin": (self.width - self.right, self.width),
                "right-margin-area": (self.width - self.right, self.width),
                "outer-margin-area": (self.width - self.right, self.width),
            }
        else:
            frames = {
                "page": (0, self.height),
                "margin": (self.top, self.height - self.bottom),
                "topMargin": (0, self.top),
                "insideMargin": (0, self.top),
                "top-margin-area": (0, self.top),
                "inner-margin-area": (0, self.top),
                "bottomMargin": (self.height - self.bottom, self.height),
                "outsideMargin": (self.height - self.bottom, self.height),
                "bottom-margin-area": (self.height - self.bottom, self.height),
                "outer-margin-area": (self.height - self.bottom, self.height),
            }
        found = frames.get(relative)
        return (float(found[0]), float(found[1])) if found else UNKNOWN


def governing_sect_prs(
    body: etree._Element, children: list[etree._Element]
) -> dict[etree._Element, etree._Element | None]:
    """For each of ``children`` (children of the body), the ``w:sectPr`` of the section it
    lies in: that of the first paragraph at or after it that ends a section, else the
    body's own."""
    order = {child: i for i, child in enumerate(body)}
    ends: list[tuple[int, etree._Element]] = []
    for sect in body.iter(f"{W}sectPr"):
        top: etree._Element | None = sect
        while top is not None and top.getparent() is not body:
            top = top.getparent()
        if top is not None:
            ends.append((order[top], sect))
    final = body.find(f"{W}sectPr")
    found: dict[etree._Element, etree._Element | None] = {}
    for child in children:
        at = order.get(child, 0)
        found[child] = next((sect for index, sect in ends if index >= at), final)
    return found


@dataclass(frozen=True)
class Axis:
    """Where an object is on one axis: measured from ``relative`` (a frame of the page,
    see ``Section.frame``) by ``offset`` or by ``align``, ``size`` long; or ``fixed``."""

    relative: str = ""
    offset: float = 0.0
    align: str = ""
    size: float = 0.0
    fixed: tuple[float, float] | None = None

    def place(self, section: Section, axis: str, part: str) -> tuple[float, float]:
        if self.fixed is not None:
            return self.fixed
        frame = section.frame(axis, self.relative, part)
        if frame == UNKNOWN:
            return UNKNOWN
        start, end = frame
        if self.align in ("left", "top", "inside"):
            begin = start
        elif self.align in ("right", "bottom", "outside"):
            begin = end - self.size
        elif self.align == "center":
            begin = (start + end - self.size) / 2
        else:
            begin = start + self.offset
        return (begin, begin + self.size)


UNPLACED = Axis(fixed=UNKNOWN)


@dataclass(frozen=True)
class Floater:
    """A floating object and where it is on each axis."""

    what: str
    element: etree._Element
    x: Axis
    y: Axis


def box_on(
    section: Section, floater: Floater, part: str = "body"
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The object's box on a page of ``section``; ``part`` is "header", "footer" or
    "body" (any other part)."""
    return floater.x.place(section, "x", part), floater.y.place(section, "y", part)


def overlaps_text(section: Section, floater: Floater, part: str = "body") -> bool:
    """Whether the object's box reaches into the section's text area."""
    (x0, x1), (y0, y1) = box_on(section, floater, part)
    (tx0, tx1), (ty0, ty1) = section.text_area()

    def meets(a0: float, a1: float, b0: float, b1: float) -> bool:
        if a1 - a0 <= 0:  # a line: inside the area, not on its edge
            return b0 < a0 < b1
        return a0 < b1 and a1 > b0

    return meets(x0, x1, tx0, tx1) and meets(y0, y1, ty0, ty1)


def _emu(value: str | None) -> float:
    return _int(value) / EMU_PER_TWIP


def _anchor(anchor: etree._Element) -> Floater:
    doc_pr = anchor.find(f"{WP}docPr")
    name = (doc_pr.get("name") or "") if doc_pr is not None else ""
    what = f"the drawing {name!r}" if name else "a drawing"
    extent = anchor.find(f"{WP}extent")
    width = _emu(extent.get("cx")) if extent is not None else math.inf
    height = _emu(extent.get("cy")) if extent is not None else math.inf
    effect = anchor.find(f"{WP}effectExtent")
    if effect is not None:
        width += _emu(effect.get("l")) + _emu(effect.get("r"))
        height += _emu(effect.get("t")) + _emu(effect.get("b"))
    if anchor.get("simplePos") in ("1", "true"):
        pos = anchor.find(f"{WP}simplePos")
        x0 = _emu(pos.get("x")) if pos is not None else 0.0
        y0 = _emu(pos.get("y")) if pos is not None else 0.0
        return Floater(what, anchor, Axis(fixed=(x0, x0 + width)), Axis(fixed=(y0, y0 + height)))
    axes: list[Axis] = []
    for tag in ("positionH", "positionV"):
        found = anchor.find(f"{WP}{tag}")
        relative = (found.get("relativeFrom") or "") if found is not None else ""
        offset, align = 0.0, ""
        if found is not None:
            off = found.find(f"{WP}posOffset")
            alignment = found.find(f"{WP}align")
            pct = found.find(f"{WP14}pctPosHOffset")
            if pct is None:
                pct = found.find(f"{WP14}pctPosVOffset")
            if off is not None:
                offset = _emu(off.text)
            elif alignment is not None:
                align = (alignment.text or "").strip()
            elif pct is not None:
                relative = ""  # a share of a frame Word picks: not known here
        axes.append(Axis(relative, offset, align, width if tag == "positionH" else height))
    return Floater(what, anchor, axes[0], axes[1])


_LENGTH = re.compile(r"^\s*(-?[0-9.]+)\s*(pt|in|cm|mm|px|pc|emu)?\s*$")
_TWIPS_PER = {"pt": 20.0, "in": 1440.0, "cm": 1440 / 2.54, "mm": 144 / 2.54, "pc": 240.0,
              "px": 15.0, "emu": 1 / EMU_PER_TWIP, None: 15.0}  # fmt: skip


def _css_length(value: str | None) -> float | None:
    if value is None:
        return None
    match = _LENGTH.match(value)
    if not match:
        return None
    try:
        return float(match.group(1)) * _TWIPS_PER[match.group(2)]
    except ValueError:
        return None


def _vml(shape: etree._Element) -> Floater | None:
    style = {
        k.strip().lower(): v.strip()
        for k, _, v in (item.partition(":") for item in (shape.get("style") or "").split(";"))
        if k.strip()
    }
    if style.get("position") != "absolute":
        return None  # in the line of text: it takes room, it does not cover
    what = f"the VML shape {shape.get('id')!r}" if shape.get("id") else "a VML shape"
    left = _css_length(style.get("margin-left", style.get("left", "0")))
    top = _css_length(style.get("margin-top", style.get("top", "0")))
    width = _css_length(style.get("width", "0"))
    height = _css_length(style.get("height", "0"))
    if shape.tag == f"{{{V_NS}}}line":
        start = [_css_length(p) for p in (shape.get("from") or "0,0").split(",")]
        end = [_css_length(p) for p in (shape.get("to") or "0,0").split(",")]
        if len(start) == 2 and len(end) == 2 and None not in start + end:
            x0, y0, x1, y1 = (v or 0.0 for v in (*start, *end))
            left, top, width, height = min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0)
    if left is None or top is None or width is None or height is None:
        return Floater(what, shape, UNPLACED, UNPLACED)
    rel_y = style.get("mso-position-vertical-relative", "text")
    align_x = style.get("mso-position-horizontal", "absolute")
    align_y = style.get("mso-position-vertical", "absolute")
    return Floater(
        what,
        shape,
        Axis(
            style.get("mso-position-horizontal-relative", "text"),
            left,
            "" if align_x == "absolute" else align_x,
            width,
        ),
        Axis(
            "paragraph" if rel_y == "text" else rel_y,
            top,
            "" if align_y == "absolute" else align_y,
            height,
        ),
    )


def _frame(element: etree._Element, kind: str) -> Floater:
    """A positioned paragraph (``w:framePr``) or a floating table (``w:tblpPr``)."""
    if kind == "frame":
        what = "a positioned paragraph (w:framePr)"
        x, y = _int(element.get(f"{W}x")), _int(element.get(f"{W}y"))
        width = _int(element.get(f"{W}w")) or math.inf
        height = _int(element.get(f"{W}h")) or math.inf
        rel_x = element.get(f"{W}hAnchor") or "column"
        rel_y = element.get(f"{W}vAnchor") or "margin"
        align_x, align_y = element.get(f"{W}xAlign") or "", element.get(f"{W}yAlign") or ""
    else:
        what = "a floating table (w:tblpPr)"
        x, y = _int(element.get(f"{W}tblpX")), _int(element.get(f"{W}tblpY"))
        parent = element.getparent()
        table = parent.getparent() if parent is not None else None
        grid = table.findall(f"{W}tblGrid/{W}gridCol") if table is not None else []
        width = sum(_int(g.get(f"{W}w")) for g in grid) or math.inf
        height = math.inf
        rel_x = element.get(f"{W}horzAnchor") or "column"
        rel_y = element.get(f"{W}vertAnchor") or "margin"
        align_x = element.get(f"{W}tblpXSpec") or ""
        align_y = element.get(f"{W}tblpYSpec") or ""
    rel_x = {"text": "column"}.get(rel_x, rel_x)
    rel_y = {"text": "paragraph"}.get(rel_y, rel_y)
    return Floater(what, element, Axis(rel_x, x, align_x, width), Axis(rel_y, y, align_y, height))


def floaters(root: etree._Element) -> Iterator[Floater]:
    """Every floating object in a part: DrawingML anchors, absolutely positioned VML
    shapes (outermost only: a group's children are inside its box), frames and
    floating tables.  Both branches of ``mc:AlternateContent`` count: readers differ
    in which one they show."""
    for element in root.iter(f"{WP}anchor", f"{W}framePr", f"{W}tblpPr", *_VML_SHAPES):
        if element.tag == f"{WP}anchor":
            yield _anchor(element)
        elif element.tag == f"{W}framePr":
            yield _frame(element, "frame")
        elif element.tag == f"{W}tblpPr":
            yield _frame(element, "table")
        elif not any(a.tag in _VML_SHAPES for a in element.iterancestors()):
            found = _vml(element)
            if found is not None:
                yield found

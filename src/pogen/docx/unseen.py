"""What a reader of the printed page cannot see in any draft: ``pogen check``'s view.

The verification of pogen's own blocks (``pogen.docx.visible``) is an allow-list, since
pogen knows every property its XML may carry; a draft from another firm carries any
formatting a word processor writes, so this view is a deny-list of the tricks that hide
text, judged leniently enough that ordinary house styles pass.

``pogen check`` reads a draft as it prints, so text a reader would not see must not
satisfy a rule, and a lawyer must be told it is there.  Run-level tricks come from
:func:`pogen.docx.legibility.unreadable` (hidden, white, tiny, squeezed, symbol-font or
background-coloured text, through any style level); this module adds what the page
geometry and the fields do to a paragraph:

- line spacing squeezed to almost nothing (an exact ``w:spacing/@w:line`` under 3 pt);
- indents or frames that push the text off the page;
- a section set in so many columns that a line holds a word or two;
- the result of an ``IF`` field, which Word shows or drops by the field's condition;
- a filled shape or picture anchored in front of the text, which may cover it.

Each answer is a short reason in words (``""`` when nothing is wrong), for messages.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from pogen.docx.legibility import unreadable
from pogen.docx.ns import W
from pogen.docx.styles import StyleSheet, resolve

MIN_SEEN_HALF_POINTS = 12  # 6 pt: smaller is not read; 6-10 pt is small print, still seen
MIN_LINE_TWIPS = 60  # 3 pt of exact line height
MAX_INDENT_TWIPS = 10_080  # 7 in: past the text width of any page pogen checks
MIN_INDENT_TWIPS = -2_880  # 2 in into the left margin and beyond the paper
MAX_FRAME_TWIPS = 15_840  # 11 in: a frame placed past the page
MAX_COLUMNS = 5
_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_VML_NS = "urn:schemas-microsoft-com:vml"


def _twips(element: etree._Element | None, *names: str) -> int | None:
    if element is None:
        return None
    for name in names:
        value = element.get(f"{W}{name}")
        if value is not None:
            try:
                return int(float(value))
            except ValueError:
                return None
    return None


def run_unseen(styles: StyleSheet, run: etree._Element) -> str:
    """Why this run's text is not seen on the page, or ``""``."""
    return unreadable(styles, run, min_half_points=MIN_SEEN_HALF_POINTS)


def paragraph_unseen(styles: StyleSheet, para: etree._Element) -> str:
    """Why no text of this paragraph is seen (its geometry), or ``""``."""
    levels = styles.paragraph_levels(para)
    spacing = resolve(levels, "spacing")
    if spacing is not None:
        rule = spacing.element.get(f"{W}lineRule") or "auto"
        line = _twips(spacing.element, "line")
        if rule == "exact" and line is not None and line < MIN_LINE_TWIPS:
            return f"its line height is {line / 20:g} pt (w:spacing, set by {spacing.origin})"
    indent = resolve(levels, "ind")
    if indent is not None:
        for names in (("left", "start"), ("right", "end"), ("firstLine",), ("hanging",)):
            value = _twips(indent.element, *names)
            if value is not None and not MIN_INDENT_TWIPS <= value <= MAX_INDENT_TWIPS:
                return (
                    f"it is indented {value / 1440:.1f} in ({names[0]}), off the page "
                    f"(w:ind, set by {indent.origin})"
                )
    frame = resolve(levels, "framePr")
    if frame is not None:
        for name in ("x", "y"):
            value = _twips(frame.element, name)
            if value is not None and not -MAX_FRAME_TWIPS <= value <= MAX_FRAME_TWIPS:
                return f"its frame is placed {value / 1440:.1f} in away, off the page (w:framePr)"
    return ""


def columns_unseen(sect: etree._Element | None) -> str:
    """Why a section's text cannot be read for its columns, or ``""``."""
    cols = sect.find(f"{W}cols") if sect is not None else None
    count = _twips(cols, "num")
    if count is not None and count > MAX_COLUMNS:
        return f"its section is set in {count} columns (w:cols)"
    return ""


def covering_shape(para: etree._Element) -> str:
    """A filled shape or picture anchored in front of this paragraph's text, or ``""``."""
    for anchor in para.iter(f"{{{_DRAWING_NS}}}anchor"):
        if (anchor.get("behindDoc") or "0") in ("1", "true"):
            continue
        wraps = {child.tag.rsplit("}", 1)[-1] for child in anchor}
        if "wrapNone" not in wraps:
            continue  # text wraps around the shape: it moves, it is not covered
        boxed = any(True for _ in anchor.iter(f"{W}txbxContent"))
        filled = any(True for _ in anchor.iter(f"{{{_A_NS}}}solidFill")) or any(
            True for _ in anchor.iter(f"{{{_A_NS}}}blip")
        )
        if filled and not boxed:
            return "a filled shape or picture is drawn in front of the text here"
    for shape in para.iter(f"{{{_VML_NS}}}rect", f"{{{_VML_NS}}}shape"):
        style = (shape.get("style") or "").replace(" ", "").lower()
        boxed = any(True for _ in shape.iter(f"{W}txbxContent"))
        filled = (shape.get("filled") or "t").lower() not in ("f", "false")
        if "position:absolute" in style and filled and not boxed and shape.get("fillcolor"):
            return "a filled shape is drawn in front of the text here"
    return ""


class FieldState:
    """Tracks complex fields across the runs of a paragraph: is a run an IF field's result?"""

    def __init__(self) -> None:
        self._stack: list[list[str | bool]] = []  # [instruction, past separate]

    def feed(self, run: etree._Element) -> None:
        """Update the state with one run's field characters and instructions."""
        for node in run:
            if node.tag == f"{W}fldChar":
                kind = node.get(f"{W}fldCharType")
                if kind == "begin":
                    self._stack.append(["", False])
                elif kind == "separate" and self._stack:
                    self._stack[-1][1] = True
                elif kind == "end" and self._stack:
                    self._stack.pop()
            elif node.tag == f"{W}instrText" and self._stack:
                self._stack[-1][0] = str(self._stack[-1][0]) + (node.text or "")

    def conditional(self) -> bool:
        """Whether text now is the result of an IF field."""
        return any(
            bool(past) and str(instr).strip().upper().startswith("IF")
            for instr, past in self._stack
        )


def simple_if(run: etree._Element, stop: etree._Element) -> bool:
    """Whether ``run`` sits inside a ``w:fldSimple`` IF field of its paragraph."""
    for ancestor in run.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag == f"{W}fldSimple":
            return (ancestor.get(f"{W}instr") or "").strip().upper().startswith("IF")
    return False


IF_FIELD = "it is the result of an IF field, shown or dropped by the field's condition"


def seen_runs(
    styles: StyleSheet,
    p: etree._Element,
    runs: list[etree._Element],
    section: str,
    text_of: Callable[[etree._Element], str],
) -> tuple[list[bool], str]:
    """Which of a paragraph's runs a reader sees, and why the others are not seen.

    ``section``: why the paragraph's section hides its text (columns), or ``""``."""
    whole = paragraph_unseen(styles, p) or section
    if whole:
        return [False] * len(runs), whole
    fields = FieldState()
    seen: list[bool] = []
    reasons: list[str] = []
    wanted = {id(r) for r in runs}
    for run in p.iter(f"{W}r"):
        fields.feed(run)
        if id(run) not in wanted:
            continue
        why = run_unseen(styles, run)
        if not why and (fields.conditional() or simple_if(run, p)):
            why = IF_FIELD
        seen.append(not why)
        if why and why not in reasons and text_of(run).strip():
            reasons.append(why)
    covered = covering_shape(p)
    if covered:
        reasons.append(covered)
    return seen, "; ".join(reasons)


def lead(
    styles: StyleSheet,
    runs: list[etree._Element],
    texts: list[str],
    style_id: str,
    emphasised: Callable[[etree._Element | None], bool],
) -> str:
    """The leading emphasised phrase of a paragraph (a run-in heading), or ``""``."""
    by_style = styles.emphasises(style_id)
    out: list[str] = []
    for run, text in zip(runs, texts, strict=True):
        if text.strip() and not (by_style or emphasised(run.find(f"{W}rPr"))):
            break
        out.append(text)
    return "".join(out).strip()

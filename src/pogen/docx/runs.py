"""What a reader sees of a run: the run properties that reach it, judged for sight.

Called by ``pogen.docx.visible`` for each run of the mandatory parts, after
``pogen.docx.legibility.unreadable`` (hidden, white, tiny, camouflaged): the run properties
from every level must be on the allow-list (``RUN_OK``), with no strike-through, emboss,
outline, right-to-left or complex-script switch on, no super- or subscript, fitted or
combined characters, sizes, scales, letter spacing and raise within bounds, no font that
draws symbols or blanks (theme fonts resolved), and a colour with at least 3:1 contrast
against everything that may lie behind it (page, table, cell, paragraph and run shading,
highlight).
"""

from __future__ import annotations

from lxml import etree

from pogen.docx.colour import HIGHLIGHTS, MIN_CONTRAST, Theme, contrast
from pogen.docx.colour import shading_colours as _shade
from pogen.docx.legibility import SYMBOL_FONTS, unreadable
from pogen.docx.ns import W
from pogen.docx.props import (
    RUN_OFF_TOGGLES,
    RUN_OK,
    Box,
    Levels,
    attributes,
    number,
    unknown,
    winners,
)
from pogen.docx.styles import Prop, RunProps, StyleSheet

MAX_HALF_POINTS = 144  # 72 pt
MAX_SCALE = 200
CHAR_SPACING = (-40, 200)  # twentieths of a point: -2 pt to 10 pt between letters
MAX_RAISE = 12  # half-points a run may be raised or lowered (6 pt)


def judge_run(
    styles: StyleSheet, theme: Theme, run: etree._Element, para_shd: Prop | None, box: Box
) -> str:
    """Why a run's text would not be seen, or "".  ``para_shd``: the paragraph's
    shading, if any; ``box``: the colours behind the paragraph."""
    why = unreadable(styles, run)
    if why:
        return why
    props = styles.run_props(run)
    levels = props.levels
    odd = unknown(winners(levels), RUN_OK)
    if odd:
        return odd
    for name in RUN_OFF_TOGGLES:
        hit = props.toggle_on(name)
        if hit is not None:
            return f"drawn with w:{name} (set by {hit.origin}), which pogen's text never is"
    return _values(props) or _fonts(theme, levels) or _colour(theme, props, para_shd, box)


def _values(props: RunProps) -> str:
    checks: list[tuple[str, str]] = []
    for name in ("vertAlign", "effect", "em"):
        hit = props.resolve(name)
        value = (hit.element.get(f"{W}val") or "") if hit is not None else ""
        if hit is not None and value not in ("baseline", "none", ""):
            checks.append((f"set {value} (w:{name})", hit.origin))
    for name in ("fitText", "eastAsianLayout"):
        hit = props.resolve(name)
        if hit is not None:
            checks.append((f"squeezed or combined (w:{name})", hit.origin))
    for name, low, high, unit in (
        ("sz", 0, MAX_HALF_POINTS, "half-points"),
        ("w", 0, MAX_SCALE, "% width"),
        ("spacing", CHAR_SPACING[0], CHAR_SPACING[1], "twentieths of a point between letters"),
        ("position", -MAX_RAISE, MAX_RAISE, "half-points raised or lowered"),
    ):
        hit = props.resolve(name)
        amount = number((hit.element.get(f"{W}val") or "").rstrip("%")) if hit else None
        if hit is not None and amount is not None and not low <= amount <= high:
            checks.append((f"{amount:g} {unit} (w:{name})", hit.origin))
    if checks:
        what, origin = checks[0]
        return f"{what}, set by {origin}"
    return ""


def _fonts(theme: Theme, levels: Levels) -> str:
    for name, (value, origin) in attributes(levels, "rFonts").items():
        if name == "hint":
            continue
        face = theme.font(value) if name.endswith(("Theme", "theme")) else value
        if face.lower() in BLANK_FONTS:
            return f"set in {face}, whose letters are symbols or blanks (w:rFonts, set by {origin})"
    return ""


def _hex(colour: tuple[int, int, int]) -> str:
    return f"#{colour[0]:02X}{colour[1]:02X}{colour[2]:02X}"


def _colour(theme: Theme, props: RunProps, para_shd: Prop | None, box: Box) -> str:
    color = props.resolve("color")
    texts = theme.colours(color.element, "val") if color else [None]
    backgrounds = box.backgrounds
    for layer in (para_shd, props.resolve("shd")):
        if layer is not None:
            backgrounds = tuple(c for b in backgrounds for c in _shade(theme, layer.element, b))
    highlight = props.resolve("highlight")
    marker = (highlight.element.get(f"{W}val") or "none") if highlight is not None else "none"
    if marker in HIGHLIGHTS:
        backgrounds = (HIGHLIGHTS[marker],)
    for text in texts:
        if text is None or color is None:
            continue  # automatic: readers pick black or white against the background
        for back in backgrounds:
            ratio = contrast(text, back)
            if ratio < MIN_CONTRAST:
                return (
                    f"coloured {_hex(text)} on {_hex(back)}, a contrast of {ratio:.1f} to 1 "
                    f"(w:color, set by {color.origin}; at least {MIN_CONTRAST:g} to 1 is readable)"
                )
    return ""


BLANK_FONTS = SYMBOL_FONTS | frozenset(
    {
        "ms outlook", "bookshelf symbol 7", "ms reference specialty", "mt extra",
        "zapf dingbats", "zapfdingbats", "itc zapf dingbats", "dingbats", "opensymbol",
        "adobe blank", "redacted", "redacted script", "blokk", "blokk neue", "flow block",
        "flow circular", "flow rounded",
    }
)  # fmt: skip

"""Whether a run's text can be read on the page, once its formatting is resolved.

A run is unreadable when the level that wins (``pogen.docx.styles``) hides it, whitens
it, shrinks it below 10 pt, squeezes it below half width, sets it in a symbol font or
colours it like the shading or highlight behind it.  Each answer names the property
and the level that set it, for messages.
"""

from __future__ import annotations

from lxml import etree

from pogen.docx.colour import HIGHLIGHTS, hex_rgb
from pogen.docx.ns import W
from pogen.docx.props import number
from pogen.docx.styles import RunProps, StyleSheet, resolve

MIN_HALF_POINTS = 20  # 10 pt: anything smaller is not text a judge is meant to read
MIN_SCALE_PERCENT = 50
_NEAR_WHITE = 0xD8  # every channel at least this light reads as white on paper
_LIGHT_THEME = {"background1", "light1"}
SYMBOL_FONTS = frozenset(
    {"symbol", "wingdings", "wingdings 2", "wingdings 3", "webdings", "marlett"}
)  # faces whose letters print as pictures


def _hex_near_white(value: str) -> bool:
    rgb = hex_rgb(value)
    return rgb is not None and min(rgb) >= _NEAR_WHITE


def unreadable(
    styles: StyleSheet, run: etree._Element, *, min_half_points: float = MIN_HALF_POINTS
) -> str:
    """Why a run's text would not be seen on the page, or ``""``."""
    props = styles.run_props(run)  # resolve/toggle_on over styles.run_levels(run)
    for name in ("vanish", "specVanish"):
        hit = props.toggle_on(name)
        if hit is not None:
            return f"hidden text (w:{name}, set by {hit.origin})"
    color = props.resolve("color")
    if color is not None:
        theme = color.element.get(f"{W}themeColor") or ""
        value = color.element.get(f"{W}val") or ""
        if theme in _LIGHT_THEME or (not theme and _hex_near_white(value)):
            return f"white or near-white text (w:color {theme or value}, set by {color.origin})"
    size = props.resolve("sz")
    if size is not None:
        half_points = number(size.element.get(f"{W}val"))
        if half_points is not None and half_points < min_half_points:
            return f"{half_points / 2:g}-pt text (w:sz, set by {size.origin})"
    scale = props.resolve("w")
    if scale is not None:
        percent = number((scale.element.get(f"{W}val") or "").rstrip("%"))
        if percent is not None and percent < MIN_SCALE_PERCENT:
            return f"text squeezed to {percent:g}% width (w:w, set by {scale.origin})"
    return _camouflaged(styles, run, props)


def _rgb(value: str) -> tuple[int, int, int] | None:
    return HIGHLIGHTS.get(value) or hex_rgb(value)


def _camouflaged(styles: StyleSheet, run: etree._Element, props: RunProps) -> str:
    """Text set in a symbol font, or coloured like the shading or highlight behind it."""
    fonts = props.resolve("rFonts")
    if fonts is not None:
        face = fonts.element.get(f"{W}ascii") or fonts.element.get(f"{W}hAnsi") or ""
        if face.lower() in SYMBOL_FONTS:
            return f"set in the symbol font {face} (w:rFonts, set by {fonts.origin})"
    color = props.resolve("color")
    text: tuple[int, int, int] | None = None
    if color is not None:
        theme = color.element.get(f"{W}themeColor")
        if theme in ("text1", "dark1"):
            text = (0, 0, 0)
        elif not theme:
            text = _rgb(color.element.get(f"{W}val") or "")
    if text is None:
        return ""  # automatic colour: Word picks one that contrasts with the background
    para = next(run.iterancestors(f"{W}p"), None)
    backgrounds = [(props.resolve("highlight"), "val"), (props.resolve("shd"), "fill")]
    if para is not None:
        backgrounds.append((resolve(styles.paragraph_levels(para), "shd"), "fill"))
    for prop, attribute in backgrounds:
        fill = _rgb(prop.element.get(f"{W}{attribute}") or "") if prop is not None else None
        if prop is not None and fill is not None and max(map(abs, _minus(text, fill))) < 0x40:
            return (
                f"text coloured like its background (w:{prop.element.tag.split('}')[1]}, "
                f"set by {prop.origin})"
            )
    return ""


def _minus(a: tuple[int, int, int], b: tuple[int, int, int]) -> tuple[int, int, int]:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])

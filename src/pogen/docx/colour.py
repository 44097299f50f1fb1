"""Colours as a reader sees them: theme colours resolved, tints and shades applied, and
the contrast of text against what lies behind it.

A run's ``w:color`` may name a theme colour (``text1``, ``accent2``) that the package's
theme part defines (a template can define "dark 1" as ivory), lightened or darkened by
``w:themeTint`` and ``w:themeShade``; Word also stores the last value it computed in
``w:val``.  Readers differ in which they use, so both are judged.  Shading (``w:shd``)
mixes its pattern colour over its fill by the pattern's percentage.  Contrast is WCAG
2's ratio of relative luminances; 3:1 is its floor for large text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from pogen.docx.ns import W

A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
MIN_CONTRAST = 3.0
"""Text below 3:1 against its background (WCAG 2's floor for large text) is unreadable."""

RGB = tuple[int, int, int]
WHITE: RGB = (255, 255, 255)
BLACK: RGB = (0, 0, 0)

HIGHLIGHTS: dict[str, RGB] = {
    "black": (0, 0, 0),
    "white": (255, 255, 255),
    "darkGray": (128, 128, 128),
    "lightGray": (192, 192, 192),
    "darkBlue": (0, 0, 128),
    "blue": (0, 0, 255),
    "darkRed": (128, 0, 0),
    "red": (255, 0, 0),
    "darkGreen": (0, 128, 0),
    "green": (0, 255, 0),
    "darkCyan": (0, 128, 128),
    "cyan": (0, 255, 255),
    "darkMagenta": (128, 0, 128),
    "magenta": (255, 0, 255),
    "darkYellow": (128, 128, 0),
    "yellow": (255, 255, 0),
}

# The Office theme, which Word uses when a package has no theme part.
_OFFICE_THEME: dict[str, RGB] = {
    "dk1": (0, 0, 0),
    "lt1": (255, 255, 255),
    "dk2": (0x44, 0x54, 0x6A),
    "lt2": (0xE7, 0xE6, 0xE6),
    "accent1": (0x44, 0x72, 0xC4),
    "accent2": (0xED, 0x7D, 0x31),
    "accent3": (0xA5, 0xA5, 0xA5),
    "accent4": (0xFF, 0xC0, 0x00),
    "accent5": (0x5B, 0x9B, 0xD5),
    "accent6": (0x70, 0xAD, 0x47),
    "hlink": (0x05, 0x63, 0xC1),
    "folHlink": (0x95, 0x4F, 0x72),
}
# w:themeColor -> the w:clrSchemeMapping attribute that remaps it, and its default.
_MAPPED = {
    "text1": ("t1", "dark1"),
    "background1": ("bg1", "light1"),
    "text2": ("t2", "dark2"),
    "background2": ("bg2", "light2"),
}
_SCHEME = {
    "dark1": "dk1",
    "light1": "lt1",
    "dark2": "dk2",
    "light2": "lt2",
    "hyperlink": "hlink",
    "followedHyperlink": "folHlink",
    **{f"accent{i}": f"accent{i}" for i in range(1, 7)},
}
_HEX = re.compile(r"[0-9A-Fa-f]{6}")


def hex_rgb(value: str | None) -> RGB | None:
    """``"FFFFF0"`` as (255, 255, 240); None for ``auto`` or anything else."""
    if value is None or not _HEX.fullmatch(value):
        return None
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def luminance(colour: RGB) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = colour
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: RGB, b: RGB) -> float:
    """WCAG 2 contrast ratio, 1 (none) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(over: RGB, under: RGB, share: float) -> RGB:
    """``over`` laid on ``under`` covering ``share`` (0 to 1) of it."""
    return (
        round(over[0] * share + under[0] * (1 - share)),
        round(over[1] * share + under[1] * (1 - share)),
        round(over[2] * share + under[2] * (1 - share)),
    )


def _byte(value: str | None) -> int | None:
    try:
        return int(value or "", 16) if value and len(value) <= 2 else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Theme:
    """A package's colour scheme (its theme part) and the settings' remapping."""

    scheme: dict[str, RGB] = field(default_factory=lambda: dict(_OFFICE_THEME))
    mapping: dict[str, str] = field(default_factory=dict)
    fonts: dict[str, str] = field(default_factory=dict)  # "majorAscii" -> typeface

    @classmethod
    def of(cls, theme: etree._Element | None, settings: etree._Element | None) -> Theme:
        scheme = dict(_OFFICE_THEME)
        if theme is not None:
            colours = theme.find(f".//{{{A_NS}}}clrScheme")
            for slot in colours if colours is not None else ():
                if not isinstance(slot.tag, str):
                    continue
                name = etree.QName(slot).localname
                value = next((c for c in slot if isinstance(c.tag, str)), None)
                if value is None:
                    continue
                rgb = hex_rgb(value.get("val") if value.tag.endswith("srgbClr") else None)
                rgb = rgb or hex_rgb(value.get("lastClr"))
                if rgb is not None:
                    scheme[name] = rgb
        mapping: dict[str, str] = {}
        found = settings.find(f"{W}clrSchemeMapping") if settings is not None else None
        if found is not None:
            for attribute, mapped in found.attrib.items():
                mapping[etree.QName(attribute).localname] = str(mapped)
        fonts: dict[str, str] = {}
        for kind in ("major", "minor"):
            group = theme.find(f".//{{{A_NS}}}{kind}Font") if theme is not None else None
            for script, names in (("latin", ("Ascii", "HAnsi")), ("ea", ("EastAsia",)),
                                  ("cs", ("Bidi",))):  # fmt: skip
                face = group.find(f"{{{A_NS}}}{script}") if group is not None else None
                for name in names:
                    fonts[f"{kind}{name}"] = (
                        (face.get("typeface") or "") if face is not None else ""
                    )
        return cls(scheme, mapping, fonts)

    def font(self, theme_font: str) -> str:
        """The typeface a ``w:asciiTheme``-style value names (``minorHAnsi``)."""
        return self.fonts.get(theme_font, "")

    def theme_colour(self, name: str) -> RGB | None:
        """The RGB of a ``w:themeColor`` value (``text1``, ``accent2``...)."""
        if name in _MAPPED:
            attribute, default = _MAPPED[name]
            name = self.mapping.get(attribute, default)
        slot = _SCHEME.get(name)
        return self.scheme.get(slot) if slot else None

    def colours(
        self, element: etree._Element, value: str = "val", theme: str = "themeColor"
    ) -> list[RGB | None]:
        """Every colour ``element`` may show as (None: automatic): its theme colour with
        tint or shade applied, and the stored RGB value, which some readers use.

        ``value`` and ``theme`` name the attributes (``fill``/``themeFill`` for a
        shading's fill); the tint and shade attributes are ``theme`` with ``Tint`` and
        ``Shade`` (``themeColor``'s are ``themeTint`` and ``themeShade``)."""
        out: list[RGB | None] = []
        stem = theme.removesuffix("Color")
        name = element.get(f"{W}{theme}")
        if name:
            base = self.theme_colour(name)
            if base is not None:
                tint = _byte(element.get(f"{W}{stem}Tint"))
                shade = _byte(element.get(f"{W}{stem}Shade"))
                if tint is not None:
                    base = mix(base, WHITE, tint / 255)
                if shade is not None:
                    base = mix(base, BLACK, shade / 255)
                out.append(base)
        stored = element.get(f"{W}{value}")
        if stored is not None or not out:
            out.append(hex_rgb(stored))
        return out


# w:shd patterns: how much of the fill the pattern colour covers.
_PATTERN_SHARE = {"clear": 0.0, "nil": 0.0, "solid": 1.0}


def shading_colours(theme: Theme, shd: etree._Element, under: RGB) -> list[RGB]:
    """What a ``w:shd`` shows over ``under``: its fill with its pattern laid on it."""
    pattern = shd.get(f"{W}val") or "clear"
    share = _PATTERN_SHARE.get(pattern)
    if share is None:
        digits = re.fullmatch(r"pct(\d+)", pattern)
        share = int(digits.group(1)) / 100 if digits else 0.5
    fills = [c or under for c in theme.colours(shd, "fill", "themeFill")]
    patterns = [c or BLACK for c in theme.colours(shd, "color")] if share else [BLACK]
    return [mix(p, f, share) for f in fills for p in patterns]

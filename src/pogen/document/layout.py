"""Pleading-paper geometry and a text-width estimate for single-spaced blocks.

Single-spaced blocks (counsel block, caption, signatures) use exact 12-pt lines, two per
numbered 24-pt line of the paper.  A block with an odd number of visual lines would leave
every following line half a line off the numbers, so blocks are padded to an even count.
Counting visual lines needs to know where the word processor wraps, so widths come from
Times New Roman's advance widths (Liberation Serif has the same metrics).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

TWIPS_PER_PT = 20
FONT_PT = 14.0
TEXT_WIDTH_PT = 468.0  # 8.5 in - 1.5 in left - 0.5 in right margin
HALF_WIDTH_PT = TEXT_WIDTH_PT / 2  # counsel block and caption columns
COLUMN_GAP_TWIPS = 144  # page 1's right column starts 0.1 in right of centre
RIGHT_COLUMN_PT = HALF_WIDTH_PT - COLUMN_GAP_TWIPS / TWIPS_PER_PT  # the narrower column
SIGNATURE_WIDTH_PT = 252.0  # signature column: text right of the 3.0 in indent, less a gap

# Advance widths per 1000 em for U+0020..U+007E (Times New Roman = Liberation Serif).
# fmt: off
_REGULAR = (
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667,
    722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
    722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500,
    500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500,
    444, 480, 200, 480, 541
)
_BOLD = (
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722,
    722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722,
    722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500,
    556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500,
    444, 394, 220, 394, 520
)
# fmt: on


def char_width(ch: str, *, bold: bool = False) -> float:
    """Advance width of one character in em/1000; unknown characters are over-estimated."""
    code = ord(ch)
    if 0x20 <= code <= 0x7E:
        return (_BOLD if bold else _REGULAR)[code - 0x20]
    if unicodedata.combining(ch) or ch in "\u200b\u200c\u200d\u00ad\u2060":
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1000
    return 780  # accented capitals and typographic punctuation: err on the wide side


def text_width(text: str, *, bold: bool = False, size: float = FONT_PT) -> float:
    """Width of ``text`` in points."""
    return sum(char_width(ch, bold=bold) for ch in text) * size / 1000


def _pieces(word: str, hyphens: bool) -> list[str]:
    """Where a word processor may break a word: after each hyphen ("Counter-" +
    "Defendant"), except in e-mail addresses and unbroken text (``w:noBreakHyphen``)."""
    if not hyphens or "@" in word or "-" not in word.strip("-"):
        return [word]
    parts = word.split("-")
    return [part + "-" for part in parts[:-1]] + [parts[-1]]


@lru_cache(maxsize=8192)  # a pure function; names, addresses and headings recur
def wrapped_lines(text: str, width_pt: float, *, bold: bool = False, hyphens: bool = True) -> int:
    """How many lines a greedy word wrap needs for ``text`` in a column ``width_pt`` wide.

    Lines break at spaces and after hyphens (as LibreOffice and Word do), unless
    ``hyphens`` is false (case numbers, whose hyphens pogen makes non-breaking)."""
    if not text:
        return 1
    lines, current = 1, 0.0
    space = text_width(" ", bold=bold)
    for word in text.split(" "):
        for index, piece in enumerate(_pieces(word, hyphens)):
            w = text_width(piece, bold=bold)
            gap = space if current and index == 0 else 0.0
            if current and current + gap + w > width_pt:
                lines += 1
                current, gap = 0.0, 0.0
            while w > width_pt:  # a piece longer than the column breaks anywhere
                lines += 1
                w -= width_pt
            current = current + gap + w
    return lines


def pad_to_even(lines: list[str], width_pt: float, *, minimum: int = 0) -> list[str]:
    """Append empty lines so the visual line count is even and at least ``minimum``."""
    count = sum(wrapped_lines(line, width_pt) for line in lines)
    padded = list(lines)
    while count < minimum or count % 2:
        padded.append("")
        count += 1
    return padded

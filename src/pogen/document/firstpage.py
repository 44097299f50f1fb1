"""Page 1 (L.R. 11-3.8): the counsel blocks from line 1, then the court title on line 8
or below, then the caption with the document title, all on the first page.

L.R. 11-3.8(a) wants every attorney and pro se party presenting the document on the
first page, and allows only party names to continue on later pages ((d)); so pogen
makes room rather than moving counsel to page 2:

1. attorneys of one firm for the same clients share one block (``document.counsel``);
2. if the blocks, the court title and the caption still exceed the page's 28 lines,
   the blocks go in two columns: the left column from line 1, the right column from
   line 8, because lines 1-7 right of centre belong to the Clerk (L.R. 11-3.8(b));
   the split is the one that leaves the shortest block;
3. if even that does not fit, rendering stops with ``page-one-full`` and says by how
   many lines the page is over, never moving the caption to page 2.

Heights are counted in 12-pt half-lines (two per numbered line) from Times metrics
(``document.layout``); each column is padded to an even count so the court title lands
on the numbered grid.
"""

from __future__ import annotations

from dataclasses import dataclass

from pogen.document.counsel import Block
from pogen.document.layout import (
    COLUMN_GAP_TWIPS,
    HALF_WIDTH_PT,
    RIGHT_COLUMN_PT,
    pad_to_even,
    wrapped_lines,
)
from pogen.docx.markup import run, unbroken_run

PAGE_HALF_LINES = 56  # 28 numbered lines of 24 pt
CLERK_HALF_LINES = 14  # lines 1-7: right of centre is the Clerk's (L.R. 11-3.8(b))
COURT_TITLE_LINE = 8  # L.R. 11-3.8(c): the court's title on or below line 8
GAP_HALF_LINES = 2  # one blank numbered line between the counsel block and the title


class PageOneFullError(ValueError):
    """Page 1 cannot hold the counsel blocks, the court title and the caption."""

    def __init__(self, over: int) -> None:
        super().__init__(over)
        self.over = over


@dataclass(frozen=True)
class FirstPage:
    """The counsel part of page 1: one column (``left`` only) or two, each padded to
    ``half_lines`` visual 12-pt lines."""

    left: tuple[str, ...]
    half_lines: int
    right: tuple[str, ...] = ()

    @property
    def columns(self) -> int:
        return 2 if self.right else 1

    @property
    def lines(self) -> list[str]:
        """The one-column lines, padded, with the blank line before the court title
        (the ``first_page_lines`` template variable)."""
        return [*self.left, "", ""]


def _joined(blocks: list[Block]) -> list[str]:
    lines: list[str] = []
    for index, block in enumerate(blocks):
        lines += ([""] if index else []) + block.page_one_lines()
    return lines


def _height(lines: list[str], width: float) -> int:
    return sum(wrapped_lines(line, width) for line in lines)


def lay_out(blocks: list[Block], caption_half_lines: int) -> FirstPage:
    """Choose one column or two so that page 1 holds everything; raise ``PageOneFullError``
    with the number of numbered lines page 1 would be over."""
    room = PAGE_HALF_LINES - GAP_HALF_LINES - caption_half_lines
    minimum = 2 * (COURT_TITLE_LINE - 1)
    single = pad_to_even(_joined(blocks), HALF_WIDTH_PT, minimum=minimum)
    height = _height(single, HALF_WIDTH_PT)
    best, over = FirstPage(tuple(single), height), height - room
    for split in range(1, len(blocks)) if over > 0 else ():
        left = _joined(blocks[:split])
        right = [""] * CLERK_HALF_LINES + _joined(blocks[split:])
        tall = max(_height(left, HALF_WIDTH_PT), _height(right, RIGHT_COLUMN_PT), minimum)
        tall += tall % 2
        if tall - room < over:
            best = FirstPage(
                tuple(pad_to_even(left, HALF_WIDTH_PT, minimum=tall)),
                tall,
                tuple(pad_to_even(right, RIGHT_COLUMN_PT, minimum=tall)),
            )
            over = tall - room
    if over > 0:
        raise PageOneFullError((over + 1) // 2)
    return best


def _para(text: str, extra: str = "") -> str:
    """A counsel-block line; e-mail addresses and bar numbers keep their hyphens whole."""
    if not text:
        body = ""
    elif "@" in text and " " not in text:
        body = unbroken_run(text)
    else:
        body = run(text, data=True)
    return f'<w:p><w:pPr><w:pStyle w:val="PogenCounsel"/>{extra}</w:pPr>{body}</w:p>'


def first_page_xml(page: FirstPage) -> str:
    """The counsel part of page 1 as WordprocessingML: paragraphs in the left half, or a
    borderless two-column table, then the blank line before the court title."""
    gap = _para("") + _para("")
    if page.columns == 1:
        return "".join(_para(line) for line in page.left) + gap
    cell = (
        '<w:tc><w:tcPr><w:tcW w:w="4680" w:type="dxa"/><w:tcMar><w:left w:w="{left}" '
        'w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tcMar></w:tcPr>{body}</w:tc>'
    )
    flat = '<w:ind w:right="0"/>'  # the style keeps text in the left half; a cell is that half
    left = "".join(_para(line, flat) for line in page.left)
    right = "".join(_para(line, flat) for line in page.right)
    height = page.half_lines * 240
    table = (
        '<w:tbl><w:tblPr><w:tblW w:w="9360" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="4680"/>'
        '<w:gridCol w:w="4680"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/>'
        f'<w:trHeight w:val="{height}" w:hRule="atLeast"/></w:trPr>'
        + cell.format(left=0, body=left)
        + cell.format(left=COLUMN_GAP_TWIPS, body=right)
        + "</w:tr></w:tbl>"
    )
    return table + gap

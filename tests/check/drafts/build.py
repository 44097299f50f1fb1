"""Build .docx drafts from block lists in several house styles."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml

import docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    f'xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)
_TYPED = re.compile(r"^(\(?[0-9A-Za-z]{1,4}(\.[0-9]{1,2})*[.)]?)\s+")


@dataclass(frozen=True)
class Block:
    """One piece of a draft; ``kind`` picks how it is written."""

    kind: str  # h, p, line, caption, ins, del, comment, textbox, break
    text: str = ""
    extra: tuple[str, ...] = field(default_factory=tuple)


def h(text: str) -> Block:
    return Block("h", text)


def p(text: str) -> Block:
    return Block("p", text)


def line(text: str) -> Block:
    return Block("line", text)


def caption(left: Sequence[str], right: Sequence[str]) -> Block:
    """Parties on the left; case number, title and notation on the right."""
    return Block("caption", "", (*left, "|", *right))


def tracked(kept: str, deleted: str = "", inserted: str = "") -> Block:
    """A paragraph with a tracked deletion and/or insertion after ``kept``."""
    return Block("tracked", kept, (deleted, inserted))


def commented(text: str, comment: str) -> Block:
    return Block("comment", text, (comment,))


def page_break() -> Block:
    return Block("break")


def coloured(text: str, color: str = "FFFFFF", size: int = 24) -> Block:
    """A paragraph in one run of this colour and size (half-points): white is unseen."""
    return Block("coloured", text, (color, str(size)))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run(text: str, tag: str = "t") -> str:
    return f'<w:r><w:{tag} xml:space="preserve">{_esc(text)}</w:{tag}></w:r>'


def _textbox_xml(lines: Sequence[str]) -> str:
    """A text box as Word writes it: a DrawingML choice and a VML fallback, same text."""
    body = "".join(f"<w:p>{_run(t)}</w:p>" for t in lines)
    pict = (
        '<w:pict><v:shape style="position:absolute;width:200pt;height:120pt">'
        f"<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict>"
    )
    return (
        f'<w:r><mc:AlternateContent><mc:Choice Requires="v">{pict}</mc:Choice>'
        f"<mc:Fallback>{pict}</mc:Fallback></mc:AlternateContent></w:r>"
    )


class _Writer:
    def __init__(self, headings: str, numbering: str, captions: str) -> None:
        self.doc = docx.Document()
        self.headings = headings
        self.numbering = numbering
        self.captions = captions
        self.body = self.doc.element.body

    def add(self, block: Block) -> None:
        getattr(self, f"_{block.kind}")(block)

    def _p(self, block: Block) -> None:
        self.doc.add_paragraph(block.text)

    def _line(self, block: Block) -> None:
        self.doc.add_paragraph(block.text)

    def _coloured(self, block: Block) -> None:
        run = self.doc.add_paragraph().add_run(block.text)
        color, size = block.extra
        run._r.get_or_add_rPr().append(parse_xml(f'<w:color {NSDECL} w:val="{color}"/>'))
        run._r.get_or_add_rPr().append(parse_xml(f'<w:sz {NSDECL} w:val="{size}"/>'))

    def _break(self, _block: Block) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _h(self, block: Block) -> None:
        text = block.text
        auto = self.numbering == "auto" and _TYPED.match(text)
        if auto:
            text = text[auto.end() :]
        mode = self.headings
        if mode == "style":
            para = self.doc.add_heading(text, level=1)
        elif mode == "table":
            cell = self.doc.add_table(rows=1, cols=1).cell(0, 0)
            para = cell.paragraphs[0]
            para.add_run(text).bold = True
        else:
            para = self.doc.add_paragraph()
            run = para.add_run(text.upper() if mode == "caps" else text)
            run.bold = mode == "bold"
            run.underline = mode == "underline"
        if auto:
            ppr = para._p.get_or_add_pPr()
            ppr.append(
                parse_xml(f'<w:numPr {NSDECL}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
            )

    def _caption(self, block: Block) -> None:
        split = block.extra.index("|")
        left, right = block.extra[:split], block.extra[split + 1 :]
        if self.captions == "table":
            table = self.doc.add_table(rows=1, cols=2)
            for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
                cell.paragraphs[0].text = lines[0]
                for text in lines[1:]:
                    cell.add_paragraph(text)
        elif self.captions == "textbox":
            para = self.doc.add_paragraph()
            for lines in (left, right):
                para._p.append(parse_xml(_wrap(_textbox_xml(lines))))
        else:
            for text in (*left, *right):
                self.doc.add_paragraph(text)

    def _tracked(self, block: Block) -> None:
        deleted, inserted = block.extra
        para = self.doc.add_paragraph(block.text)
        attrs = 'w:id="{}" w:author="Opposing Counsel" w:date="2026-11-01T00:00:00Z"'
        if deleted:
            para._p.append(
                parse_xml(f"<w:del {NSDECL} {attrs.format(90)}>{_run(deleted, 'delText')}</w:del>")
            )
        if inserted:
            para._p.append(
                parse_xml(f"<w:ins {NSDECL} {attrs.format(91)}>{_run(inserted)}</w:ins>")
            )

    def _comment(self, block: Block) -> None:
        para = self.doc.add_paragraph()
        run = para.add_run(block.text)
        self.doc.add_comment(run, text=block.extra[0], author="Reviewer", initials="RV")

    def _textbox(self, block: Block) -> None:
        para = self.doc.add_paragraph()
        para._p.append(parse_xml(_wrap(_textbox_xml(block.extra))))

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def _wrap(run_xml: str) -> str:
    return run_xml.replace("<w:r>", f"<w:r {NSDECL}>", 1)


def build(
    blocks: Sequence[Block],
    *,
    headings: str = "style",
    numbering: str = "typed",
    captions: str = "table",
) -> bytes:
    """A .docx of ``blocks`` in the given house style."""
    writer = _Writer(headings, numbering, captions)
    for block in blocks:
        writer.add(block)
    return writer.bytes()


def paragraph_texts(data: bytes) -> list[str]:
    """python-docx's own view, to make sure a built draft opens."""
    return [para.text for para in docx.Document(io.BytesIO(data)).paragraphs]


__all__ = [
    "Block",
    "build",
    "caption",
    "coloured",
    "commented",
    "h",
    "line",
    "p",
    "page_break",
    "paragraph_texts",
    "textbox",
    "tracked",
]


def textbox(*lines: str) -> Block:
    return Block("textbox", "", tuple(lines))

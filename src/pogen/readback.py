"""Read a .docx back as a reader sees it: one line per paragraph, in document order.

Used to verify what pogen wrote, to compare rendered orders with golden files, and to
audit drafts.  Text boxes, tables, content controls, headers and footers are included;
tracked changes are read as accepted (insertions kept, deletions dropped), because that
is the text the court would sign if the draft were filed as is.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

import docx
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_T, _TAB, _BR = f"{W}t", f"{W}tab", f"{W}br"


@dataclass(frozen=True)
class Para:
    """One paragraph: where it sits, its style id and its visible text."""

    where: str  # "body", "table", "textbox", "header", "footer"
    style: str
    text: str
    page_break_before: bool = False
    locked: str = ""  # title of the enclosing locked content control, if any


def paragraph_text(p: etree._Element) -> str:
    """Visible text of a ``w:p``; nested text boxes are read separately."""
    out: list[str] = []
    # Only these three tags add text; iterating just them (lxml filters in C) reads the
    # same nodes in the same order as a walk over every node.
    for node in p.iter(_T, _TAB, _BR):
        if _inside_textbox(node, p):
            continue
        if node.tag == _T:
            out.append(node.text or "")
        elif node.tag == _TAB and _parent_tag(node) == f"{W}r":
            out.append("\t")
        elif node.tag == _BR:
            out.append("\n")
    return "".join(out)


def _parent_tag(node: etree._Element) -> str:
    parent = node.getparent()
    return "" if parent is None else str(parent.tag)


MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _in_fallback(node: etree._Element) -> bool:
    return any(ancestor.tag == MC_FALLBACK for ancestor in node.iterancestors())


def _inside_textbox(node: etree._Element, stop: etree._Element) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == f"{W}txbxContent":
            return True
        parent = parent.getparent()
    return False


def _style(p: etree._Element) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return (style.get(f"{W}val") if style is not None else None) or "Normal"


def _walk(element: etree._Element, where: str, locked: str = "") -> Iterator[Para]:
    for child in element:
        tag = child.tag
        if tag == f"{W}p":
            brk = child.find(f"{W}pPr/{W}pageBreakBefore") is not None
            yield Para(where, _style(child), paragraph_text(child), brk, locked)
            for box in child.iter(f"{W}txbxContent"):
                if _in_fallback(box):
                    continue  # Word stores each text box twice; read the DrawingML copy
                yield from _walk(box, "textbox", locked)
        elif tag == f"{W}tbl":
            for cell in child.iter(f"{W}tc"):
                yield from _walk(cell, "table", locked)
        elif tag == f"{W}sdt":
            title = child.find(f"{W}sdtPr/{W}alias")
            lock = child.find(f"{W}sdtPr/{W}lock")
            name = locked
            if lock is not None and title is not None:
                name = title.get(f"{W}val") or "locked"
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _walk(content, where, name)
        elif tag in (f"{W}ins", f"{W}customXml", f"{W}smartTag"):
            yield from _walk(child, where, locked)


def read_paragraphs(data: bytes) -> list[Para]:
    """Every paragraph of a .docx: headers, body (with tables and text boxes), footers."""
    document = docx.Document(io.BytesIO(data))
    paras: list[Para] = []
    seen: set[int] = set()
    for section in document.sections:
        for header in (section.header, section.first_page_header, section.even_page_header):
            if not header.is_linked_to_previous and id(header.part) not in seen:
                seen.add(id(header.part))
                paras += _walk(header._element, "header")
    paras += _walk(document.element.body, "body")
    seen.clear()
    for section in document.sections:
        for footer in (section.footer, section.first_page_footer, section.even_page_footer):
            if not footer.is_linked_to_previous and id(footer.part) not in seen:
                seen.add(id(footer.part))
                paras += _walk(footer._element, "footer")
    return paras


def text_rendition(data: bytes) -> str:
    """The golden-file form: ``where/style | text``, one line per paragraph."""
    lines = []
    for para in read_paragraphs(data):
        if para.page_break_before:
            lines.append("----- page break -----")
        prefix = f"{para.where}/{para.style}"
        if para.locked:
            prefix += f" [{para.locked}]"
        text = para.text.replace("\n", "⏎")
        lines.append(f"{prefix} | {text}".rstrip())
    return "\n".join(lines) + "\n"


def plain_text(data: bytes) -> str:
    """All paragraph text joined by newlines, for searching."""
    return "\n".join(p.text for p in read_paragraphs(data))

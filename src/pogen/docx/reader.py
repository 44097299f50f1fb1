"""Read a .docx as a reader sees it: one ``Para`` per paragraph, in reading order.

The one reader of WordprocessingML text in pogen.  The golden renditions of pogen's
own orders (``text_rendition``), the audit of any firm's draft (``pogen check``) and the
mandatory-part verification (``paragraph_text``) all read text through it, so a rule
about what a run says is decided here once:

- ``w:t`` is its text; ``w:tab`` and ``w:ptab`` a tab; ``w:br`` and ``w:cr`` a line
  break (Word draws both as one); ``w:noBreakHyphen`` a plain ``-`` (a reader sees a
  hyphen, and a citation such as "L.R. 37-1" must read the same whichever hyphen Word
  stored); ``w:softHyphen`` nothing (it shows only where a line breaks); ``w:sym`` a
  space (a symbol-font glyph is no letter).  Field instructions (``w:instrText``) and
  deleted text (``w:delText``) are not text.
- Tracked changes read as *accepted*: insertions and moves-to are kept, deletions and
  moves-from dropped, and a paragraph whose mark was deleted runs on into the next
  (``Para.runs_on``).  That is the text the court would sign if the draft were filed.
- Hidden runs (``w:vanish`` set on the run) are not what a reader sees; only the
  verification of pogen's own blocks, which compares XML content, reads them too.
- Comments are never read (their text lives in ``comments.xml``).  A text box is read
  once, where it is anchored (Word keeps a second copy in ``mc:Fallback``); tables row by
  row, cell by cell; content controls through their content.
- Headers and footers are those the sections reference, as Word shows them.

``read_package(data, view=True)`` is the visible-text view of ``pogen check``
(:mod:`pogen.docx.unseen`): text a reader of the printed page would not see (white,
tiny, hidden through a style, squeezed to no line height, indented off the page, in a
45-column section) is left out of ``Para.text`` and kept in ``Para.unseen`` with the
reason; automatic numbers are given as ``Para.auto_number``, the page where Word last broke
it (``w:lastRenderedPageBreak``) as ``Para.page``, and a leading emphasised phrase (a
run-in heading) as ``Para.lead``.  ``limits`` bounds what is decompressed, checked while
inflating.  The default view is the one the golden renditions use.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from pogen.docx import unseen as hiding
from pogen.docx.inflate import (
    DocxReadError,
    DocxTooLargeError,
    Inflater,
    NotADocxError,
    ReadLimits,
    deepest_chain,
)
from pogen.docx.ns import NAMESPACES, W, qn
from pogen.docx.numbering import Numbering
from pogen.docx.parse import new_parser
from pogen.docx.styles import StyleSheet, paragraph_properties

__all__ = ["DocxReadError", "DocxTooLargeError", "NotADocxError", "Package", "Para", "ReadLimits"]

HEADING_MAX_WORDS = 14
"""A short paragraph that is all bold, underlined or capitals counts as a heading."""

_PARSER = new_parser()
_SKIP = {qn("w:del"), qn("w:moveFrom"), qn("mc:Fallback"), qn("w:txbxContent"), qn("w:instrText")}
_CONTAINERS = {qn("w:ins"), qn("w:moveTo"), qn("w:customXml"), qn("w:smartTag")}
_TEXT = {
    qn("w:tab"): "\t",
    qn("w:ptab"): "\t",
    qn("w:br"): "\n",
    qn("w:cr"): "\n",
    qn("w:noBreakHyphen"): "-",
    qn("w:softHyphen"): "",
    qn("w:sym"): " ",
}
_T, _R, _P = qn("w:t"), qn("w:r"), qn("w:p")
_TXBX, _FALLBACK = qn("w:txbxContent"), qn("mc:Fallback")
_OFF = ("0", "false", "none", "off")


@dataclass(frozen=True)
class Para:
    """One paragraph: where it sits, its style, its text as a reader sees it."""

    part: str  # "header", "body", "footer" (a PDF reader uses "pdf")
    place: str  # "" directly in the part, "table" in a cell, "textbox" in a text box
    style: str  # paragraph style id, "Normal" when none is set
    text: str
    heading: bool = False  # heading style or outline level, or short and all emphasised
    page_break_before: bool = False
    locked: str = ""  # title of the enclosing locked content control, if any
    runs_on: bool = False  # its paragraph mark is a tracked deletion
    number: int = 0  # 1-based reading position among non-empty paragraphs, when counted
    # The visible-text view (``read_package(view=True)``) and PDF reading fill these:
    unseen: str = ""  # text a reader of the page would not see, left out of ``text``
    unseen_why: str = ""  # why, in words
    auto_number: str = ""  # its automatic number as Word shows it ("6.", "B.", "6.2")
    lead: str = ""  # a leading emphasised phrase: a run-in heading
    page: int = 0  # page number, when known (0: unknown)
    line: int = 0  # pleading-paper line number on that page, when known

    @property
    def where(self) -> str:
        """The region a reader places it in: body, table, textbox, header, footer (a text
        box in a header, such as pleading paper's line numbers, belongs to the header)."""
        if self.place == "textbox" and self.part in ("header", "footer"):
            return self.part
        return self.place or self.part

    @property
    def label(self) -> str:
        """The container the golden rendition names: table or textbox, else the part."""
        return self.place or self.part


def _on(element: etree._Element | None) -> bool:
    if element is None:
        return False
    return (element.get(qn("w:val")) or "true").lower() not in _OFF


def _emphasised(rpr: etree._Element | None) -> bool:
    if rpr is None:
        return False
    return _on(rpr.find(qn("w:b"))) or _on(rpr.find(qn("w:u"))) or _on(rpr.find(qn("w:caps")))


def run_text(run: etree._Element) -> str:
    """What one ``w:r`` says (see the module docstring for each element)."""
    parts: list[str] = []
    for node in run:
        if node.tag == _T:
            parts.append(node.text or "")
        else:
            parts.append(_TEXT.get(node.tag, ""))
    return "".join(parts)


def visible_runs(p: etree._Element) -> list[etree._Element]:
    """The runs a reader sees, in order: no deleted, fallback, boxed or hidden runs."""
    out: list[etree._Element] = []

    def visit(node: etree._Element) -> None:
        for child in node:
            if child.tag in _SKIP:
                continue
            if child.tag == _R:
                rpr = child.find(qn("w:rPr"))
                if rpr is None or not _on(rpr.find(qn("w:vanish"))):
                    out.append(child)
            else:
                visit(child)

    visit(p)
    return out


def _inside_textbox(node: etree._Element, stop: etree._Element) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == _TXBX:
            return True
        parent = parent.getparent()
    return False


def paragraph_text(p: etree._Element, *, hidden: bool = False) -> str:
    """The text of a ``w:p`` as a reader sees it; nested text boxes are read separately.

    ``hidden``: every run in the XML counts, hidden, deleted and fallback runs included
    (for comparing pogen's own blocks, where any text at all is content).
    """
    if not hidden:
        return "".join(run_text(r) for r in visible_runs(p))
    return "".join(run_text(r) for r in p.iter(_R) if not _inside_textbox(r, p))


def textboxes(p: etree._Element) -> Iterator[etree._Element]:
    """The text boxes anchored in a paragraph, each once (not Word's fallback copy, not a
    box inside another box or inside a deletion)."""
    for box in p.iter(_TXBX):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not p:
            if ancestor.tag in (_FALLBACK, _TXBX, qn("w:del")):
                break
            ancestor = ancestor.getparent()
        else:
            yield box


class _Reader:
    """One package's paragraphs, read with its styles."""

    def __init__(
        self,
        styles: StyleSheet,
        *,
        view: bool = False,
        numbering: Numbering | None = None,
        pages: bool = False,
        columns: list[str] | None = None,
    ) -> None:
        self.styles = styles
        self.view = view
        self.numbering = numbering or Numbering()
        self.pages = pages  # the document records Word's page breaks
        self.page = 1
        self.columns = columns or []  # per body section: why its columns hide text
        self.section = 0
        self.max_paragraphs = 0  # 0: no limit
        self.walked = 0

    def paragraph(self, p: etree._Element, part: str, place: str, locked: str) -> Para:
        self.walked += 1
        if self.max_paragraphs and self.walked > self.max_paragraphs:
            raise DocxTooLargeError(f"it has more than {self.max_paragraphs:,} paragraphs")
        ppr = paragraph_properties(p)
        style_el = ppr.find(qn("w:pStyle")) if ppr is not None else None
        style_id = (style_el.get(qn("w:val")) or "") if style_el is not None else ""
        runs = visible_runs(p)
        unseen, why = "", ""
        if self.view:
            whole = self.columns[self.section] if self.section < len(self.columns) else ""
            seen, why = hiding.seen_runs(self.styles, p, runs, whole, run_text)
            unseen = "".join(run_text(r) for r, ok in zip(runs, seen, strict=True) if not ok)
            runs = [r for r, ok in zip(runs, seen, strict=True) if ok]
        texts = [run_text(r) for r in runs]
        text = "".join(texts)
        heading = self.styles.is_heading_style(style_id)
        outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if outline is not None:
            heading = heading or (outline.get(qn("w:val")) or "9") != "9"
        words = len(text.split())
        if not heading and 0 < words <= HEADING_MAX_WORDS:
            shown = [r for r, t in zip(runs, texts, strict=True) if t.strip()]
            by_style = self.styles.emphasises(style_id)
            emphasised = all(by_style or _emphasised(r.find(qn("w:rPr"))) for r in shown)
            letters = [c for c in text if c.isalpha()]
            capitals = len(letters) >= 4 and all(c.isupper() for c in letters)
            heading = bool(shown) and (emphasised or capitals)
        mark = ppr.find(f"{W}rPr/{W}del") if ppr is not None else None
        extra: dict[str, str | int] = {}
        if self.view:
            if self.pages and part == "body":
                self.page += sum(1 for _ in p.iter(qn("w:lastRenderedPageBreak")))
            lead = hiding.lead(self.styles, runs, texts, style_id, _emphasised)
            extra = {
                "unseen": unseen,
                "unseen_why": why,
                "auto_number": self.numbering.label_of(self.styles.paragraph_levels(p)),
                "lead": lead if len(lead) < len(text.strip()) else "",
                "page": self.page if self.pages and part == "body" else 0,
            }
            if part == "body" and ppr is not None and ppr.find(qn("w:sectPr")) is not None:
                self.section += 1
        return Para(
            part=part,
            place=place,
            style=style_id or "Normal",
            text=text,
            heading=heading,
            page_break_before=ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None,
            locked=locked,
            runs_on=mark is not None,
            **extra,  # type: ignore[arg-type]
        )

    def walk(
        self, element: etree._Element, part: str, place: str = "", locked: str = ""
    ) -> Iterator[Para]:
        for child in element:
            tag = child.tag
            if tag == _P:
                yield self.paragraph(child, part, place, locked)
                for box in textboxes(child):
                    yield from self.walk(box, part, "textbox", locked)
            elif tag == qn("w:tbl"):
                for row in child.iter(qn("w:tr")):
                    if next(row.iterancestors(qn("w:tbl")), None) is not child:
                        continue  # a nested table's row: read inside its own cell
                    for cell in row.iterchildren(qn("w:tc")):
                        yield from self.walk(cell, part, "table", locked)
            elif tag == qn("w:sdt"):
                title = child.find(f"{W}sdtPr/{W}alias")
                lock = child.find(f"{W}sdtPr/{W}lock")
                name = locked
                if lock is not None and title is not None:
                    name = title.get(qn("w:val")) or "locked"
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from self.walk(content, part, place, name)
            elif tag in _CONTAINERS:
                yield from self.walk(child, part, place, locked)


@dataclass(frozen=True)
class Package:
    """A .docx read: the header, body and footer paragraphs, each in reading order."""

    headers: list[Para]
    body: list[Para]
    footers: list[Para]

    @property
    def paragraphs(self) -> list[Para]:
        """Headers, then the body, then footers: the order of the golden renditions."""
        return self.headers + self.body + self.footers


_REL = qn("rel:Relationship")
_KINDS = ("default", "first", "even")  # Word's order: the header, first-page, even-page
_SECTIONS = "./w:body/w:p/w:pPr/w:sectPr | ./w:body/w:sectPr"  # in document order


def _referenced(document: etree._Element, rels: etree._Element | None, kind: str) -> list[str]:
    """Part names of the headers (or footers) the sections show, in section order."""
    targets: dict[str, str] = {}
    if rels is not None:
        for rel in rels.iter(_REL):
            target = (rel.get("Target") or "").lstrip("/")
            targets[rel.get("Id") or ""] = (
                target if target.startswith("word/") else f"word/{target}"
            )
    names: list[str] = []
    sections: list[etree._Element] = document.xpath(_SECTIONS, namespaces=NAMESPACES)  # type: ignore[assignment]
    for sect in sections:
        refs = {
            ref.get(qn("w:type")) or "default": ref
            for ref in sect.iterchildren(qn(f"w:{kind}Reference"))
        }
        for which in _KINDS:
            ref = refs.get(which)
            name = targets.get(ref.get(qn("r:id")) or "", "") if ref is not None else ""
            if name and name not in names:
                names.append(name)
    return names


def read_package(data: bytes, *, view: bool = False, limits: ReadLimits | None = None) -> Package:
    """Every paragraph of a .docx; ``DocxReadError`` when it is not a readable one.

    ``view``: the visible-text view (module docstring); ``limits``: refuse a package that
    decompresses past them (``DocxTooLargeError``), checked while inflating.
    """
    try:
        archive = Inflater(zipfile.ZipFile(io.BytesIO(data)), limits)
        document = archive.parse("word/document.xml")
        if document is None:
            raise NotADocxError("no word/document.xml")
        body = document.find(qn("w:body"))
        if body is None:
            raise NotADocxError("word/document.xml has no body")
        styles_root = archive.parse("word/styles.xml")
        styles = StyleSheet.of(styles_root)
        if limits is not None:
            deepest, depth = deepest_chain(styles_root)
            if depth > limits.style_depth:
                raise DocxTooLargeError(
                    f"style {deepest!r} is based on a chain of {depth} styles "
                    f"(more than {limits.style_depth})"
                )
        reader = _Reader(styles)
        if view:
            sections: list[etree._Element] = document.xpath(_SECTIONS, namespaces=NAMESPACES)  # type: ignore[assignment]
            reader = _Reader(
                styles,
                view=True,
                numbering=Numbering.of(archive.parse("word/numbering.xml")),
                pages=any(True for _ in body.iter(qn("w:lastRenderedPageBreak"))),
                columns=[hiding.columns_unseen(s) for s in sections],
            )
        if limits is not None:
            reader.max_paragraphs = limits.paragraphs
        rels = archive.parse("word/_rels/document.xml.rels")

        def part(kind: str) -> list[Para]:
            out: list[Para] = []
            for name in _referenced(document, rels, kind):
                root = archive.parse(name)
                if root is not None:
                    out += reader.walk(root, kind)
            return out

        return Package(part("header"), list(reader.walk(body, "body")), part("footer"))
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        etree.LxmlError,
        OSError,
        EOFError,
    ) as exc:
        raise DocxReadError(str(exc)) from None


def read_paragraphs(data: bytes) -> list[Para]:
    """Every paragraph of a .docx: headers, body (with tables and text boxes), footers."""
    return read_package(data).paragraphs


def text_rendition(data: bytes) -> str:
    """The golden-file form: ``where/style | text``, one line per paragraph."""
    lines = []
    for para in read_paragraphs(data):
        if para.page_break_before:
            lines.append("----- page break -----")
        prefix = f"{para.label}/{para.style}"
        if para.locked:
            prefix += f" [{para.locked}]"
        text = para.text.replace("\n", "⏎")
        lines.append(f"{prefix} | {text}".rstrip())
    return "\n".join(lines) + "\n"


def plain_text(data: bytes) -> str:
    """All paragraph text joined by newlines, for searching."""
    return "\n".join(p.text for p in read_paragraphs(data))

"""Read a draft order (.docx or PDF) as a reader sees it, for ``pogen check``.

This is a sibling of :mod:`pogen.readback`, not a reuse of it: readback reproduces pogen's
own output for the golden files, so changing what it reads would change every golden,
while a draft from another firm needs more than readback gives (run formatting to find
headings, one reading of a text box that Word stores twice, hidden text, deleted
paragraph marks).  Decisions, all deliberate:

- Tracked changes are read as *accepted*: insertions and moves-to are kept, deletions and
  moves-from are dropped, and a paragraph whose mark was deleted runs on into the next.
  That is the text the court would sign if the draft were filed as it stands.
- Comments are ignored: their text lives in ``comments.xml``, which is never read.
- Hidden text (``w:vanish``) and field instructions are not read: a reader does not see
  them.  A text box's ``mc:Fallback`` copy is skipped so its text is read once.
- Text boxes are read where they are anchored; tables cell by cell, row by row; content
  controls through their content.  Header and footer paragraphs follow the body.
- Automatic numbering (``w:numPr``) is not in the text, so it never confuses a pattern;
  typed numbers ("1.", "B.", "IV.", "(a)", "12.3") are stripped by :func:`strip_number`.
- A paragraph is a heading when its style (or the style it inherits from) is a heading
  or title style or has an outline level, or when all of its visible text is bold,
  underlined or in capitals and it is short.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from pogen.errors import UserError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP = {f"{W}del", f"{W}moveFrom", f"{MC}Fallback", f"{W}txbxContent", f"{W}instrText"}
_CONTAINERS = {f"{W}ins", f"{W}moveTo", f"{W}customXml", f"{W}smartTag", f"{W}sdtContent"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_NUMBER = re.compile(
    r"^\s*(?:(?:section|article|§)\s+)?"
    r"(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*\.?\)?|\(?[A-Za-z]\)|[A-Z]\.|[IVXLC]{1,6}\.?|\([ivx]{1,5}\))"
    r"(?=[\s\t])\s*",
    re.IGNORECASE,
)
HEADING_MAX_WORDS = 14


class DraftError(UserError):
    """The draft cannot be read: missing, not a .docx or PDF, encrypted or corrupt."""


@dataclass(frozen=True)
class Para:
    """One paragraph of a draft: its position (¶ number), where it sits, its text."""

    number: int  # 1-based, counting non-empty paragraphs in reading order
    where: str  # "body", "table", "textbox", "header", "footer", "pdf"
    text: str
    heading: bool


def strip_number(text: str) -> str:
    """The text without a typed paragraph number ("1.", "B.", "IV.", "(a)", "6.2")."""
    stripped = text.strip()
    match = _NUMBER.match(stripped)
    return stripped[match.end() :] if match else stripped


class _Styles:
    """Which paragraph styles are headings, and which make their text bold or underlined."""

    def __init__(self, xml: bytes | None) -> None:
        self.heading: dict[str, bool] = {}
        self.emphasis: dict[str, bool] = {}
        if xml is None:
            return
        root = etree.fromstring(xml)
        based: dict[str, str] = {}
        for style in root.iter(f"{W}style"):
            sid = style.get(f"{W}styleId") or ""
            name_el = style.find(f"{W}name")
            name = (name_el.get(f"{W}val") or "") if name_el is not None else ""
            base = style.find(f"{W}basedOn")
            if base is not None:
                based[sid] = base.get(f"{W}val") or ""
            outline = style.find(f"{W}pPr/{W}outlineLvl")
            self.heading[sid] = bool(
                re.match(r"(heading|title|subtitle)\b", name, re.IGNORECASE)
                or re.match(r"(heading|title)", sid, re.IGNORECASE)
                or (outline is not None and (outline.get(f"{W}val") or "9") != "9")
            )
            rpr = style.find(f"{W}rPr")
            self.emphasis[sid] = rpr is not None and _emphasised(rpr)
        for sid in list(self.heading):
            seen = {sid}
            parent = based.get(sid, "")
            while parent and parent not in seen:
                seen.add(parent)
                self.heading[sid] = self.heading[sid] or self.heading.get(parent, False)
                self.emphasis[sid] = self.emphasis[sid] or self.emphasis.get(parent, False)
                parent = based.get(parent, "")


def _on(element: etree._Element | None) -> bool:
    if element is None:
        return False
    return (element.get(f"{W}val") or "true").lower() not in ("0", "false", "none", "off")


def _emphasised(rpr: etree._Element) -> bool:
    return _on(rpr.find(f"{W}b")) or _on(rpr.find(f"{W}u")) or _on(rpr.find(f"{W}caps"))


def _runs(p: etree._Element) -> list[etree._Element]:
    """The runs a reader sees, in order, skipping deleted, fallback and boxed content."""
    out: list[etree._Element] = []

    def visit(node: etree._Element) -> None:
        for child in node:
            if child.tag in _SKIP:
                continue
            if child.tag == f"{W}r":
                rpr = child.find(f"{W}rPr")
                if rpr is None or not _on(rpr.find(f"{W}vanish")):
                    out.append(child)
            else:
                visit(child)

    visit(p)
    return out


def _run_text(run: etree._Element) -> str:
    parts: list[str] = []
    for node in run:
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag in (f"{W}tab", f"{W}ptab"):
            parts.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif node.tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif node.tag == f"{W}sym":
            parts.append(" ")
    return "".join(parts)


def _textboxes(p: etree._Element) -> list[etree._Element]:
    boxes = []
    for box in p.iter(f"{W}txbxContent"):
        ancestor = box.getparent()
        nested = False
        while ancestor is not None and ancestor is not p:
            if ancestor.tag in (f"{MC}Fallback", f"{W}txbxContent", f"{W}del"):
                nested = True
                break
            ancestor = ancestor.getparent()
        if not nested:
            boxes.append(box)
    return boxes


@dataclass
class _Raw:
    where: str
    text: str
    heading: bool
    runs_on: bool  # the paragraph mark was deleted: the next paragraph continues it


def _paragraph(p: etree._Element, where: str, styles: _Styles) -> _Raw:
    ppr = p.find(f"{W}pPr")
    sid = ""
    if ppr is not None and ppr.find(f"{W}pStyle") is not None:
        sid = ppr.find(f"{W}pStyle").get(f"{W}val") or ""  # type: ignore[union-attr]
    runs = _runs(p)
    texts = [_run_text(r) for r in runs]
    text = "".join(texts)
    heading = styles.heading.get(sid, False)
    if ppr is not None and ppr.find(f"{W}outlineLvl") is not None:
        heading = heading or (ppr.find(f"{W}outlineLvl").get(f"{W}val") or "9") != "9"  # type: ignore[union-attr]
    words = len(text.split())
    if not heading and 0 < words <= HEADING_MAX_WORDS:
        visible = [(r, t) for r, t in zip(runs, texts, strict=True) if t.strip()]
        style_emph = styles.emphasis.get(sid, False)
        emphasised = all(
            style_emph or (r.find(f"{W}rPr") is not None and _emphasised(r.find(f"{W}rPr")))  # type: ignore[arg-type]
            for r, _ in visible
        )
        letters = [c for c in text if c.isalpha()]
        capitals = len(letters) >= 4 and all(c.isupper() for c in letters)
        heading = bool(visible) and (emphasised or capitals)
    mark = ppr.find(f"{W}rPr/{W}del") if ppr is not None else None
    return _Raw(where, text, heading, mark is not None)


def _walk(element: etree._Element, where: str, styles: _Styles) -> list[_Raw]:
    out: list[_Raw] = []
    for child in element:
        tag = child.tag
        if tag == f"{W}p":
            out.append(_paragraph(child, where, styles))
            for box in _textboxes(child):
                # A text box in a header (pleading-paper line numbers) stays in the header.
                out += _walk(box, where if where in ("header", "footer") else "textbox", styles)
        elif tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                if _nearest(row, f"{W}tbl") is not child:
                    continue
                for cell in row.findall(f"{W}tc"):
                    out += _walk(cell, "table", styles)
        elif tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                out += _walk(content, where, styles)
        elif tag in _CONTAINERS:
            out += _walk(child, where, styles)
    return out


def _nearest(node: etree._Element, tag: str) -> etree._Element | None:
    parent = node.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _number(raws: list[_Raw]) -> list[Para]:
    merged: list[_Raw] = []
    carry: _Raw | None = None
    for item in raws:
        raw = item
        if carry is not None:
            raw = _Raw(raw.where, carry.text + raw.text, carry.heading and raw.heading, raw.runs_on)
            carry = None
        if raw.runs_on:
            carry = raw
            continue
        merged.append(raw)
    if carry is not None:
        merged.append(carry)
    paras: list[Para] = []
    for raw in merged:
        text = " ".join(raw.text.replace("\u00a0", " ").split())
        if text:
            paras.append(Para(len(paras) + 1, raw.where, text, raw.heading))
    return paras


def _part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        return archive.read(name)
    except KeyError:
        return None


def read_docx(data: bytes, name: str) -> list[Para]:
    """Paragraphs of a .docx: body (tables, text boxes inline), then headers and footers."""
    if data.startswith(_OLE_MAGIC):
        raise DraftError(
            f"{name}: an encrypted (password-protected) or legacy .doc file; save it as an "
            "unprotected .docx and check that"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        document = _part(archive, "word/document.xml")
        if document is None:
            raise DraftError(f"{name}: not a Word document (.docx): no word/document.xml")
        styles = _Styles(_part(archive, "word/styles.xml"))
        raws = _walk(_body(document, name), "body", styles)
        for part in sorted(archive.namelist()):
            kind = re.fullmatch(r"word/(header|footer)\d*\.xml", part)
            if kind:
                root = etree.fromstring(archive.read(part))
                raws += _walk(root, kind.group(1), styles)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, etree.XMLSyntaxError, OSError) as exc:
        raise DraftError(f"{name}: not a readable .docx (corrupt or not a zip: {exc})") from None
    return _number(raws)


def _body(document: bytes, name: str) -> etree._Element:
    root = etree.fromstring(document)
    body = root.find(f"{W}body")
    if body is None:
        raise DraftError(f"{name}: not a Word document (.docx): word/document.xml has no body")
    return body


_PDF_TIMEOUT = 60


def read_pdf(path: Path, name: str) -> list[Para]:
    """Paragraphs of a PDF via ``pdftotext -layout``, rebuilt from its lines.

    Pleading paper puts line numbers 1-28 in the margin; they are removed.  Lines are
    joined into paragraphs at blank lines, at a line that is much shorter than the text
    width, or before a line that starts with a section number.  Headings are short lines
    in capitals.  Bold and underline are lost in a PDF, so a heading in mixed case is
    read as a short paragraph, which the rules treat alike.
    """
    tool = shutil.which("pdftotext")
    if tool is None:
        raise DraftError(
            f"{name}: checking a PDF needs pdftotext (poppler-utils); install it or check the .docx"
        )
    result = subprocess.run(
        [tool, "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        timeout=_PDF_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = reason[-1] if reason else f"pdftotext exit {result.returncode}"
        raise DraftError(f"{name}: not a readable PDF ({detail})")
    return _pdf_paragraphs(result.stdout.decode("utf-8", "replace"))


_MARGIN_NUMBER = re.compile(r"^\s{0,12}(?:[1-9]|1[0-9]|2[0-8])(?=\s{2,}|\s*$)")


def _pdf_paragraphs(text: str) -> list[Para]:
    raws: list[_Raw] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            joined = " ".join(current)
            letters = [c for c in joined if c.isalpha()]
            caps = len(letters) >= 4 and all(c.isupper() for c in letters)
            short = len(joined.split()) <= HEADING_MAX_WORDS
            raws.append(_Raw("pdf", joined, caps and short, runs_on=False))
            current.clear()

    for page in text.split("\f"):
        lines = [_MARGIN_NUMBER.sub("", line).rstrip() for line in page.splitlines()]
        width = max((len(line) for line in lines), default=0)
        for line in lines:
            stripped = line.strip()
            if not stripped:
                flush()
                continue
            if _NUMBER.match(stripped) and current:
                flush()
            # Caption columns: text far apart on one line belongs to different paragraphs.
            for piece in re.split(r"\s{6,}", stripped):
                current.append(piece)
            if len(line) < width * 0.6 or len(stripped.split()) <= HEADING_MAX_WORDS // 2:
                flush()
        flush()
    return _number(raws)


def read_draft(path: Path) -> list[Para]:
    """Read a .docx or PDF draft; raise :class:`DraftError` with a one-line reason."""
    name = str(path)
    if not path.exists():
        raise DraftError(f"{name}: no such file")
    if path.is_dir():
        raise DraftError(f"{name}: is a directory, not a draft")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DraftError(f"{name}: cannot be read ({exc.strerror})") from None
    if data.startswith(b"%PDF"):
        return read_pdf(path, name)
    if data.startswith(b"PK"):
        return read_docx(data, name)
    if data.startswith(_OLE_MAGIC):
        return read_docx(data, name)
    raise DraftError(f"{name}: not a .docx or PDF file")

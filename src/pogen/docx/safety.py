"""Template safety: refuse a .docx package that could act on its own or call out.

A template may come from anyone (another firm, an e-mail attachment), and the order
rendered from it is opened in Word by people who trust pogen's output.  Before docxtpl
touches it, the package is checked from its zip central directory alone, so that a zip
bomb is refused before a single byte is decompressed; then its relationship and
content-type parts (small, bounded) are read to refuse macros, OLE objects and any
relationship that reaches outside the document (remote images, links, attached
templates), which Word would follow when the order is opened.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from pogen.docx.ns import qn
from pogen.docx.parse import new_parser
from pogen.errors import TemplateError

MAX_ENTRIES = 1_000
"""A Word document has a few dozen parts; thousands are an attack or a mistake."""

MAX_TOTAL_UNCOMPRESSED = 50_000_000
"""The shipped template decompresses to well under 1 MB; 50 MB leaves room for images."""

MAX_RATIO = 100
"""Deflated XML compresses about 5-20 to 1; a part past 100 to 1 is a bomb."""

_RATIO_FLOOR = 1_000_000
"""Entries smaller than this may have any ratio (a long run of spaces compresses well)."""

_MACRO_CONTENT = re.compile(r"macroEnabled|vbaProject|vbaData|ms-office\.activeX", re.I)
_OLE_PARTS = re.compile(r"(^|/)(embeddings|activeX)/|oleObject|vbaProject|vbaData", re.I)
_OLE_RELS = re.compile(r"/(oleObject|package|activeXControl|vbaProject|attachedTemplate)$")
_RELS = qn("rel:Relationship")


def _refuse(name: str, why: str) -> TemplateError:
    return TemplateError(f"{name}: template refused: {why}", code="template-refused")


def _check_entry_names(archive: zipfile.ZipFile, name: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _refuse(name, f"{len(infos):,} zip entries (limit {MAX_ENTRIES:,})")
    total = 0
    seen: set[str] = set()
    for info in infos:
        entry = info.filename
        if entry.casefold() in seen:  # readers disagree on which copy counts
            raise _refuse(name, f"zip entry {entry!r} appears twice")
        seen.add(entry.casefold())
        parts = entry.split("/")
        if entry.startswith("/") or "\\" in entry or ".." in parts or re.match(r"[A-Za-z]:", entry):
            raise _refuse(name, f"zip entry {entry!r} has an absolute or parent path")
        if info.flag_bits & 0x1:
            raise _refuse(name, f"zip entry {entry!r} is encrypted")
        total += info.file_size
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise _refuse(
                name,
                f"decompresses to more than {MAX_TOTAL_UNCOMPRESSED:,} bytes (zip bomb?)",
            )
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise _refuse(
                name,
                f"zip entry {entry!r} expands {info.file_size // max(info.compress_size, 1):,} "
                f"to 1 (limit {MAX_RATIO} to 1; zip bomb?)",
            )
        if _OLE_PARTS.search(entry):
            kind = "a macro project" if "vba" in entry.lower() else "an embedded object"
            raise _refuse(name, f"contains {kind} ({entry}); save it as a plain .docx")


def _read_xml(archive: zipfile.ZipFile, entry: str, name: str) -> etree._Element:
    try:
        return etree.fromstring(archive.read(entry), new_parser())
    except (etree.XMLSyntaxError, zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise _refuse(name, f"{entry} is not well-formed ({exc})") from None


def _check_parts(archive: zipfile.ZipFile, name: str) -> None:
    names = set(archive.namelist())
    if "[Content_Types].xml" not in names or "word/document.xml" not in names:
        raise _refuse(name, "not a Word document (no [Content_Types].xml or word/document.xml)")
    types = _read_xml(archive, "[Content_Types].xml", name)
    for node in types.iter(qn("ct:Default"), qn("ct:Override")):
        content_type = node.get("ContentType", "")
        if _MACRO_CONTENT.search(content_type):
            raise _refuse(name, f"declares macro or ActiveX content ({content_type})")
        if "oleObject" in content_type:
            raise _refuse(name, f"declares embedded OLE objects ({content_type})")
    for entry in sorted(n for n in names if n.endswith((".xml", ".rels"))):
        if b"<!DOCTYPE" in archive.read(entry).upper():  # sizes already bounded above
            raise _refuse(name, f"{entry} declares a DTD (entity expansion or external entities)")
    for entry in sorted(n for n in names if n.endswith(".rels")):
        for rel in _read_xml(archive, entry, name).iter(_RELS):
            rel_type = rel.get("Type", "")
            target = rel.get("Target", "")
            if rel.get("TargetMode", "Internal") == "External":
                raise _refuse(
                    name,
                    f"{entry} has an external relationship to {target!r} "
                    "(remote image, link or attached template that Word would fetch)",
                )
            if _OLE_RELS.search(rel_type):
                raise _refuse(name, f"{entry} links an embedded object or macro ({target})")


_ACTIVE_FIELD = re.compile(
    r"(?:^|\s)(DDEAUTO|DDE|INCLUDETEXT|INCLUDEPICTURE|LINK|IMPORT)(?=\s|$)", re.I
)


def _check_fields(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse field codes that run programs or fetch files when Word updates fields."""
    for entry in sorted(n for n in archive.namelist() if n.startswith("word/")):
        if not entry.endswith(".xml"):
            continue
        root = _read_xml(archive, entry, name)
        codes = [p.get(qn("w:instr"), "") for p in root.iter(qn("w:fldSimple"))]
        for para in root.iter(qn("w:p")):  # a code may be split over several runs
            codes.append("".join(t.text or "" for t in para.iter(qn("w:instrText"))))
        for code in codes:
            found = _ACTIVE_FIELD.search(code)
            if found:
                raise _refuse(
                    name,
                    f"{entry} has a field {found.group(1).upper()}, which runs a program or "
                    "fetches a file when Word updates fields",
                )


def check_template_package(data: bytes, name: str) -> None:
    """Raise ``TemplateError`` unless ``data`` is a plain, self-contained .docx package."""
    if name.lower().endswith((".docm", ".dotm")):
        raise _refuse(name, "macro-enabled documents (.docm, .dotm) are not templates")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise _refuse(name, "not a .docx (zip) package") from None
    with archive:
        _check_entry_names(archive, name)
        _check_parts(archive, name)
        _check_fields(archive, name)

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

from pogen.docx.fields import active_field
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

_RELS = qn("rel:Relationship")

# Relationship types a plain document uses (the last segment of the type URI, which
# differs between the transitional, strict and Microsoft namespaces).
_RELATIONSHIPS = frozenset(
    str.split(
        "officeDocument core-properties extended-properties custom-properties thumbnail "
        "styles stylesWithEffects settings webSettings fontTable theme themeOverride numbering "
        "header footer footnotes endnotes comments commentsExtended commentsIds "
        "commentsExtensible people image hyperlink glossaryDocument customXml customXmlProps "
        "chart chartUserShapes chartStyle chartColorStyle diagramData diagramLayout "
        "diagramQuickStyle diagramColors diagramDrawing printerSettings origin signature "
        "digital-signature/origin digital-signature/signature digital-signature/certificate "
        "classificationlabels intelligence intelligence2 documenttasks"
    )
)
_REFUSED_RELATIONSHIPS = {
    "aFChunk": "an embedded RTF, HTML or text chunk (altChunk)",
    "oleObject": "an embedded object",
    "package": "an embedded package (a workbook, a presentation)",
    "control": "an ActiveX control",
    "activeXControlBinary": "an ActiveX control",
    "vbaProject": "a macro project",
    "wordVbaData": "macro data",
    "keyMapCustomizations": "macro key bindings",
    "attachedToolbars": "macro toolbars",
    "attachedTemplate": "an attached template",
    "subDocument": "a subdocument",
    "frame": "a frame showing another file",
    "font": "an embedded font (which can draw letters as blanks)",
    "externalLinkPath": "an external link",
}

# Content types, by prefix: what a plain document's parts are.
_CONTENT_OK = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.",
    "application/vnd.openxmlformats-officedocument.drawingml.",
    "application/vnd.openxmlformats-officedocument.theme",
    "application/vnd.openxmlformats-officedocument.extended-properties",
    "application/vnd.openxmlformats-officedocument.custom-properties",
    "application/vnd.openxmlformats-officedocument.customXmlProperties",
    "application/vnd.openxmlformats-officedocument.drawing+xml",
    "application/vnd.openxmlformats-package.",
    "application/vnd.ms-word.",
    "application/vnd.ms-office.chart",
    "application/vnd.ms-office.drawingml.",
    "application/vnd.ms-office.classificationlabels",
    "application/vnd.ms-office.intelligence",
    "application/vnd.ms-office.documenttasks",
    "application/xml",
    "text/xml",
    "image/",
)
_CONTENT_REFUSED = re.compile(
    r"macroEnabled|vbaProject|vbaData|activeX|oleObject|keyMapCustomizations|"
    r"attachedToolbars|obfuscatedFont|^font/|x-font|spreadsheetml|presentationml|rtf|html|mht|"
    r"message/|multipart/|text/plain",
    re.IGNORECASE,
)

# Elements that embed, chunk in or fetch content, in any XML part.
_REFUSED_ELEMENTS = {
    qn("w:altChunk"): "an embedded RTF, HTML or text chunk (w:altChunk)",
    qn("w:object"): "an embedded object (w:object)",
    "{urn:schemas-microsoft-com:office:office}OLEObject": "an embedded object (o:OLEObject)",
    qn("w:control"): "an ActiveX control (w:control)",
    qn("w:subDoc"): "a subdocument (w:subDoc)",
    qn("w:embedRegular"): "an embedded font (which can draw letters as blanks)",
    qn("w:embedBold"): "an embedded font (which can draw letters as blanks)",
    qn("w:embedItalic"): "an embedded font (which can draw letters as blanks)",
    qn("w:embedBoldItalic"): "an embedded font (which can draw letters as blanks)",
    qn("w:mailMerge"): "a mail-merge data source (w:mailMerge)",
    qn("w:attachedTemplate"): "an attached template (w:attachedTemplate)",
}
_URL = re.compile(r"^\s*(?:[A-Za-z][A-Za-z0-9+.-]*:|\\\\|//)")
_FETCHING_ATTRIBUTES = frozenset({"src", "href", "link", "hyperlink", "action"})

# Binary parts: images (by their first bytes), and Word's printer settings.
_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
    b"\x01\x00\x00\x00",  # EMF
    b"\xd7\xcd\xc6\x9a",  # placeable WMF
    b"\x01\x00\x09\x00",  # WMF
    b"\x02\x00\x09\x00",
    b"RIFF",  # WebP
)


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
        if any(ord(c) < 32 or ord(c) == 127 for c in entry):
            raise _refuse(name, f"zip entry {entry!r} has a control character in its name")
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


_OLE_PARTS = re.compile(r"(^|/)(embeddings|activeX)/|oleObject|vbaProject|vbaData", re.I)


def _text_of(raw: bytes) -> str | None:
    """A part's bytes as text when they are XML in any encoding a reader accepts
    (UTF-8, UTF-16 or UTF-32, with or without a byte-order mark), else None."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if raw.startswith(bom):
            return raw[len(bom) :].decode(codec, errors="replace")
    for codec, probe in (
        ("utf-32-le", b"<\x00\x00\x00"),
        ("utf-32-be", b"\x00\x00\x00<"),
        ("utf-16-le", b"<\x00"),
        ("utf-16-be", b"\x00<"),
    ):
        if raw.lstrip(b"\x00 \t\r\n").startswith(probe) or raw.startswith(probe):
            return raw.decode(codec, errors="replace")
    text = raw.decode("utf-8", errors="replace")
    return text if text.lstrip().startswith("<") else None


def _parse(raw: bytes, entry: str, name: str) -> etree._Element:
    try:
        return etree.fromstring(raw, new_parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise _refuse(name, f"{entry} is not well-formed XML ({exc})") from None


def _check_xml(root: etree._Element, text: str, entry: str, name: str) -> None:
    """The content policy for one XML part, whatever its name or type."""
    upper = text.upper()
    docinfo = root.getroottree().docinfo
    doctype = getattr(docinfo, "doctype", "")
    if "<!DOCTYPE" in upper or "<!ENTITY" in upper or doctype or docinfo.internalDTD:
        raise _refuse(name, f"{entry} declares a DTD (entity expansion or external entities)")
    for element in root.iter(*_REFUSED_ELEMENTS):
        raise _refuse(name, f"{entry} has {_REFUSED_ELEMENTS[str(element.tag)]}")
    for element in root.iter():
        for attribute, raw_value in element.attrib.items():
            value = str(raw_value)
            local = etree.QName(attribute).localname.lower()
            if local in _FETCHING_ATTRIBUTES and _URL.match(value) and ":" in value[:12]:
                raise _refuse(
                    name,
                    f"{entry} points outside the document ({local}={value[:60]!r}), which "
                    "a reader would fetch",
                )
    found = active_field(root)
    if found:
        raise _refuse(
            name,
            f"{entry} has {found}, which runs a program, fetches a file or inserts text "
            "from outside the document when Word updates fields",
        )


def _check_relationships(root: etree._Element, entry: str, name: str) -> None:
    for rel in root.iter(_RELS):
        rel_type = rel.get("Type", "")
        target = rel.get("Target", "")
        if rel.get("TargetMode", "Internal") != "Internal":
            raise _refuse(
                name,
                f"{entry} has an external relationship to {target!r} "
                "(remote image, link or attached template that Word would fetch)",
            )
        kind = rel_type.rstrip("/").rsplit("/", 1)[-1]
        tail = "/".join(rel_type.rstrip("/").rsplit("/", 2)[-2:])
        if kind in _REFUSED_RELATIONSHIPS:
            if kind in ("oleObject", "package", "vbaProject", "control"):
                raise _refuse(name, f"{entry} links an embedded object or macro ({target})")
            raise _refuse(name, f"{entry} links {_REFUSED_RELATIONSHIPS[kind]} ({target})")
        if kind not in _RELATIONSHIPS and tail not in _RELATIONSHIPS:
            raise _refuse(
                name, f"{entry} has a relationship of a kind pogen does not know ({rel_type})"
            )


def _check_content_types(root: etree._Element, name: str) -> None:
    for node in root.iter(qn("ct:Default"), qn("ct:Override")):
        content_type = node.get("ContentType", "")
        if re.search(r"macroEnabled|vbaProject|vbaData|ms-office\.activeX", content_type, re.I):
            raise _refuse(name, f"declares macro or ActiveX content ({content_type})")
        if "oleObject" in content_type:
            raise _refuse(name, f"declares embedded OLE objects ({content_type})")
        if _CONTENT_REFUSED.search(content_type) or not content_type.startswith(_CONTENT_OK):
            raise _refuse(
                name,
                f"declares content pogen does not accept in a template ({content_type}): "
                "embedded chunks, objects, fonts or files",
            )


def _check_parts(archive: zipfile.ZipFile, name: str) -> None:
    names = set(archive.namelist())
    if "[Content_Types].xml" not in names or "word/document.xml" not in names:
        raise _refuse(name, "not a Word document (no [Content_Types].xml or word/document.xml)")
    for entry in sorted(names):
        if entry.endswith("/"):
            continue
        try:
            raw = archive.read(entry)  # sizes and ratios bounded above
        except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
            raise _refuse(name, f"{entry} cannot be read ({exc})") from None
        text = _text_of(raw)
        if text is None:
            if not raw.startswith(_IMAGE_MAGIC) and "printerSettings" not in entry:
                raise _refuse(
                    name,
                    f"{entry} is neither XML nor a picture; pogen does not accept other "
                    "files in a template",
                )
            continue
        root = _parse(raw, entry, name)
        _check_xml(root, text, entry, name)
        if entry == "[Content_Types].xml":
            _check_content_types(root, name)
        elif entry.endswith(".rels"):
            _check_relationships(root, entry, name)


def check_template_package(data: bytes, name: str) -> None:
    """Raise ``TemplateError`` unless ``data`` is a plain, self-contained .docx package.

    One content policy for every part, whatever its name, extension or encoding (a
    header may be called ``header9.dat``, a part may be UTF-16): every part is either a
    picture or XML, and every XML part is read strictly and held to the same rules (no
    DTD, no embedding or fetching element or attribute, no active field however spelt);
    relationships and content types are allow-listed.
    """
    if name.lower().endswith((".docm", ".dotm")):
        raise _refuse(name, "macro-enabled documents (.docm, .dotm) are not templates")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise _refuse(name, "not a .docx (zip) package") from None
    with archive:
        _check_entry_names(archive, name)
        _check_parts(archive, name)

"""A .docx package as bytes: build it reproducibly and prove every XML part parses.

docxtpl cannot detect every broken document it produces (its issue #445), so every
XML part of a rendered package is parsed before anything is written.  Zip entries get
a fixed time and order so the same inputs give the same bytes on any day.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

from lxml import etree

from pogen.docx.parse import parse_part
from pogen.errors import TemplateError

# Zip entries get a fixed time so the same inputs give the same bytes on any day.
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def build_package(parts: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip of ``parts`` in the given order, with fixed entry times and attributes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in parts:
            entry = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, content)
    return out.getvalue()


def normalize_package(data: bytes) -> bytes:
    """Rewrite the zip with fixed entry times and attributes, keeping part order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    return build_package((info.filename, source.read(info)) for info in source.infolist())


def verify_package(data: bytes, name: str) -> dict[str, etree._Element]:
    """Parse every XML part; raise ``TemplateError`` naming the first broken one.

    Returns the parsed parts by name, for later checks to read rather than parse again
    (``pogen.document.mandatory``); the trees may be shared (``pogen.docx.parse``), so read only.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise TemplateError(
            f"{name}: rendered document is not a valid zip package", code="document-broken"
        ) from None
    names = archive.namelist()
    for required in ("[Content_Types].xml", "word/document.xml"):
        if required not in names:
            raise TemplateError(
                f"{name}: rendered document lacks {required}", code="document-broken"
            )
    trees: dict[str, etree._Element] = {}
    for part in names:
        if part.endswith((".xml", ".rels")):
            try:
                trees[part] = parse_part(archive.read(part))
            except etree.XMLSyntaxError as exc:
                raise TemplateError(
                    f"{name}: rendered document has broken XML in {part}: {exc}",
                    code="document-broken",
                ) from None
    return trees

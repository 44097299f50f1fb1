"""A .docx package as bytes: build it reproducibly and prove every XML part parses.

docxtpl cannot detect every broken document it produces (its issue #445), so every
XML part of a rendered package is parsed before anything is written.  Zip entries get
a fixed time and order so the same inputs give the same bytes on any day.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Member:
    """One zip entry, compressed once: its local header and deflated bytes, and the
    fields its central-directory record needs.  A part whose bytes are the same for
    every matter (styles, settings, relationships...) is compressed once per template
    and its ``Member`` reused; only the parts a matter changes are deflated again."""

    local: bytes  # local file header + compressed data
    central: bytes  # the central-directory record, header offset left as 0

    @classmethod
    def of(cls, name: str, content: bytes) -> Member:
        """What ``build_package`` writes for ``(name, content)``, as zipfile writes it:
        the same ``ZipInfo`` fields, the same deflate stream (``zlib`` default level,
        raw, one ``compress`` then ``flush``), the header written with the final CRC
        and sizes.  ``tests/docx/test_package_members.py`` holds the two equal."""
        info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        info.flag_bits = 0
        compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
        packed = compressor.compress(content) + compressor.flush()
        info.file_size = len(content)
        info.compress_size = len(packed)
        info.CRC = zlib.crc32(content)
        if info.file_size * 1.05 > zipfile.ZIP64_LIMIT:
            raise ValueError(f"{name}: part too large for a package")
        local = info.FileHeader(False) + packed  # also settles the extract/create versions
        try:  # as ZipInfo._encodeFilenameFlags: ASCII, else UTF-8 with its flag
            filename, flags = info.filename.encode("ascii"), info.flag_bits
        except UnicodeEncodeError:
            filename, flags = info.filename.encode("utf-8"), info.flag_bits | 0x800
        year, month, day, hour, minute, second = info.date_time
        central = struct.pack(
            _CENTRAL,
            b"PK\x01\x02",
            info.create_version,
            info.create_system,
            info.extract_version,
            info.reserved,
            flags,
            info.compress_type,
            hour << 11 | minute << 5 | (second // 2),
            (year - 1980) << 9 | month << 5 | day,
            info.CRC,
            info.compress_size,
            info.file_size,
            len(filename),
            0,
            0,
            0,
            info.internal_attr,
            info.external_attr,
            0,
        )
        return cls(local, central + filename)


_CENTRAL = "<4s4B4HL2L5H2L"  # zipfile.structCentralDir
_OFFSET = struct.calcsize(_CENTRAL) - 4  # where the header offset sits in a record


def assemble(members: Iterable[Member]) -> bytes:
    """The zip of ``members`` in order: the bytes ``build_package`` gives for the same
    parts, without compressing anything again."""
    chunks: list[bytes] = []
    records: list[bytes] = []
    offset = 0
    for member in members:
        central = member.central
        records.append(central[:_OFFSET] + struct.pack("<L", offset) + central[_OFFSET + 4 :])
        chunks.append(member.local)
        offset += len(member.local)
    directory = b"".join(records)
    if offset > zipfile.ZIP64_LIMIT or len(records) >= 0xFFFF:
        raise ValueError("package too large")
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(records), len(records), len(directory), offset, 0
    )
    return b"".join(chunks) + directory + end


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

"""Read the parts of an untrusted .docx zip, counting decompressed bytes as they come out.

``pogen check`` reads drafts from anyone; a small zip can expand to gigabytes.  With
``ReadLimits``, every part is inflated in chunks and refused (``DocxTooLargeError``) as
soon as it, or all parts read so far, pass the bound: the check happens while inflating,
never after.  Without limits a part is read whole (pogen's own documents).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass

from lxml import etree

from pogen.docx.ns import W
from pogen.docx.parse import new_parser

_PARSER = new_parser()


class DocxReadError(ValueError):
    """The bytes are not a readable .docx package (not a zip, or broken XML)."""


class NotADocxError(DocxReadError):
    """A readable zip that is not a Word document (no main document part or body)."""


class DocxTooLargeError(DocxReadError):
    """A part expands past the limits given to :func:`read_package`."""


@dataclass(frozen=True)
class ReadLimits:
    """Bounds on what one read decompresses: per part and in total (bytes), and the
    depth of style chains."""

    part_bytes: int
    total_bytes: int
    style_depth: int
    paragraphs: int = 1_000_000  # paragraphs walked, empty ones included


class Inflater:
    """Reads zip entries, counting decompressed bytes as they come out."""

    def __init__(self, archive: zipfile.ZipFile, limits: ReadLimits | None) -> None:
        self.archive = archive
        self.limits = limits
        self.total = 0

    def read(self, name: str) -> bytes | None:
        try:
            info = self.archive.getinfo(name)
        except KeyError:
            return None
        if self.limits is None:
            return self.archive.read(info)
        chunks: list[bytes] = []
        size = 0
        with self.archive.open(info) as entry:
            while chunk := entry.read(1 << 16):
                size += len(chunk)
                self.total += len(chunk)
                if size > self.limits.part_bytes:
                    raise DocxTooLargeError(
                        f"{name} expands past {self.limits.part_bytes // (1 << 20)} MB"
                    )
                if self.total > self.limits.total_bytes:
                    raise DocxTooLargeError(
                        f"its parts expand past {self.limits.total_bytes // (1 << 20)} MB"
                    )
                chunks.append(chunk)
        return b"".join(chunks)

    def parse(self, name: str) -> etree._Element | None:
        raw = self.read(name)
        return None if raw is None else etree.fromstring(raw, _PARSER)


def deepest_chain(styles_root: etree._Element | None) -> tuple[str, int]:
    """The style with the longest ``basedOn`` chain and its length, in linear time (a
    hostile styles part can chain thousands of styles)."""
    if styles_root is None:
        return "", 0
    based: dict[str, str] = {}
    for style in styles_root.iter(f"{W}style"):
        parent = style.find(f"{W}basedOn")
        based[style.get(f"{W}styleId") or ""] = (
            (parent.get(f"{W}val") or "") if parent is not None else ""
        )
    depth: dict[str, int] = {}
    deepest = ("", 0)
    for start in based:
        path: list[str] = []
        current = start
        while current in based and current not in depth and current not in path:
            path.append(current)
            current = based[current]
        base = depth.get(current, 0)
        for style_id in reversed(path):
            base += 1
            depth[style_id] = base
        if depth.get(start, 0) > deepest[1]:
            deepest = (start, depth[start])
    return deepest

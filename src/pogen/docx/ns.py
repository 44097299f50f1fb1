"""The XML namespaces of a .docx package, spelt once, and ``qn`` to name a tag.

lxml names an element ``{namespace}local``; ``qn("w:p")`` builds that name from the
prefixes Word uses, so no module spells a namespace URI of its own.
"""

from __future__ import annotations

NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "dcterms": "http://purl.org/dc/terms/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}

W_NS = NAMESPACES["w"]
W = f"{{{W_NS}}}"
"""The WordprocessingML prefix in lxml's ``{namespace}`` form: ``f"{W}p"`` is ``w:p``."""


def qn(name: str) -> str:
    """``"w:p"`` as lxml spells it, ``"{http://...wordprocessingml/2006/main}p"``."""
    prefix, _, local = name.partition(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"

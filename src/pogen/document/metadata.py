"""A template's metadata stays out of the orders rendered from it.

A firm's Word template carries its author's traces: the core properties' last editor,
comments, category, status, identifier and version; the extended properties' company,
manager and hyperlink base; custom properties (a client number, a matter id).  pogen
sets an order's own title, subject, author (the filing firm) and keywords
(``pogen.pipeline``); the rest of what identifies a person or a matter is cleared, and
``lastModifiedBy`` becomes ``pogen``, which wrote the order.  A template without such
metadata (the shipped ones) gives the same bytes as before.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from pogen.docx.parse import new_parser

CLEARED_CORE = ("comments", "category", "content_status", "identifier", "version")
_EXTENDED_DROPPED = frozenset({"Company", "Manager", "HyperlinkBase"})
_EXTENDED = "docProps/app.xml"
_CUSTOM = "docProps/custom.xml"


def scrub_core(core: Any) -> None:
    """Clear the template's person- and matter-identifying core properties
    (``docx.opc.coreprops.CoreProperties``); only those it set are touched."""
    for prop in CLEARED_CORE:
        if getattr(core, prop):
            setattr(core, prop, "")
    if core.last_modified_by and core.last_modified_by != "pogen":
        core.last_modified_by = "pogen"


def scrub_part(name: str, data: bytes) -> bytes:
    """A package part with the template's extended and custom properties removed; any
    other part, or one with nothing to remove, unchanged (the same bytes)."""
    if name not in (_EXTENDED, _CUSTOM):
        return data
    try:
        root = etree.fromstring(data, new_parser())
    except etree.XMLSyntaxError:
        return data
    doomed = [
        child
        for child in root
        if isinstance(child.tag, str)
        and (name == _CUSTOM or etree.QName(child).localname in _EXTENDED_DROPPED)
    ]
    if not doomed:
        return data
    for child in doomed:
        root.remove(child)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))

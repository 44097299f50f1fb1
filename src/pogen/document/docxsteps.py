"""docxtpl's and python-docx's render-time steps, on plain lxml.

Importing docxtpl imports python-docx, about 60 ms of a cold ``pogen render`` (both
register hundreds of element classes), for steps that, on a compiled template, are
small: parse a part as python-docx does, serialise it as python-docx writes it, let
docxtpl's ``fix_tables`` see whether a table needs its grid changed, set the core
properties.  ``pogen.document.compiled`` renders a template restored from the disk cache
with these, and imports docxtpl only when a step here says the library itself must run
(a table whose grid docxtpl would change, a value with a tab or line break, footnotes in
a document with several sections) or to compile a template.

Each step gives the bytes its library would: ``tests/golden_bytes`` holds the SHA-256 of
every output rendered through docxtpl and through this path, and the tests here put
each step beside the library's own.
"""

from __future__ import annotations

import datetime as dt
import threading

from lxml import etree

from pogen.docx.ns import NAMESPACES, W_NS, W, qn


class _Parsers(threading.local):
    """Per thread, as lxml wants its parsers."""

    def __init__(self) -> None:
        # python-docx's oxml_parser, without its element classes (they change no byte).
        self.part = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
        # docxtpl's fix_tables parses with a new XMLParser(recover=True) each time; on
        # well-formed XML, recovery never acts, so the same parser without it gives the
        # same tree and refuses what it would have repaired.
        self.tables = etree.XMLParser()


_parsers = _Parsers()


def parse_part(xml: str | bytes) -> etree._Element:
    """``docx.oxml.parser.parse_xml``."""
    return etree.fromstring(xml, _parsers.part)


def serialize_part(element: etree._Element) -> bytes:
    """``docx.opc.oxml.serialize_part_xml``."""
    return bytes(etree.tostring(element, encoding="UTF-8", standalone=True))


def parse_body(xml: str) -> tuple[etree._Element, bool]:
    """The rendered body as docxtpl's ``fix_tables`` parses it, and whether
    ``fix_tables`` would leave it exactly so (then the caller need not run it).
    Strict: XML that is not well-formed raises ``etree.XMLSyntaxError``.

    ``fix_tables`` adds grid columns when a row has more cells than the grid, and
    removes them when every row spans fewer; it changes nothing else.  Anything this
    reading does not follow (no grid, a span that is not a number, another prefix for
    WordprocessingML) answers False, so docxtpl runs and does whatever it does.
    """
    tree = etree.fromstring(xml, _parsers.tables)
    return tree, tree.nsmap.get("w") == W_NS and all(map(_grid_fits, tree.iter(f"{W}tbl")))


def _grid_fits(table: etree._Element) -> bool:
    grid = table.find(f"{W}tblGrid")
    if grid is None:
        return False
    columns = len(grid.findall(f"{W}gridCol"))
    widest = 0
    for row in table.iter(f"{W}tr"):
        cells = row.findall(f"{W}tc")
        if len(cells) > columns:
            return False
        try:
            widest = max(widest, sum(map(_span, cells)))
        except (TypeError, ValueError):
            return False
    return widest >= columns


def _span(cell: etree._Element) -> int:
    properties = cell.find(f"{W}tcPr")
    span = None if properties is None else properties.find(f"{W}gridSpan")
    return 1 if span is None else int(span.get(f"{W}val"))  # type: ignore[arg-type]


# python-docx's CoreProperties attribute -> the element it reads and writes.
_TEXT = {
    "author": "dc:creator",
    "category": "cp:category",
    "comments": "dc:description",
    "content_status": "cp:contentStatus",
    "identifier": "dc:identifier",
    "keywords": "cp:keywords",
    "language": "dc:language",
    "last_modified_by": "cp:lastModifiedBy",
    "subject": "dc:subject",
    "title": "dc:title",
    "version": "cp:version",
}
_DATES = {"created": "dcterms:created", "modified": "dcterms:modified"}
_MAX_TEXT = 255  # python-docx refuses longer property values


class CoreProperties:
    """``docx.opc.coreprops.CoreProperties`` for the properties pogen reads and sets:
    the text ones and the two dates."""

    _element: etree._Element

    def __init__(self, element: etree._Element) -> None:
        object.__setattr__(self, "_element", element)

    def __getattr__(self, name: str) -> str:
        tag = _TEXT.get(name)
        if tag is None:
            raise AttributeError(name)
        child = self._element.find(qn(tag))
        return "" if child is None or child.text is None else str(child.text)

    def __setattr__(self, name: str, value: object) -> None:
        if name in _DATES:
            self._set_date(_DATES[name], value)
            return
        tag = _TEXT.get(name)
        if tag is None:
            raise AttributeError(name)
        text = value if isinstance(value, str) else str(value)
        if len(text) > _MAX_TEXT:
            raise ValueError(f"exceeded 255 char limit for property, got:\n\n'{text}'")
        self._child(tag).text = text

    def _child(self, tag: str) -> etree._Element:
        """The property's element, appended when missing (python-docx's get_or_add with
        no successors: a loose element declaring its own prefix, then appended)."""
        child = self._element.find(qn(tag))
        if child is None:
            prefix = tag.partition(":")[0]
            child = _parsers.part.makeelement(qn(tag), nsmap={prefix: NAMESPACES[prefix]})
            self._element.append(child)
        return child

    def _set_date(self, tag: str, value: object) -> None:
        if not isinstance(value, dt.datetime):
            kind = type(value)
            raise ValueError(f"property requires <type 'datetime.datetime'> object, got {kind}")
        child = self._child(tag)
        child.text = value.strftime("%Y-%m-%dT%H:%M:%SZ")
        # python-docx declares xsi on the root this way, so that the child does not.
        self._element.set(qn("xsi:foo"), "bar")
        child.set(qn("xsi:type"), "dcterms:W3CDTF")
        del self._element.attrib[qn("xsi:foo")]

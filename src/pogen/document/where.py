"""Where in a template a problem is: the part and the paragraph a person can find in Word.

docxtpl compiles each part of a template (the body, each header, footer and footnotes
part) as one Jinja template in which every paragraph starts a line of its own, so
Jinja's line number is a paragraph of the template.  To name it the way Word counts
(every ``w:p`` of the part in document order, table cells and text boxes included,
docxtpl's ``{%p %}`` paragraphs too), the part's XML is marked before docxtpl patches it:
a numbered XML comment before each paragraph (``mark_paragraphs``).  The marks survive
patching and rendering, so the mark before a line, or before the point where the
rendered XML broke, names the template paragraph that produced it.  Marking is done
only once something went wrong; sound templates render without marks.
"""

from __future__ import annotations

import itertools
import re
import traceback
from dataclasses import dataclass
from xml.parsers import expat

from lxml import etree

from pogen.docx.ns import W

_PARAGRAPH = re.compile(r"<w:p[ >]")
_MARK = re.compile(r"<!--pogen-p(\d+)-->")
_TRAILING_MARK = re.compile(r"(?:<!--pogen-p\d+-->)+$")
EXCERPT = 50


@dataclass(frozen=True)
class Place:
    """A part of the template and the paragraphs (first, last) a problem lies in."""

    part: str
    first: int = 0
    last: int = 0
    excerpt: str = ""

    def __str__(self) -> str:
        if not self.first:
            return self.part
        which = (
            f"paragraph {self.first}"
            if self.first == self.last
            else f"paragraphs {self.first}-{self.last}"
        )
        text = f" (“{self.excerpt}”)" if self.excerpt else ""
        return f"{self.part}, {which}{text}"


def mark_paragraphs(xml: str) -> str:
    """``xml`` with ``<!--pogen-pN-->`` before the Nth paragraph (document order)."""
    counter = itertools.count(1)
    return _PARAGRAPH.sub(lambda m: f"<!--pogen-p{next(counter)}-->{m.group(0)}", xml)


def paragraphs_of_line(marked_source: str, line: int) -> tuple[int, int]:
    """The template paragraphs that a line of the marked, compiled source comes from:
    the one that starts the line (its mark ends the line before) and any whose docxtpl
    tags were moved onto it.  (0, 0) when the line is before the first paragraph."""
    lines = marked_source.split("\n")
    if not 1 <= line <= len(lines):
        return 0, 0
    before = _MARK.findall("\n".join(lines[: line - 1]))
    # A mark at the very end of a line belongs to the paragraph that starts the next.
    own = _TRAILING_MARK.sub("", lines[line - 1])
    within = [int(n) for n in _MARK.findall(own)]
    numbers = ([int(before[-1])] if before else []) + within
    return (min(numbers), max(numbers)) if numbers else (0, 0)


def paragraph_at(marked_output: str, offset: int) -> int:
    """The template paragraph whose output is at ``offset`` of a marked rendering."""
    found = [int(m.group(1)) for m in _MARK.finditer(marked_output, 0, max(offset, 0))]
    return found[-1] if found else 0


def offset_of(text: str, line: int, column: int) -> int:
    """The character offset of a 1-based line and column (lxml's error position)."""
    lines = text.split("\n")
    line = max(1, min(line, len(lines)))
    return sum(len(x) + 1 for x in lines[: line - 1]) + max(column - 1, 0)


def excerpt(part_xml: str | bytes, number: int) -> str:
    """The text of paragraph ``number`` of a template part, shortened: the firm's own
    template text (never case data), so a person can find the paragraph in Word."""
    if number < 1:
        return ""
    try:
        raw = part_xml.encode("utf-8") if isinstance(part_xml, str) else part_xml
        root = etree.fromstring(raw, etree.XMLParser(resolve_entities=False, no_network=True))
    except (etree.XMLSyntaxError, ValueError):
        return ""
    para = next(itertools.islice(root.iter(f"{W}p"), number - 1, None), None)
    if para is None:
        return ""
    text = "".join(t.text or "" for t in para.iter(f"{W}t"))
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


def template_line(exc: BaseException) -> int:
    """The template line a Jinja error happened on: its own ``lineno`` (syntax errors)
    or the last frame of the compiled template in its traceback (Jinja rewrites those
    frames to template lines); 0 when unknown."""
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int) and lineno > 0:
        return lineno
    found = 0
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == "<template>" and frame.lineno:
            found = frame.lineno
    return found


def well_formed(xml: str | bytes) -> tuple[str, tuple[int, int]] | None:
    """None when ``xml`` is well-formed XML with its namespaces bound, else expat's
    reason and the (line, 1-based column) where it stopped.

    Strict in the ways a repairing reader is not: a mismatched or unclosed tag, an
    undefined entity, an unbound prefix, text after the root.  No DTD is read: the
    template parts were refused with one already (``pogen.docx.safety``).
    """
    parser = expat.ParserCreate(namespace_separator=" ")
    try:
        parser.Parse(xml, True)
    except expat.ExpatError as exc:
        return expat.ErrorString(exc.code), (exc.lineno, exc.offset + 1)
    return None

"""WordprocessingML paragraphs from pogen's plain-text order source.

The order's prose is kept as readable text (``templates/source/*.txt`` and
``pogen/blocks/*.txt``) so that a lawyer reviews a wording change as a text diff.  Each
non-blank line is one paragraph; its first token picks the paragraph style:

    = 1.\\tINTRODUCTION          section heading            (PogenHeading1)
    == A.\\tPURPOSES            subsection heading          (PogenHeading2)
    > text                     body, double-spaced         (PogenBody)
    - (a)\\ttext                indented list item          (PogenItem)
    -- (1)\\ttext               second-level list item      (PogenSubItem)
    | TEXT                     centred title               (PogenTitle)
    + text                     double-spaced, no indent    (PogenPlain)
    . text                     single-spaced 12-pt line    (PogenSingle)
    ~ text                     single-spaced signature line (PogenSignature)
    : label\ttext              signature date line, label left, text at 3 in (PogenSigDate)
    ^ text                     page-1 counsel block line, left half only (PogenCounsel)
    {%p ... %} / {{p ... }}    docxtpl paragraph-level tag, kept as is
    @pagebreak                 the next paragraph starts a new page
    @keep                      the next paragraph stays whole and with the one after it
    @left                      the next paragraph is set ragged right (never stretched)
    # comment                  ignored

Inline: ``**bold**`` and ``*italic*``; ``\\t`` is a tab; underscores are literal (blanks).
Jinja tags are copied into single runs so Word never splits them.
"""

from __future__ import annotations

import re

STYLES = {
    "=": "PogenHeading1",
    "==": "PogenHeading2",
    ">": "PogenBody",
    "-": "PogenItem",
    "--": "PogenSubItem",
    "|": "PogenTitle",
    "+": "PogenPlain",
    ".": "PogenSingle",
    "~": "PogenSignature",
    ":": "PogenSigDate",
    "^": "PogenCounsel",
}

_INLINE = re.compile(r"(\*\*.+?\*\*|\*.+?\*|\\t)")


class SourceError(ValueError):
    """A line of order source that the compiler does not understand."""


def xml_text(text: str) -> str:
    """Escape text for a ``w:t`` element (as xml.sax.saxutils.escape, whose import pulls
    in urllib and http.client: 14 ms of start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_NEUTRAL = str.maketrans({"{": "&#123;", "}": "&#125;", "%": "&#37;"})


def data_text(text: str) -> str:
    """Escape case data for a ``w:t`` so that no Jinja or docxtpl delimiter survives."""
    return xml_text(text).translate(_NEUTRAL)


def run(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    data: bool = False,
) -> str:
    """One ``w:r`` with optional emphasis; ``text`` is escaped here (as data if ``data``)."""
    props = ""
    if bold:
        props += "<w:b/><w:bCs/>"
    if italic:
        props += "<w:i/><w:iCs/>"
    if underline:
        props += '<w:u w:val="single"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    body = data_text(text) if data else xml_text(text)
    return f'<w:r>{rpr}<w:t xml:space="preserve">{body}</w:t></w:r>'


def unbroken_run(text: str, *, bold: bool = False) -> str:
    """A run of case data whose hyphens never break a line (``w:noBreakHyphen``, which
    every reader, pogen's included, reads as "-"): case numbers and e-mail addresses are
    kept whole in narrow columns."""
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    hyphen = '</w:t><w:noBreakHyphen/><w:t xml:space="preserve">'
    body = hyphen.join(data_text(piece) for piece in text.split("-"))
    return f'<w:r>{rpr}<w:t xml:space="preserve">{body}</w:t></w:r>'


def inline_runs(text: str) -> str:
    """Runs for one paragraph's text with the inline markup resolved."""
    out: list[str] = []
    for piece in _INLINE.split(text):
        if not piece:
            continue
        if piece == "\\t":
            out.append("<w:r><w:tab/></w:r>")
        elif piece.startswith("**") and piece.endswith("**") and len(piece) > 4:
            out.append(run(piece[2:-2], bold=True))
        elif piece.startswith("*") and piece.endswith("*") and len(piece) > 2:
            out.append(run(piece[1:-1], italic=True))
        else:
            out.append(run(piece))
    return "".join(out)


# Directives: lines that change the next paragraph, and the properties they add (in the
# schema's order within w:pPr: keepNext, keepLines, pageBreakBefore, ..., jc).
DIRECTIVES = {
    "@pagebreak": "<w:pageBreakBefore/>",
    "@keep": "<w:keepNext/><w:keepLines/>",
    "@left": '<w:jc w:val="left"/>',
}
_ORDER = ("<w:keepNext/><w:keepLines/>", "<w:pageBreakBefore/>", '<w:jc w:val="left"/>')


def paragraph(style: str, runs_xml: str, *, properties: str = "") -> str:
    """A ``w:p`` with a paragraph style and ready-made runs; ``properties`` are direct
    paragraph properties (already in schema order)."""
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{properties}</w:pPr>{runs_xml}</w:p>'


def compile_source(source: str, *, name: str = "<source>") -> str:
    """Turn order source text into a sequence of ``w:p`` elements (a body fragment)."""
    out: list[str] = []
    pending: set[str] = set()
    for number, raw in enumerate(source.splitlines(), start=1):
        line = raw.rstrip()
        if not line or line.lstrip().startswith("#"):
            continue
        if line in DIRECTIVES:
            pending.add(DIRECTIVES[line])
            continue
        if line.startswith(("{%p", "{{p", "{#p")):
            out.append(f'<w:p><w:r><w:t xml:space="preserve">{xml_text(line)}</w:t></w:r></w:p>')
            continue
        marker, _, text = line.partition(" ")
        style = STYLES.get(marker)
        if style is None:
            raise SourceError(f"{name}:{number}: unknown paragraph marker {marker!r}")
        properties = "".join(p for p in _ORDER if p in pending)
        out.append(paragraph(style, inline_runs(text), properties=properties))
        pending = set()
    return "".join(out)

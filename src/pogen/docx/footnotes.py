"""A footnote added to a rendered package: the part, its relationship and content type.

The shipped templates have no footnotes part, so that an order without a footnote keeps
its bytes; a judge's model footnote (``[form] model_footnote``) is added here after
rendering.  The footnote is set like the body, 14-pt text on exact 24-pt lines
(L.R. 11-3.1.1's type size), so the pleading paper's grid holds below it.
"""

from __future__ import annotations

import io
import zipfile

from pogen.docx.markup import data_text
from pogen.docx.package import build_package

PART = "word/footnotes.xml"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_LINE = '<w:spacing w:before="0" w:after="0" w:line="480" w:lineRule="exact"/>'


def footnote_reference(number: int) -> str:
    """The superscript reference run that points at footnote ``number``."""
    return (
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{number}"/></w:r>'
    )


def _part(number: int, text: str) -> bytes:
    separators = "".join(
        f'<w:footnote w:type="{kind}" w:id="{i}"><w:p><w:pPr>{_LINE}</w:pPr>'
        f"<w:r><w:{kind}/></w:r></w:p></w:footnote>"
        for i, kind in ((-1, "separator"), (0, "continuationSeparator"))
    )
    note = (
        f'<w:footnote w:id="{number}"><w:p><w:pPr>{_LINE}<w:jc w:val="both"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {data_text(text)}</w:t></w:r></w:p></w:footnote>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:footnotes xmlns:w="{_W}">{separators}{note}</w:footnotes>'
    ).encode()


def with_footnote(data: bytes, number: int, text: str) -> bytes:
    """``data`` with footnote ``number`` reading ``text`` (its reference is already in
    the body), keeping every other part's bytes and the parts' order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = [(info.filename, source.read(info)) for info in source.infolist()]
    footnote_pr = b'<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    out = []
    for name, original in parts:
        content = original
        if name == "[Content_Types].xml" and b"/word/footnotes.xml" not in content:
            override = f'<Override PartName="/{PART}" ContentType="{_CONTENT}"/>'
            content = content.replace(b"</Types>", override.encode() + b"</Types>")
        elif name == "word/_rels/document.xml.rels" and _TYPE.encode() not in content:
            rel = f'<Relationship Id="rIdFootnotes" Type="{_TYPE}" Target="footnotes.xml"/>'
            content = content.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
        elif name == "word/settings.xml" and b"w:footnotePr" not in content:
            # schema order: after w:characterSpacingControl, before w:compat
            content = content.replace(b"<w:compat>", footnote_pr + b"<w:compat>", 1)
        if name != PART:
            out.append((name, content))
    out.append((PART, _part(number, text)))
    return build_package(out)

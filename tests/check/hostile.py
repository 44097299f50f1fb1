"""A corpus of hostile drafts for ``pogen check``, each with its expected refusal or finding.

Built in a folder on demand (``write_corpus``), never committed as files: a zip bomb in
the repository would be a hazard of its own.  Every entry names what a correct check
does with it: ``refused`` with the error code and a fragment of the one-line message
(exit 2, never 70), a ``finding`` of a rule, or ``report`` (read and checked normally).
The measured worst cases (time, memory) are printed by ``python -m benchmarks.check_hostile``.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    "</Types>"
)


@dataclass(frozen=True)
class Hostile:
    """One hostile draft and what ``pogen check`` must do with it."""

    name: str
    make: Callable[[Path], Path]
    outcome: str  # "refused", "finding", "report"
    detail: str = ""  # refusal: error code; finding: rule ID
    message: str = ""  # refusal: a fragment of the message


def _docx(path: Path, body: str, extra: dict[str, bytes] | None = None, styles: str = "") -> Path:
    spaces = f'xmlns:w="{W}" xmlns:wp="{WP}" xmlns:a="{A}"'
    document = f"<w:document {spaces}><w:body>{body}</w:body></w:document>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("word/document.xml", document)
        if styles:
            archive.writestr("word/styles.xml", f'<w:styles xmlns:w="{W}">{styles}</w:styles>')
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def _p(text: str, ppr: str = "", rpr: str = "") -> str:
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


_MANDATORY = (
    "The GOOD CAUSE STATEMENT: disclosure of the payroll records would expose nurses' salaries."
)


def _visible(path: Path, ppr: str = "", rpr: str = "", styles: str = "", tail: str = "") -> Path:
    body = _p("STIPULATED PROTECTIVE ORDER") + _p(_MANDATORY, ppr, rpr) + tail
    return _docx(path, body, styles=styles)


def _pdf(path: Path, objects: list[bytes], root: int = 1, trailer: bytes = b"") -> Path:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, root, trailer, xref)
    )
    path.write_bytes(out.getvalue())
    return path


def _stream(data: bytes, flate: bool = True) -> bytes:
    raw = zlib.compress(data, 9) if flate else data
    filt = b"/Filter /FlateDecode " if flate else b""
    return b"<< %s/Length %d >>\nstream\n" % (filt, len(raw)) + raw + b"\nendstream"


def _pdf_pages(
    path: Path, contents: list[bytes], flate: bool = True, base_font: bytes = b"Times-Roman"
) -> Path:
    font = len(contents) * 2 + 3
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(contents))).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(contents)),
    ]
    for i, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * i, font)
        )
        objects.append(_stream(content, flate))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s >>" % base_font)
    return _pdf(path, objects)


def _text_ops(text: str) -> bytes:
    return b"BT /F1 12 Tf 72 700 Td (" + text.encode("latin-1") + b") Tj ET"


def _zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        filler = b" " * (12 * 1024 * 1024)
        archive.writestr(
            "word/document.xml",
            b'<w:document xmlns:w="' + W.encode() + b'">' + filler + b"</w:document>",
        )
    return path


def _parts_bomb(path: Path) -> Path:
    rels = "".join(
        f'<Relationship Id="h{i}" Type="header" Target="header{i}.xml"/>' for i in range(4)
    )
    refs = (
        "".join(
            f'<w:headerReference w:type="{k}" r:id="h{i}"/>'
            for i, k in enumerate(("default", "first", "even"))
        )
        + '<w:footerReference w:type="default" r:id="h3"/>'
    )
    body = (
        f'<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/relationships"><w:body>{_p("x")}<w:sectPr>{refs}</w:sectPr></w:body></w:document>'
    )
    filler = b" " * (9 * 1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("word/document.xml", body)
        archive.writestr(
            "word/_rels/document.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships">{rels}</Relationships>',
        )
        for i in range(4):
            archive.writestr(
                f"word/header{i}.xml",
                b'<w:hdr xmlns:w="' + W.encode() + b'">' + filler + b"</w:hdr>",
            )
    return path


def _many_entries(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body/></w:document>')
        for i in range(6_000):
            archive.writestr(f"x/{i}", b"")
    return path


def _style_chain(path: Path, depth: int) -> Path:
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="s{i}">'
        + (f'<w:basedOn w:val="s{i - 1}"/>' if i else "")
        + "</w:style>"
        for i in range(depth)
    )
    body = f'<w:p><w:pPr><w:pStyle w:val="s{depth - 1}"/></w:pPr><w:r><w:t>text</w:t></w:r></w:p>'
    return _docx(path, body, styles=styles)


def _nested(path: Path) -> Path:
    body = "<w:sdt><w:sdtContent>" * 3000 + _p("x") + "</w:sdtContent></w:sdt>" * 3000
    return _docx(path, body)


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _symlink(target: str) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.symlink_to(target)
        return path

    return make


def _loop(path: Path) -> Path:
    other = path.with_name(path.name + ".other")
    path.symlink_to(other)
    other.symlink_to(path)
    return path


def _write(data: bytes) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path

    return make


def _long_paragraph(text: str) -> Callable[[Path], Path]:
    return lambda path: _docx(path, _p(text))


def _paragraphs(count: int) -> Callable[[Path], Path]:
    return lambda path: _docx(path, _p("x y") * count)


def _if_field(path: Path) -> Path:
    field = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> IF 1 = 2 "shown" "" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:t xml:space="preserve">{_MANDATORY}</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    return _docx(path, _p("STIPULATED PROTECTIVE ORDER") + field)


def _shape_over(path: Path) -> Path:
    shape = (
        f'<w:p><w:r><w:drawing><wp:anchor behindDoc="0"><wp:wrapNone/><a:graphic><a:graphicData>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></w:r>"
        f'<w:r><w:t xml:space="preserve">{_MANDATORY}</w:t></w:r></w:p>'
    )
    return _docx(path, _p("STIPULATED PROTECTIVE ORDER") + shape)


def _columns(path: Path) -> Path:
    body = (
        _p("STIPULATED PROTECTIVE ORDER")
        + _p(_MANDATORY)
        + '<w:sectPr><w:cols w:num="45"/></w:sectPr>'
    )
    return _docx(path, body)


def _text_pdf(path: Path) -> Path:
    return _pdf_pages(path, [_text_ops("STIPULATED PROTECTIVE ORDER")])


def _renamed_docx(path: Path) -> Path:
    return _docx(path, _p("STIPULATED PROTECTIVE ORDER"))


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _sparse(path: Path) -> Path:
    path.write_bytes(b"")
    os.truncate(path, 60 * 1024 * 1024)
    return path


def _no_document(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "a")
    return path


def _truncated(path: Path) -> Path:
    path.write_bytes(_renamed_docx(path).read_bytes()[:300])
    return path


_BOMB = b"0 0 m\n" * (12 * 1024 * 1024)  # 72 MB of content-stream operators
_BLANK = b"0 0 m\n"

HOSTILE: list[Hostile] = [
    # --- the file itself --------------------------------------------------------------
    Hostile(
        "dev-zero.docx", _symlink("/dev/zero"), "refused", "draft-unreadable", "not a regular file"
    ),
    Hostile("fifo.docx", _fifo, "refused", "draft-unreadable", "not a regular file"),
    Hostile("symlink-loop.docx", _loop, "refused", "draft-unreadable", "cannot be read"),
    Hostile("missing.docx", lambda p: p, "refused", "draft-unreadable", "no such file"),
    Hostile("folder.docx", _folder, "refused", "draft-unreadable", "directory"),
    Hostile("empty.docx", _write(b""), "refused", "draft-unreadable", "empty file"),
    Hostile(
        "text.docx",
        _write(b"plain words\n" * 100),
        "refused",
        "draft-unreadable",
        "not a .docx or PDF",
    ),
    Hostile(
        "binary.docx",
        _write(bytes(range(256)) * 64),
        "refused",
        "draft-unreadable",
        "not a .docx or PDF",
    ),
    Hostile(
        "pdf-prefix-only.pdf",
        _write(b"%PDF-1.7\nnot really\n"),
        "refused",
        "draft-unreadable",
        "not a readable PDF",
    ),
    Hostile(
        "pk-prefix-only.docx",
        _write(b"PK\x03\x04garbage"),
        "refused",
        "draft-unreadable",
        "not a readable .docx",
    ),
    Hostile(
        "ole-encrypted.docx",
        _write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096),
        "refused",
        "draft-unreadable",
        "encrypted",
    ),
    Hostile(
        "sparse-huge.docx",
        _sparse,
        "refused",
        "draft-too-large",
        "file size",
    ),
    # --- .docx packages -------------------------------------------------------------------
    Hostile(
        "zip-no-document.docx",
        _no_document,
        "refused",
        "draft-unreadable",
        "no word/document.xml",
    ),
    Hostile(
        "zip-truncated.docx",
        _truncated,
        "refused",
        "draft-unreadable",
        "not a readable .docx",
    ),
    Hostile("zip-bomb-part.docx", _zip_bomb, "refused", "draft-too-large", "expands past 10 MB"),
    Hostile("zip-bomb-parts.docx", _parts_bomb, "refused", "draft-too-large", "expand past 30 MB"),
    Hostile(
        "zip-6000-entries.docx", _many_entries, "refused", "draft-too-large", "number of parts"
    ),
    Hostile(
        "xml-broken.docx",
        lambda p: _docx(p, "<w:p><w:r>"),
        "refused",
        "draft-unreadable",
        "not a readable .docx",
    ),
    Hostile("xml-nested-3000.docx", _nested, "refused", "draft-unreadable", "not a readable .docx"),
    Hostile(
        "xml-billion-laughs.docx",
        _write(b""),  # replaced below
        "report",
    ),
    Hostile(
        "style-chain-20000.docx",
        lambda p: _style_chain(p, 20_000),
        "refused",
        "draft-too-large",
        "chain of",
    ),
    Hostile("style-chain-90.docx", lambda p: _style_chain(p, 90), "finding", "incomplete-order"),
    Hostile(
        "paragraphs-25000.docx",
        _paragraphs(25_000),
        "refused",
        "draft-too-large",
        "number of paragraphs",
    ),
    Hostile("paragraphs-19000.docx", _paragraphs(19_000), "finding", "incomplete-order"),
    Hostile(
        "text-5m-chars.docx",
        _long_paragraph("word " * 1_000_000),
        "refused",
        "draft-too-large",
        "length of its text",
    ),
    Hostile(
        "paragraph-64k-no-stop.docx",
        _long_paragraph("shall be filed under seal " * 2_600),
        "finding",
        "incomplete-order",
    ),
    Hostile(
        "paragraph-64k-semicolons.docx",
        _long_paragraph("a; " * 22_000),
        "finding",
        "incomplete-order",
    ),
    Hostile(
        "paragraph-64k-abbreviations.docx",
        _long_paragraph("See Fed. R. Civ. P. No. v. " * 2_500),
        "finding",
        "incomplete-order",
    ),
    Hostile(
        "paragraph-400k.docx",
        _long_paragraph("Local Rule 37-1 " * 25_000),
        "finding",
        "incomplete-order",
    ),
    Hostile(
        "empty-paragraphs-1m.docx",
        lambda p: _docx(p, "<w:p/>" * 1_500_000),
        "refused",
        "draft-too-large",
        "100,000 paragraphs",
    ),
    Hostile(
        "runs-100000.docx",
        lambda p: _docx(p, "<w:p>" + "<w:r><w:t>ab </w:t></w:r>" * 100_000 + "</w:p>"),
        "finding",
        "incomplete-order",
    ),
    Hostile("pdf-named-docx.docx", _text_pdf, "finding", "incomplete-order"),
    Hostile("docx-named-pdf.pdf", _renamed_docx, "finding", "incomplete-order"),
    # --- the visible-text view: mandatory text a reader does not see ------------------
    Hostile(
        "white-text.docx",
        lambda p: _visible(p, rpr='<w:color w:val="FFFFFF"/>'),
        "finding",
        "invisible-text",
    ),
    Hostile(
        "theme-background-text.docx",
        lambda p: _visible(p, rpr='<w:color w:val="000000" w:themeColor="background1"/>'),
        "finding",
        "invisible-text",
    ),
    Hostile(
        "tiny-text.docx",
        lambda p: _visible(p, rpr='<w:sz w:val="2"/>'),
        "finding",
        "invisible-text",
    ),
    Hostile(
        "vanish-by-style.docx",
        lambda p: _visible(
            p,
            ppr='<w:pStyle w:val="Quiet"/>',
            styles=(
                '<w:style w:type="paragraph" w:styleId="Quiet"><w:rPr><w:vanish/></w:rPr></w:style>'
            ),
        ),
        "finding",
        "invisible-text",
    ),
    Hostile(
        "zero-line-spacing.docx",
        lambda p: _visible(p, ppr='<w:spacing w:line="1" w:lineRule="exact"/>'),
        "finding",
        "invisible-text",
    ),
    Hostile(
        "off-page-indent.docx",
        lambda p: _visible(p, ppr='<w:ind w:left="30000"/>'),
        "finding",
        "invisible-text",
    ),
    Hostile(
        "frame-off-page.docx",
        lambda p: _visible(p, ppr='<w:framePr w:x="40000" w:y="0"/>'),
        "finding",
        "invisible-text",
    ),
    Hostile("columns-45.docx", _columns, "finding", "invisible-text"),
    Hostile("if-field.docx", _if_field, "finding", "invisible-text"),
    Hostile("shape-over-text.docx", _shape_over, "finding", "invisible-text"),
    Hostile(
        "colour-like-shading.docx",
        lambda p: _visible(
            p, rpr='<w:color w:val="EEEEEE"/><w:shd w:val="clear" w:fill="EEEEEE"/>'
        ),
        "finding",
        "invisible-text",
    ),
    # --- PDFs -----------------------------------------------------------------------------
    Hostile(
        "pdf-flate-bomb.pdf",
        lambda p: _pdf_pages(p, [_BOMB]),
        "refused",
        "draft-too-large",
        "expand past",
    ),
    Hostile(
        "pdf-600-pages.pdf",
        lambda p: _pdf_pages(p, [_BLANK] * 600, flate=False),
        "refused",
        "draft-too-large",
        "more than 500 pages",
    ),
    Hostile(
        "pdf-no-text.pdf",
        lambda p: _pdf_pages(p, [_BLANK]),
        "refused",
        "draft-unreadable",
        "no text layer",
    ),
    Hostile(
        "pdf-garbage-body.pdf",
        _write(b"%PDF-1.4\n" + os.urandom(4096) + b"\n%%EOF\n"),
        "refused",
        "draft-unreadable",
        "PDF",
    ),
    Hostile(
        "pdf-encrypted.pdf",
        lambda p: _pdf(
            p,
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [] /Count 0 >>",
                b"<< /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>",
            ],
            trailer=b"/Encrypt 3 0 R /ID [<00><00>] ",
        ),
        "refused",
        "draft-unreadable",
        "",
    ),
    Hostile("pdf-one-line.pdf", _text_pdf, "finding", "incomplete-order"),
]


def _laughs(path: Path) -> Path:
    entities = '<!ENTITY a "ha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(8)
    )
    document = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        f'<w:document xmlns:w="{W}"><w:body>'
        "<w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("word/document.xml", document)
    return path


HOSTILE = [
    Hostile(h.name, _laughs, "refused", "draft-unreadable", "")
    if h.name == "xml-billion-laughs.docx"
    else h
    for h in HOSTILE
]


def write_corpus(folder: Path) -> list[tuple[Hostile, Path]]:
    """Build every hostile draft in ``folder``."""
    return [(h, h.make(folder / h.name)) for h in HOSTILE]

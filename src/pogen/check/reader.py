"""Read a draft order (.docx or PDF) for ``pogen check``: numbered paragraphs.

The text itself comes from :mod:`pogen.docx.reader`, pogen's one reader of
WordprocessingML (its docstring lists what each element reads as: tracked changes
accepted, hidden text and field codes unread, a text box once).  This module adds what
an audit needs on top: the file identified as .docx or PDF with a one-line reason when
it is neither, paragraphs whose mark was deleted joined to the next, empty paragraphs
dropped, the rest numbered in reading order (body first, then headers and footers),
and typed paragraph numbers ("1.", "B.", "IV.", "(a)", "12.3") stripped by
:func:`strip_number` (automatic numbering is never in the text).
"""

from __future__ import annotations

from pathlib import Path

from pogen.check.paragraphs import DraftError, Para, number_paragraphs, strip_number
from pogen.check.pdf import read_pdf
from pogen.docx.reader import DocxReadError, NotADocxError, read_package

__all__ = ["DraftError", "Para", "read_docx", "read_draft", "strip_number"]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_docx(data: bytes, name: str) -> list[Para]:
    """Paragraphs of a .docx: body (tables, text boxes inline), then headers and footers."""
    if data.startswith(_OLE_MAGIC):
        raise DraftError(
            f"{name}: an encrypted (password-protected) or legacy .doc file; save it as an "
            "unprotected .docx and check that"
        )
    try:
        package = read_package(data)
    except NotADocxError as exc:
        raise DraftError(f"{name}: not a Word document (.docx): {exc}") from None
    except DocxReadError as exc:
        raise DraftError(f"{name}: not a readable .docx (corrupt or not a zip: {exc})") from None
    return number_paragraphs(package.body + package.headers + package.footers)


def read_draft(path: Path) -> list[Para]:
    """Read a .docx or PDF draft; raise :class:`DraftError` with a one-line reason."""
    name = str(path)
    if not path.exists():
        raise DraftError(f"{name}: no such file")
    if path.is_dir():
        raise DraftError(f"{name}: is a directory, not a draft")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DraftError(f"{name}: cannot be read ({exc.strerror})") from None
    if data.startswith(b"%PDF"):
        return read_pdf(path, name)
    if data.startswith(b"PK"):
        return read_docx(data, name)
    if data.startswith(_OLE_MAGIC):
        return read_docx(data, name)
    raise DraftError(f"{name}: not a .docx or PDF file")

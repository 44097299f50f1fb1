"""Read a draft order (.docx or PDF) for ``pogen check``: numbered paragraphs, bounded.

The text itself comes from :mod:`pogen.docx.reader` in its visible-text view (tracked
changes accepted, hidden, white, tiny or off-page text left out and kept aside with the
reason, field codes unread, a text box once) or from :mod:`pogen.check.pdf`.  This
module adds what an audit of an untrusted file needs:

- only a regular file is read (never a FIFO, a device such as ``/dev/zero`` or a
  directory), at most :data:`~pogen.check.limits.MAX_FILE_BYTES`, opened once and checked
  with ``fstat`` so that it cannot be swapped between the check and the read;
- the kind is decided by structure, not by name or first bytes: a .docx is a zip whose
  end-of-central-directory record is where the format puts it and which holds
  ``word/document.xml``; a PDF has a ``%PDF-`` header in its first kilobyte *and* an
  ``%%EOF`` trailer in its last, and must then parse;
- every refusal is a :class:`DraftError` (exit 2) with a one-line reason;
- paragraphs whose mark was deleted are joined to the next, empty ones dropped, the
  rest numbered in reading order (body first, then headers and footers), and typed
  paragraph numbers ("1.", "B.", "IV.", "(a)", "12.3") stripped by :func:`strip_number`.
"""

from __future__ import annotations

import errno
import os
import stat
import struct
from pathlib import Path

from pogen.check import limits
from pogen.check.limits import Budget, too_large
from pogen.check.paragraphs import DraftError, Para, number_paragraphs, strip_number
from pogen.check.pdf import read_pdf
from pogen.docx.inflate import DocxReadError, DocxTooLargeError, NotADocxError, ReadLimits
from pogen.docx.reader import read_package

__all__ = ["DraftError", "Para", "read_docx", "read_draft", "strip_number"]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EOCD = b"PK\x05\x06"
_MAX_ZIP_ENTRIES = 5_000
_LIMITS = ReadLimits(
    limits.MAX_PART_BYTES,
    limits.MAX_INFLATED_BYTES,
    limits.MAX_STYLE_DEPTH,
    limits.MAX_RAW_PARAGRAPHS,
)


def _zip_entries(data: bytes) -> int | None:
    """Entries in the zip's end-of-central-directory record, or None when there is none."""
    at = data.rfind(_EOCD, max(0, len(data) - 65_557))
    if at < 0 or len(data) < at + 22:
        return None
    (entries,) = struct.unpack_from("<H", data, at + 10)
    return int(entries)


def _is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024] and b"%%EOF" in data[-2048:]


def read_docx(data: bytes, name: str) -> list[Para]:
    """Paragraphs of a .docx: body (tables, text boxes inline), then headers and footers."""
    if data.startswith(_OLE_MAGIC):
        raise DraftError(
            f"{name}: an encrypted (password-protected) or legacy .doc file; save it as an "
            "unprotected .docx and check that"
        )
    entries = _zip_entries(data)
    if entries is not None and entries > _MAX_ZIP_ENTRIES:
        raise too_large(name, "the number of parts in the .docx", _MAX_ZIP_ENTRIES, " parts")
    try:
        package = read_package(data, view=True, limits=_LIMITS)
    except DocxTooLargeError as exc:
        raise limits.DraftTooLargeError(
            f"{name}: refused: {exc}; this is not a protective order pogen can check"
        ) from None
    except NotADocxError as exc:
        raise DraftError(f"{name}: not a Word document (.docx): {exc}") from None
    except DocxReadError as exc:
        raise DraftError(f"{name}: not a readable .docx (corrupt or not a zip: {exc})") from None
    except (RecursionError, MemoryError):
        raise limits.DraftTooLargeError(
            f"{name}: refused: its XML is nested too deeply or too large to read"
        ) from None
    except Exception as exc:
        raise DraftError(
            f"{name}: not a readable .docx ({type(exc).__name__}: {str(exc)[:120]})"
        ) from None
    return _bounded(number_paragraphs(package.body + package.headers + package.footers), name)


def _bounded(paras: list[Para], name: str) -> list[Para]:
    if len(paras) > limits.MAX_PARAGRAPHS:
        raise too_large(name, "the number of paragraphs", limits.MAX_PARAGRAPHS)
    if sum(len(p.text) for p in paras) > limits.MAX_TEXT_CHARS:
        raise too_large(name, "the length of its text", limits.MAX_TEXT_CHARS, " characters")
    return paras


def _read_regular(path: Path, name: str) -> bytes:
    """The bytes of a regular file of bounded size; a one-line refusal otherwise."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise DraftError(f"{name}: no such file") from None
    except OSError as exc:
        raise DraftError(f"{name}: cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise DraftError(f"{name}: is a directory, not a draft")
    if not stat.S_ISREG(st.st_mode):
        raise DraftError(f"{name}: not a regular file (a device, FIFO or socket); not read")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DraftError(f"{name}: a symbolic link loop") from None
        raise DraftError(f"{name}: cannot be read ({exc.strerror})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise DraftError(f"{name}: not a regular file (a device, FIFO or socket); not read")
        if st.st_size > limits.MAX_FILE_BYTES:
            raise too_large(name, "the file size", limits.MAX_FILE_BYTES, "bytes")
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 1 << 20):
            size += len(chunk)
            if size > limits.MAX_FILE_BYTES:
                raise too_large(name, "the file size", limits.MAX_FILE_BYTES, "bytes")
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise DraftError(f"{name}: cannot be read ({exc.strerror})") from None
    finally:
        os.close(fd)


def read_draft(path: Path, budget: Budget | None = None) -> list[Para]:
    """Read a .docx or PDF draft; raise :class:`DraftError` with a one-line reason."""
    name = str(path)
    budget = budget or Budget.start(name)
    data = _read_regular(path, name)
    if not data:
        raise DraftError(f"{name}: an empty file, not a .docx or PDF")
    if data.startswith(_OLE_MAGIC):
        return read_docx(data, name)
    if _zip_entries(data) is not None and data.startswith(b"PK"):
        return read_docx(data, name)
    if _is_pdf(data):
        return _bounded(read_pdf(path, name, budget), name)
    if data.startswith(b"%PDF"):
        raise DraftError(
            f"{name}: not a readable PDF (it starts like one but has no PDF trailer: "
            "truncated or not a PDF)"
        )
    if data.startswith(b"PK"):
        raise DraftError(
            f"{name}: not a readable .docx (it starts like a zip but is not one: truncated "
            "or corrupt)"
        )
    raise DraftError(f"{name}: not a .docx or PDF file")

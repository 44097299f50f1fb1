"""The PDF parser of ``pogen check``, run in a child process with bounded memory and time.

pdfminer.six is a large pure-Python parser, and a PDF from opposing counsel may be
built to exhaust it (a compression bomb, a content stream of a billion operators, a
page tree that never ends).  :mod:`pogen.check.pdf` therefore runs this module as
``python -m pogen.check.pdfchild FILE`` under ``RLIMIT_AS`` and ``RLIMIT_CPU`` with a
wall-clock timeout, and inside it every decompression is checked while inflating
(:class:`_Inflate`), pages and characters are counted.  Whatever goes wrong, the parent
gets one JSON object on stdout: ``{"pages": [...]}`` or ``{"error": "reason"}``.

Each page is ``{"w": width, "h": height, "lines": [[y, x0, x1, size, bold, text, lead]]}``:
characters grouped into lines by baseline, a line cut into segments where a gap wider
than about a character separates them (margin line numbers, caption columns;
the parent joins the pieces of one line of text again), words
separated where the glyphs leave a space, ``bold`` the share of bold glyphs, ``lead``
the length of a leading bold phrase (a run-in heading) when the rest is not bold.
"""

from __future__ import annotations

import json
import sys
import zlib
from io import BytesIO
from typing import Any

MAX_PAGES = 500
MAX_CHARS = 3_000_000
MAX_INFLATED = 64 * 1024 * 1024


class RefusedError(Exception):
    """A bound was hit; the message says which."""


class _Inflate:
    """Stands in for ``zlib`` inside pdfminer: every inflation is counted as it goes."""

    error = zlib.error

    def __init__(self, budget: int) -> None:
        self.left = budget

    def _take(self, produced: int) -> None:
        self.left -= produced
        if self.left < 0:
            raise RefusedError(f"its streams expand past {MAX_INFLATED // (1 << 20)} MB")

    def decompress(self, data: bytes, *_args: Any) -> bytes:
        d = zlib.decompressobj()
        out = d.decompress(data, self.left + 1)
        self._take(len(out))
        if d.unconsumed_tail:
            raise RefusedError(f"a stream expands past {MAX_INFLATED // (1 << 20)} MB")
        return out

    def decompressobj(self, *args: Any) -> Any:
        outer = self
        inner = zlib.decompressobj(*args)

        class _Obj:
            def decompress(self, data: bytes, *_a: Any) -> bytes:
                out = inner.decompress(data, outer.left + 1)
                outer._take(len(out))
                return out

        return _Obj()


def _install_bounds() -> _Inflate:
    from pdfminer import lzw, pdftypes

    inflate = _Inflate(MAX_INFLATED)
    setattr(pdftypes, "zlib", inflate)  # noqa: B010  (replaces pdfminer's module global)

    def lzwdecode(data: bytes) -> bytes:
        out = BytesIO()
        for chunk in lzw.LZWDecoder(BytesIO(data)).run():
            inflate._take(len(chunk))
            out.write(chunk)
        return out.getvalue()

    def rldecode(data: bytes) -> bytes:
        out = bytearray()
        i = 0
        while i < len(data) and data[i] != 128:
            length = data[i]
            if length < 128:
                piece = data[i + 1 : i + 2 + length]
                i += 2 + length
            else:
                piece = data[i + 1 : i + 2] * (257 - length)
                i += 2
            inflate._take(len(piece))
            out += piece
        return bytes(out)

    setattr(pdftypes, "lzwdecode", lzwdecode)  # noqa: B010
    setattr(pdftypes, "rldecode", rldecode)  # noqa: B010
    return inflate


def _bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1].lower()
    return any(
        mark in name for mark in ("bold", "black", "heavy", "semibold", ",b")
    ) or name.endswith("-b")


_Char = tuple[float, float, float, float, str, bool]  # y, x0, x1, size, text, bold


def _lines(chars: list[_Char]) -> list[list[Any]]:
    """Group characters (y, x0, x1, size, text, bold) into line segments
    ``[y, x0, x1, size, bold share, text, length of the leading bold text]``."""
    chars.sort(key=lambda c: (-round(c[0], 0), c[1]))
    rows: list[list[_Char]] = []
    for char in chars:
        if rows and abs(rows[-1][0][0] - char[0]) <= 1.5:
            rows[-1].append(char)
        else:
            rows.append([char])
    out: list[list[Any]] = []
    for row in rows:
        row.sort(key=lambda c: c[1])
        segment: list[_Char] = []
        pieces: list[tuple[str, bool]] = []
        for char in row:
            if segment:
                gap = char[1] - segment[-1][2]
                if gap > 0.9 * max(char[3], 4.0):
                    _flush(segment, pieces, out)
                    segment, pieces = [], []
                elif gap > 0.18 * char[3] and pieces and pieces[-1][0] != " ":
                    pieces.append((" ", segment[-1][5]))
            segment.append(char)
            pieces.append((char[4], char[5]))
        _flush(segment, pieces, out)
    return out


def _flush(segment: list[_Char], pieces: list[tuple[str, bool]], out: list[list[Any]]) -> None:
    """Append one segment ``[y, x0, x1, size, bold share, text, lead length]``."""
    text = "".join(t for t, _b in pieces)
    if not segment or not text.strip():
        return
    glyphs = [c for c in segment if c[4].strip()]
    bold = sum(1 for c in glyphs if c[5]) / max(1, len(glyphs))
    lead = ""
    for piece, is_bold in pieces:
        if piece.strip() and not is_bold:
            break
        lead += piece
    words = " ".join(text.split())
    lead_words = " ".join(lead.split())
    out.append(
        [
            round(segment[0][0], 1),
            round(segment[0][1], 1),
            round(segment[-1][2], 1),
            round(max(c[3] for c in segment), 1),
            round(bold, 2),
            words,
            len(lead_words) if lead_words != words else 0,
        ]
    )


def extract(path: str) -> dict[str, Any]:
    """Every page's line segments, or ``{"error": ...}``."""
    _install_bounds()
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    pages: list[dict[str, Any]] = []
    total = 0
    with open(path, "rb") as handle:  # noqa: PTH123
        try:
            document = PDFDocument(PDFParser(handle))
        except (PDFEncryptionError, PDFPasswordIncorrect):
            return {"error": "an encrypted (password-protected) PDF; save an unprotected copy"}
        if not document.is_extractable:
            return {"error": "a PDF whose permissions forbid text extraction"}
        manager = PDFResourceManager(caching=True)
        device = PDFPageAggregator(manager, laparams=None)
        interpreter = PDFPageInterpreter(manager, device)
        for number, page in enumerate(PDFPage.create_pages(document), 1):
            if number > MAX_PAGES:
                raise RefusedError(f"it has more than {MAX_PAGES} pages")
            interpreter.process_page(page)
            layout = device.get_result()
            chars = []
            for item in layout:
                if isinstance(item, LTChar) and item.matrix[1] == 0 and item.matrix[2] == 0:
                    chars.append(
                        (
                            item.y0,
                            item.x0,
                            item.x1,
                            item.size,
                            item.get_text(),
                            _bold(item.fontname),
                        )
                    )
            total += len(chars)
            if total > MAX_CHARS:
                raise RefusedError(f"it has more than {MAX_CHARS:,} characters of text")
            x0, y0, x1, y1 = page.mediabox
            pages.append({"w": x1 - x0, "h": y1 - y0, "lines": _lines(chars)})
    return {"pages": pages}


def main() -> int:
    """Print one JSON object for ``argv[1]``; never a traceback."""
    try:
        result = extract(sys.argv[1])
    except RefusedError as exc:
        result = {"error": f"refused: {exc}", "bound": True}
    except MemoryError:
        result = {"error": "refused: it needs more memory than a PDF check may use", "bound": True}
    except RecursionError:
        result = {"error": "refused: its objects are nested too deeply", "bound": True}
    except Exception as exc:
        result = {"error": f"not a readable PDF ({type(exc).__name__}: {str(exc)[:120]})"}
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A TOML source file (a case file or a firm file): bounded read, decode, parse.

It refuses what a person could not have meant (oversized files, devices and FIFOs,
other encodings, syntax errors) with one diagnostic that names the file, line and
column, and keeps what is needed to point back into the text (``CaseSource``).
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pogen.case.locate import Position, locate_keys, nearest
from pogen.case.tomlcheck import MAX_NESTING, deepest_nesting, name_illegal_characters
from pogen.errors import CaseFileError, Diagnostic, display_path

MAX_CASE_FILE_BYTES = 1_000_000
"""A real case file is a few kilobytes; anything near a megabyte is a mistake."""

_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True)
class CaseSource:
    """A parsed case file together with what is needed to point back into it."""

    path: Path
    text: str
    data: dict[str, Any]
    label: str = field(default="")
    locator: Callable[[str], tuple[str, int, int]] | None = field(default=None, compare=False)
    template: str | None = None  # a firm file's template: a path or pogen:NAME (case.firm)

    @property
    def name(self) -> str:
        return self.label or display_path(self.path)

    @cached_property
    def positions(self) -> dict[str, Position]:
        return locate_keys(self.text)

    def position(self, key: str) -> Position:
        return nearest(self.positions, key)

    def locate(self, key: str) -> tuple[str, int, int]:
        """File, line and column of ``key``; merged firm defaults point to their own file."""
        if self.locator is not None:
            return self.locator(key)
        return (self.name, *self.position(key))


def _fail(
    name: str, message: str, code: str, hint: str = "", *, line: int = 0, col: int = 0
) -> None:
    raise CaseFileError(Diagnostic(name, line, col, "", message, code, hint))


def decode(raw: bytes, name: str) -> str:
    """Decode case-file bytes as UTF-8, naming the encoding problem precisely."""
    head = raw[:4096]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or head.count(b"\x00") * 4 > len(head):
        _fail(
            name,
            "file is UTF-16 encoded",
            "encoding",
            "save it as UTF-8 (in most editors: File > Save with Encoding > UTF-8)",
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a UTF-8 byte-order mark carries no meaning; editors on Windows add it
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        _fail(
            name,
            f"byte 0x{raw[exc.start]:02x} is not valid UTF-8 (file saved as Latin-1 or "
            "Windows-1252?)",
            "encoding",
            "save the file as UTF-8",
            line=line,
            col=col,
        )
    raise AssertionError("unreachable")


_CURLY = re.compile(r"(?:=|\[|,)\s*([“”‘’„‟«»])")


def _curly_quote(text: str, line: int) -> str:
    """The curly quotes of a line whose value starts with one (pasted from Word), or ""."""
    lines = text.splitlines()
    found = _CURLY.search(lines[line - 1]) if 1 <= line <= len(lines) else None
    if found is None:
        return ""
    return "“ ”" if found.group(1) in "“”„‟«»" else "‘ ’"


def parse(text: str, name: str) -> dict[str, Any]:
    """Parse TOML text; syntax errors become one diagnostic with line and column."""
    if not text.strip():
        _fail(name, "file is empty", "empty-file", "start from `pogen new` or a file in case_data/")
    try:
        return tomllib.loads(text)
    except RecursionError:  # tomllib recurses once per nested array or inline table
        line, col = deepest_nesting(text)
        _fail(
            name,
            f"values are nested more than {MAX_NESTING} levels deep",
            "too-deep",
            "a case file needs at most three levels of arrays and tables",
            line=line,
            col=col,
        )
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_POSITION.search(message)
        line, col = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
        if not match and "end of document" in message:
            line = text.count("\n") + 1
            col = 1
        detail = _TOML_POSITION.sub("", message).replace("(at end of document)", "").strip()
        detail = name_illegal_characters(detail)
        hint = "check quotes, brackets and that each key appears once in its table"
        curly = _curly_quote(text, line)
        if curly:
            detail = f"{detail}: the value is in curly quotes {curly}, which TOML does not read"
            hint = 'type straight quotes "..." (Word and Outlook turn them into curly ones)'
        _fail(name, f"TOML syntax error: {detail}", "toml-syntax", hint, line=line, col=col)
    raise AssertionError("unreachable")


def read_source(path: Path) -> tuple[str, str]:
    """The text of a TOML file and the name messages give it; bounded and checked first."""
    name = display_path(path)
    if path.suffix.lower() != ".toml":
        _fail(name, "case files are TOML and end in .toml", "not-toml")
    return decode(read_bounded(path, name), name), name


def read_bounded(
    path: Path, name: str, limit: int = MAX_CASE_FILE_BYTES, what: str = "case files"
) -> bytes:
    """A regular file's bytes, at most ``limit`` of them: never a FIFO or device (which
    would block or never end), and never more read than the limit, even from a file that
    claims to be small or grows while it is read (a sparse file is refused by its size
    before a byte is read)."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            _fail(name, "is not a regular file", "file-unreadable")
        if info.st_size > limit:
            _fail(
                name,
                f"file is {info.st_size:,} bytes; {what} are limited to {limit:,}",
                "file-too-large",
            )
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # no FIFO wait
        with open(fd, "rb") as handle:  # noqa: PTH123 - an fd; bounded: it may grow
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since stat()
                _fail(name, "is not a regular file", "file-unreadable")
            raw = handle.read(limit + 1)
        if len(raw) > limit:
            _fail(name, f"file is larger than {limit:,} bytes", "file-too-large")
    except FileNotFoundError:
        _fail(name, "no such file", "file-not-found")
    except IsADirectoryError:
        _fail(name, "is a directory, not a case file", "file-not-found")
    except PermissionError:
        _fail(name, "permission denied", "file-unreadable")
    except OSError as exc:  # symlink loop, name too long, I/O error
        _fail(name, f"cannot read ({exc.strerror or exc})", "file-unreadable")
    return raw

"""Clearer TOML errors: what tomllib reports tersely, or not at all, said plainly.

tomllib names an illegal character as a Python escape (``'\\x07'``) and, on thousands of
nested brackets, overflows the interpreter's stack with a ``RecursionError`` that has no
position.  These helpers, used by ``pogen.case.source`` only after tomllib has refused a file,
name the character and find the bracket where the nesting went too deep.
"""

from __future__ import annotations

import re

from pogen.case.charnames import char_name

MAX_NESTING = 50
"""Where a nesting error is reported; tomllib itself fails some hundreds of levels in."""

_ILLEGAL = re.compile(r"Illegal character '(\\x[0-9a-f]{2}|\\n|\\t|\\r)'")


def _name_illegal(match: re.Match[str]) -> str:
    """tomllib's "Illegal character '\\x07'" as "U+0007 (BELL)"; a newline means a quote."""
    ch = match.group(1).encode().decode("unicode_escape")
    if ch == "\n":
        return "line ends inside a string (missing closing quote?)"
    return f"illegal character U+{ord(ch):04X} ({char_name(ch)})"


def deepest_nesting(text: str) -> tuple[int, int]:
    """Line and column of the first bracket more than ``MAX_NESTING`` levels deep.

    A rough scan (strings and comments skipped) used only to point at the problem after
    tomllib has already refused the file; (0, 0) when it finds nothing.
    """
    depth, line, col, quote, i = 0, 1, 0, "", 0
    while i < len(text):
        ch = text[i]
        col += 1
        if ch == "\n":
            line, col = line + 1, 0
            if quote in ('"', "'"):
                quote = ""
        elif quote:
            if ch == "\\" and quote in ('"', '"""'):
                i, col = i + 1, col + 1
            elif text.startswith(quote, i):
                i, col, quote = i + len(quote) - 1, col + len(quote) - 1, ""
        elif ch == "#":
            end = text.find("\n", i)
            i, col = (len(text) if end < 0 else end) - 1, col + (0 if end < 0 else end - i - 1)
        elif ch in "\"'":
            quote = ch * 3 if text.startswith(ch * 3, i) else ch
            i, col = i + len(quote) - 1, col + len(quote) - 1
        elif ch in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return line, col
        elif ch in "]}":
            depth = max(depth - 1, 0)
        i += 1
    return 0, 0


def name_illegal_characters(detail: str) -> str:
    """Rewrite tomllib's illegal-character messages in a tomllib error's text."""
    return _ILLEGAL.sub(_name_illegal, detail)

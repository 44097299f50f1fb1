"""Field codes as Word would run them: refuse those that act or fetch, however spelt.

A field's code can be split over runs and paragraphs, kept in a tracked deletion
(``w:delInstrText``, live again once the change is rejected), or built from nested
fields: ``{ {QUOTE 68 68 69}AUTO ... }`` (QUOTE with character codes spells "DDE") or
``{ {QUOTE "INCLUDE"}PICTURE "http://..." }``.  Each complex field is assembled from
its begin to its end, nested fields and all; a QUOTE of character codes or of a quoted
string stands for its text; and a field whose name is built by a nested field at all is
refused, since its name is only known once Word runs it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from pogen.docx.ns import W

ACTIVE = (
    "DDEAUTO",
    "DDE",
    "INCLUDETEXT",
    "INCLUDEPICTURE",
    "INCLUDE",
    "LINK",
    "IMPORT",
    "DATABASE",
    "PRINT",
    "AUTOTEXT",
    "AUTOTEXTLIST",
    "GLOSSARY",
)
"""Fields that run a program, fetch a file or data, send printer codes, or insert text
from outside the document when Word updates them."""

# A field's type is the first word of its code; the rest is its arguments and text.
_ACTIVE = re.compile(r"^[\s=]*(" + "|".join(ACTIVE) + r")(?=[\s\"\\]|$)", re.IGNORECASE)
_NESTED = "\x00"  # where a nested field stands in its parent's code
_CODES = re.compile(r"^\s*QUOTE\s+((?:\d+\s*)+)$", re.IGNORECASE)
_QUOTED = re.compile(r'^\s*QUOTE\s+"([^"]*)"\s*$', re.IGNORECASE)


@dataclass
class _Field:
    parts: list[str] = field(default_factory=list)
    in_code: bool = True
    nested: list[str] = field(default_factory=list)  # what each nested field stands for


def _stands_for(code: str) -> str:
    """What a nested field contributes to its parent's code: a QUOTE's text, else its
    own code (so a keyword in it is still seen)."""
    digits = _CODES.match(code)
    if digits:
        try:
            return "".join(chr(int(n)) for n in digits.group(1).split())
        except (ValueError, OverflowError):
            return code
    quoted = _QUOTED.match(code)
    return quoted.group(1) if quoted else code


def field_codes(root: etree._Element) -> Iterator[tuple[str, bool]]:
    """Every field code of a part as Word would read it, and whether the field's name
    is built by a nested field."""
    for simple in root.iter(f"{W}fldSimple"):
        yield simple.get(f"{W}instr") or "", False
    stack: list[_Field] = []
    instr = (f"{W}instrText", f"{W}delInstrText")
    for element in root.iter(f"{W}fldChar", *instr):
        if element.tag in instr:
            if stack and stack[-1].in_code:
                stack[-1].parts.append(element.text or "")
            continue
        kind = element.get(f"{W}fldCharType")
        if kind == "begin":
            if stack and stack[-1].in_code:
                stack[-1].parts.append(_NESTED)
            stack.append(_Field())
        elif kind == "separate" and stack:
            stack[-1].in_code = False
        elif kind == "end" and stack:
            done = stack.pop()
            code = "".join(done.parts)
            if stack:
                stack[-1].nested.append(_stands_for(code.replace(_NESTED, " ")))
            yield from _read(done, code)
    for unfinished in stack:  # a field never ended: still judge what it says
        yield from _read(unfinished, "".join(unfinished.parts))


def _read(done: _Field, code: str) -> Iterator[tuple[str, bool]]:
    pieces = iter(done.nested)
    spelt = "".join(next(pieces, " ") if c == _NESTED else c for c in code)
    head = code.lstrip()
    built = head.startswith(_NESTED) or bool(re.match(r"^[A-Za-z]+\x00|^\x00", head))
    yield spelt, built
    yield code.replace(_NESTED, " "), False


def active_field(root: etree._Element) -> str:
    """The first refused field of a part, said for a message, or ""."""
    for code, built in field_codes(root):
        found = _ACTIVE.match(code)
        if found:
            return f"a field {found.group(1).upper()}"
        if built:
            return "a field whose name is built by a nested field"
    return ""

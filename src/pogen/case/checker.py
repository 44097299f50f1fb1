"""What every cross-field rule shares: the parsed document, where keys are, and how a
problem becomes a ``Diagnostic`` (an error, or a warning pogen renders past).

The rules themselves are in ``pogen.case.rules`` (categories, and the run order),
``pogen.case.rules_judges`` (case number, judges, notation) and
``pogen.case.rules_parties`` (parties and counsel).  All are defensive, since the
schema may have failed elsewhere in the same file.
"""

from __future__ import annotations

import re
from typing import Any

from pogen.case.source import CaseSource
from pogen.errors import WARNING, Diagnostic

# Words a person might type to mean "there is none"; printed, they would be the word.
_NONE_WORDS = frozenset(
    {
        "",
        "none",
        "no",
        "n/a",
        "na",
        "nil",
        "null",
        "false",
        "blank",
        "no notation",
        "none required",
        "not required",
        "no discovery notation",
        "none on record",
        "no division",
    }
)
_WRAPPING = re.compile(r"^[\s\[\]().\-–—*_]+|[\s\[\]().\-–—*_]+$")


def means_none(value: str) -> bool:
    """Whether ``value`` is a word for "none" ("none", "N/A", "[none]", "-")."""
    return _WRAPPING.sub("", value).casefold() in _NONE_WORDS


class Checker:
    """The parsed document and its source, with helpers for reading and reporting."""

    def __init__(self, doc: dict[str, Any], source: CaseSource) -> None:
        self.doc = doc
        self.source = source

    def diag(self, key: str, message: str, code: str, hint: str = "") -> Diagnostic:
        return Diagnostic(*self.source.locate(key), key, message, code, hint)

    def warn(self, key: str, message: str, code: str, hint: str = "") -> Diagnostic:
        return Diagnostic(*self.source.locate(key), key, message, code, hint, WARNING)

    def table(self, name: str) -> dict[str, Any]:
        value = self.doc.get(name)
        return value if isinstance(value, dict) else {}

    def items(self, name: str) -> list[tuple[int, dict[str, Any]]]:
        value = self.doc.get(name)
        if not isinstance(value, list):
            return []
        return [(i, v) for i, v in enumerate(value) if isinstance(v, dict)]

"""Placeholders: the ``<<...>>`` blanks of a skeleton case file, which never validate.

``pogen new`` writes a blank wherever a person must supply a value; validation reports
each one left (code ``placeholder``) at its line, so a skeleton cannot be rendered by
mistake, and the JSON Schema marks them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pogen.case.source import CaseSource
from pogen.errors import Diagnostic

PLACEHOLDER = re.compile(r"<<[^<>\n]*>>")
"""A blank left for a person to fill in; never valid case data."""


def placeholder(label: str, example: str = "") -> str:
    """The marker for one blank, e.g. ``<<Case number, e.g. 2:24-cv-07416-SRM-SSC>>``."""
    return f"<<{label}, e.g. {example}>>" if example else f"<<{label}>>"


def find_placeholders(data: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    """Yield ``(dotted.key, placeholder text)`` for every blank left in parsed TOML."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from find_placeholders(value, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from find_placeholders(value, f"{prefix}[{index}]")
    elif isinstance(data, str):
        match = PLACEHOLDER.search(data)
        if match:
            yield prefix, match.group(0)


def _under(key: str, prefix: str) -> bool:
    return key == prefix or key.startswith((f"{prefix}.", f"{prefix}["))


def placeholder_diagnostics(source: CaseSource, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """One ``placeholder`` error per blank left; other errors about a blank are noise."""
    blanks = list(find_placeholders(source.data))
    if not blanks:
        return diagnostics
    kept = [d for d in diagnostics if not any(_under(d.key, key) for key, _ in blanks)]
    for key, text in blanks:
        kept.append(
            Diagnostic(
                *source.locate(key),
                key,
                f"placeholder {text} is still here; replace it with the real value",
                "placeholder",
            )
        )
    return kept

"""One entry of the code registry: a short title, what it means, how to fix it."""

from __future__ import annotations

from typing import NamedTuple


class Code(NamedTuple):
    """One code pogen can print: a short title, what it means, how to fix it."""

    title: str
    meaning: str
    fix: str


def code(title: str, meaning: str, fix: str) -> Code:
    """A registry entry (positional, so the tables of entries stay compact)."""
    return Code(title, meaning, fix)

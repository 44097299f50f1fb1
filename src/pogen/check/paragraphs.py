"""A draft's paragraphs as ``pogen check`` counts them, and typed paragraph numbers."""

from __future__ import annotations

import dataclasses
import re

from pogen.docx.reader import HEADING_MAX_WORDS, Para
from pogen.errors import UserError

__all__ = [
    "HEADING_MAX_WORDS",
    "DraftError",
    "Para",
    "number_paragraphs",
    "strip_number",
    "typed_number",
]

_NUMBER = re.compile(
    r"^\s*(?:(?:section|article|§)\s+)?"
    r"(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*\.?\)?|\(?[A-Za-z]\)|[A-Z]\.|[IVXLC]{1,6}\.?|\([ivx]{1,5}\))"
    r"(?=[\s\t])\s*",
    re.IGNORECASE,
)


class DraftError(UserError):
    """The draft cannot be read: missing, not a .docx or PDF, encrypted or corrupt."""

    code = "draft-unreadable"


def typed_number(text: str) -> bool:
    """Whether ``text`` opens with a typed paragraph number."""
    return _NUMBER.match(text) is not None


def strip_number(text: str) -> str:
    """The text without a typed paragraph number ("1.", "B.", "IV.", "(a)", "6.2")."""
    stripped = text.strip()
    match = _NUMBER.match(stripped)
    return stripped[match.end() :] if match else stripped


def number_paragraphs(raws: list[Para]) -> list[Para]:
    """Join paragraphs whose mark was deleted, drop empty ones, number the rest."""
    merged: list[Para] = []
    carry: Para | None = None
    for item in raws:
        raw = item
        if carry is not None:
            raw = dataclasses.replace(
                raw, text=carry.text + raw.text, heading=carry.heading and raw.heading
            )
            carry = None
        if raw.runs_on:
            carry = raw
            continue
        merged.append(raw)
    if carry is not None:
        merged.append(carry)
    paras: list[Para] = []
    for raw in merged:
        text = " ".join(raw.text.replace("\u00a0", " ").split())
        if text or raw.unseen.strip():
            paras.append(dataclasses.replace(raw, text=text, number=len(paras) + 1))
    return paras

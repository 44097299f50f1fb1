"""The finding and rule types shared by the rules, the report and the reference page."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """An error is a ground on which the court rejects the order; a warning is not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Rule:
    """One rejection ground from the court's orders, with its stable ID."""

    id: str
    severity: Severity
    cite: str  # short citation that opens every message, e.g. "L.R. 79-5.2.2"
    citation: str  # the local rule or the court's reason, as cited in every message
    summary: str  # what the rule checks, for the reference page
    hint: str
    messages: tuple[str, ...] = ()  # every message form; {name} marks a variable part


@dataclass(frozen=True)
class Finding:
    """One ground found at one place in one draft."""

    rule: str
    severity: Severity
    paragraph: int  # 1-based ¶ number as read; 0 when the problem is an absence
    excerpt: str
    message: str
    hint: str

    def as_json(self) -> dict[str, object]:
        """The documented JSON shape of a finding."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "paragraph": self.paragraph,
            "excerpt": self.excerpt,
            "message": self.message,
            "hint": self.hint,
        }

"""The finding type shared by the rules and the report; rules are in :mod:`pogen.codes.check`."""

from __future__ import annotations

from dataclasses import dataclass

from pogen.codes.check import Rule, Severity

__all__ = ["Finding", "Rule", "Severity"]


@dataclass(frozen=True)
class Finding:
    """One ground found at one place in one draft."""

    rule: str
    severity: Severity
    paragraph: int  # 1-based ¶ number as read; 0 when the problem is an absence
    excerpt: str
    message: str
    hint: str
    page: int = 0  # page where the paragraph starts, when known
    line: int = 0  # pleading-paper line on that page, when known (PDF)
    provision: str = ""  # "§6.3 Joint Stipulation and Burden", as the draft numbers it

    def as_json(self) -> dict[str, object]:
        """The documented JSON shape of a finding (version 1; keys only ever added)."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "paragraph": self.paragraph,
            "page": self.page,
            "line": self.line,
            "provision": self.provision,
            "excerpt": self.excerpt,
            "message": self.message,
            "hint": self.hint,
        }

"""Findings of the rules, built from the rule catalog in :mod:`pogen.codes.check`."""

from __future__ import annotations

import re

from pogen.check.model import Finding, Severity
from pogen.check.paragraphs import Para
from pogen.check.text import excerpt
from pogen.codes.check import RULES

IGN = re.IGNORECASE


def finding(
    rule: str, para: Para | None, message: str, start: int = 0, severity: Severity | None = None
) -> Finding:
    """A finding of ``rule`` at ``para``; the message opens with the rule's citation.

    ``severity`` lowers a judge-specific rule to a note before other judges."""
    spec = RULES[rule]
    return Finding(
        rule=rule,
        severity=severity or spec.severity,
        paragraph=para.number if para else 0,
        excerpt=excerpt(para.text, start) if para else "",
        message=f"{spec.cite}: {message}",
        hint=spec.hint,
    )


def one_per_paragraph(findings: list[Finding]) -> list[Finding]:
    """Keep the first finding in each paragraph: one clause, one report."""
    seen: set[int] = set()
    out = []
    for item in findings:
        if item.paragraph not in seen:
            seen.add(item.paragraph)
            out.append(item)
    return out

"""Format a check report: compiler-style text, or JSON with a stable, documented shape."""

from __future__ import annotations

import json

from pogen.check import Report

JSON_VERSION = 1


def as_text(report: Report) -> str:
    """``FILE:¶N: severity: rule: message [hint: ...]``, one line per finding, then a total."""
    lines = []
    for f in report.findings:
        where = f"{report.file}:¶{f.paragraph}" if f.paragraph else report.file
        quote = f' "{f.excerpt}"' if f.excerpt else ""
        lines.append(f"{where}: {f.severity.value}: {f.rule}: {f.message}{quote} [hint: {f.hint}]")
    lines.append(
        f"{report.file}: {_count(report.errors, 'error')}, {_count(report.warnings, 'warning')}"
    )
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def as_json(report: Report) -> str:
    """The JSON shape documented in README ("Checking a draft")."""
    return json.dumps(
        {
            "version": JSON_VERSION,
            "file": report.file,
            "findings": [f.as_json() for f in report.findings],
            "summary": {"errors": report.errors, "warnings": report.warnings},
        },
        ensure_ascii=False,
        indent=2,
    )

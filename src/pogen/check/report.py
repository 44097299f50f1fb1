"""Format check reports: compiler-style text, or JSON with a stable, documented shape.

Text, per finding: the location a lawyer can find (``FILE:p3:l12`` for a PDF's page and
pleading line, ``FILE:p3`` or ``FILE:¶57`` for a .docx, where ``¶N`` counts non-empty
paragraphs as read), the provision as the draft numbers it, severity, rule and message;
then the excerpt and the hint on lines of their own.  JSON keeps ``version`` 1 and only
adds keys (``page``, ``line``, ``provision`` per finding, ``notes`` and ``judge``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from pogen.check import Report
from pogen.check.model import Finding

JSON_VERSION = 1


def location(file: str, f: Finding) -> str:
    """``FILE:p3:l12``, ``FILE:p3``, ``FILE:¶57`` or ``FILE``."""
    if f.page and f.line:
        where = f"{file}:p{f.page}:l{f.line}"
    elif f.page:
        where = f"{file}:p{f.page}"
    elif f.paragraph:
        where = f"{file}:¶{f.paragraph}"
    else:
        where = file
    return f"{where} {f.provision}" if f.provision else where


def as_text(report: Report) -> str:
    """Each finding (location, severity, rule, message; excerpt; hint), then a total."""
    lines = []
    for f in report.findings:
        lines.append(f"{location(report.file, f)}: {f.severity.value}: {f.rule}: {f.message}")
        if f.excerpt:
            lines.append(f'    "{f.excerpt}"')
        lines.append(f"    hint: {f.hint}")
    if report.judge:
        lines.append(f"{report.file}: judge: {report.judge}")
    total = f"{report.file}: {_count(report.errors, 'error')}, {_count(report.warnings, 'warning')}"
    if report.notes:
        total += f", {_count(report.notes, 'note')}"
    lines.append(total)
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _shape(report: Report) -> dict[str, object]:
    return {
        "version": JSON_VERSION,
        "file": report.file,
        "judge": report.judge,
        "findings": [f.as_json() for f in report.findings],
        "summary": {"errors": report.errors, "warnings": report.warnings, "notes": report.notes},
    }


def as_json(report: Report) -> str:
    """The JSON shape documented in README ("Checking a draft")."""
    return json.dumps(_shape(report), ensure_ascii=False, indent=2)


def as_json_many(reports: Sequence[Report], failures: Sequence[tuple[str, str]]) -> str:
    """Several drafts: ``{"version": 1, "reports": [...], "unreadable": [...]}``."""
    return json.dumps(
        {
            "version": JSON_VERSION,
            "reports": [_shape(r) for r in reports],
            "unreadable": [{"file": name, "message": message} for name, message in failures],
        },
        ensure_ascii=False,
        indent=2,
    )

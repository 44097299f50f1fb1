"""Validate a parsed case file against the schema and the court's rules.

Every problem is collected and reported at once, sorted by position, each with a stable
code and, where it helps, a hint: the schema's (``case.validator``, through Cerberus),
the court's cross-field rules (``case.rules``) and leftover placeholders.  The result is
the frozen ``Case`` model that the later layers read.
"""

from __future__ import annotations

from typing import Any

from pogen.case.casenum import parse_case_number
from pogen.case.judges import find_judge
from pogen.case.model import Case, Category, Counsel, Options, Party
from pogen.case.placeholders import placeholder_diagnostics
from pogen.case.rules import CrossChecks
from pogen.case.source import CaseSource
from pogen.case.validator import schema_diagnostics
from pogen.errors import ValidationError


def _build(doc: dict[str, Any], source: CaseSource) -> Case:
    case, judges = doc["case"], doc["judges"]
    number = parse_case_number(case["number"])
    assert number is not None  # cross-checks proved it
    judge = find_judge(judges["magistrate"])
    notation = judges.get("caption_notation") or (judge.notation if judge else "")
    origin = "case file" if judges.get("caption_notation") else "registry"
    options = doc.get("options") or {}
    return Case(
        source=source.name,
        division=doc["court"]["division"],
        number=number,
        short_title=case["short_title"],
        nature=case["nature"],
        date=case.get("date"),
        district_judge=judges["district"],
        magistrate_judge=judge.name if judge else judges["magistrate"],
        caption_notation=notation,
        notation_origin=origin,
        parties=tuple(Party(p["id"], p["name"], p["role"], p["kind"]) for p in doc["parties"]),
        counsel=tuple(
            Counsel(
                c["name"],
                c["bar_number"],
                c["firm"],
                tuple(c["address"]),
                c["phone"],
                c["email"],
                tuple(c["represents"]),
                bool(c.get("filer")),
            )
            for c in doc["counsel"]
        ),
        categories=tuple(
            Category(c["name"], c["description"], tuple(c["harm"]), c.get("tier", "confidential"))
            for c in doc["categories"]
        ),
        options=Options(bool(options.get("attorneys_eyes_only")), bool(options.get("fre_502d"))),
    )


def validate_case(source: CaseSource) -> Case:
    """Validate a parsed case file; raise ``ValidationError`` listing every problem."""
    document, diagnostics = schema_diagnostics(source)
    diagnostics.extend(CrossChecks(document, source).run())
    diagnostics = placeholder_diagnostics(source, diagnostics)
    if diagnostics:
        raise ValidationError(sorted(set(diagnostics)))
    return _build(document, source)

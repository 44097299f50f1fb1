"""Validate a parsed case file against the schema and the court's rules.

Every problem is collected and reported at once, sorted by position, each with a stable
code and, where it helps, a hint: the schema's (``case.validator``, through Cerberus),
the court's cross-field rules (``case.rules``) and leftover placeholders.  Errors stop
the matter; warnings (what pogen accepted without being able to check it) travel with
the result.  The result is the frozen ``Case`` model that the later layers read.
"""

from __future__ import annotations

from typing import Any

from pogen.case.casenum import parse_case_number
from pogen.case.judges import find_judge
from pogen.case.model import (
    Caption,
    Case,
    Category,
    Counsel,
    Form,
    Options,
    Party,
    ProsecutionBar,
    Provisions,
    SourceCode,
)
from pogen.case.placeholders import placeholder_diagnostics
from pogen.case.rules import CrossChecks
from pogen.case.rules_judges import notation_lines
from pogen.case.source import CaseSource
from pogen.case.validator import schema_diagnostics
from pogen.errors import Diagnostic, ValidationError


def _party(p: dict[str, Any]) -> Party:
    return Party(
        id=p["id"],
        name=p["name"],
        role=p["role"],
        kind=p["kind"],
        also=tuple(p.get("also", ())),
        descriptor=p.get("descriptor", ""),
        et_al=bool(p.get("et_al")),
        appearance=p.get("appearance", "counsel"),
        address=tuple(p.get("address", ())),
        phone=p.get("phone", ""),
        fax=p.get("fax", ""),
        email=p.get("email", ""),
        filer=bool(p.get("filer")) and p.get("appearance") == "pro-se",
    )


def _counsel(c: dict[str, Any]) -> Counsel:
    return Counsel(
        c["name"],
        c["bar_number"],
        c["firm"],
        tuple(c["address"]),
        c["phone"],
        c["email"],
        tuple(c["represents"]),
        bool(c.get("filer")),
        fax=c.get("fax", ""),
    )


def _caption(raw: dict[str, Any]) -> Caption:
    division = raw.get("division")
    return Caption(
        title=raw.get("title", "stipulation-and-proposed-order"),
        amended=int(raw.get("amended", 0)),
        parties=raw.get("parties", "first-named"),
        in_re=raw.get("in_re", ""),
        relates_to=raw.get("relates_to", ""),
        class_action=bool(raw.get("class_action")),
        division="" if division is False else division,
        complaint_filed=raw.get("complaint_filed"),
        trial_date=raw.get("trial_date"),
    )


def _form(raw: dict[str, Any]) -> Form:
    return Form(
        profile=raw.get("profile", "common"),
        document=raw.get("document", ""),
        chambers_copy=bool(raw.get("chambers_copy")),
        model_footnote=bool(raw.get("model_footnote")),
    )


def _provisions(raw: dict[str, Any]) -> Provisions:
    code, bar = raw.get("source_code"), raw.get("prosecution_bar")
    return Provisions(
        source_code=SourceCode(code["print_limit"], code["consecutive_limit"]) if code else None,
        prosecution_bar=ProsecutionBar(bar["scope"], bar["years"]) if bar else None,
        expert_objection_days=(raw.get("expert_disclosure") or {}).get("objection_days"),
        deposition_days=(raw.get("deposition_designation") or {}).get("days"),
    )


def _build(doc: dict[str, Any], source: CaseSource, warnings: list[Diagnostic]) -> Case:
    case, judges = doc["case"], doc["judges"]
    judge = find_judge(judges["magistrate"])
    notations, origin = notation_lines(judges)
    options = doc.get("options") or {}
    return Case(
        source=source.name,
        division=doc["court"]["division"],
        number=parse_case_number(case["number"]),
        short_title=case["short_title"],
        nature=case["nature"],
        date=case.get("date"),
        district_judge=judges["district"],
        magistrate_judge=judge.name if judge else judges["magistrate"],
        notations=notations,
        notation_origin=origin,
        parties=tuple(_party(p) for p in doc["parties"]),
        counsel=tuple(_counsel(c) for c in doc.get("counsel", ())),
        categories=tuple(
            Category(
                c["name"],
                c["description"],
                tuple(c.get("harm", ())),
                c.get("tier", "confidential"),
                id=c.get("id", ""),
                harm_from=tuple(c.get("harm_from", ())),
            )
            for c in doc["categories"]
        ),
        options=Options(bool(options.get("attorneys_eyes_only")), bool(options.get("fre_502d"))),
        caption=_caption(doc.get("caption") or {}),
        consolidated_with=tuple(parse_case_number(n) for n in case.get("consolidated_with", ())),
        warnings=tuple(warnings),
        form=_form(doc.get("form") or {}),
        provisions=_provisions(doc.get("provisions") or {}),
    )


def validate_case(source: CaseSource) -> Case:
    """Validate a parsed case file; raise ``ValidationError`` listing every problem.

    The returned ``Case`` carries the warnings (``Case.warnings``); a ``ValidationError``
    carries them too, beside the errors.
    """
    document, diagnostics = schema_diagnostics(source)
    diagnostics.extend(CrossChecks(document, source).run())
    diagnostics = placeholder_diagnostics(source, diagnostics)
    found = sorted(set(diagnostics))
    errors = [d for d in found if not d.is_warning]
    warnings = [d for d in found if d.is_warning]
    if errors:
        raise ValidationError(errors, warnings)
    return _build(document, source, warnings)

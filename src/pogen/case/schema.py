"""The case-file schema: one Cerberus schema, plain data, with a label and help per field.

This module does not import Cerberus; ``pogen.case.validate`` applies it.  The ``meta``
entries feed error messages and the generated field reference.  There is deliberately
no key that removes or weakens the caption, the GOOD CAUSE STATEMENT, the L.R. 79-5
sealing provisions or the L.R. 37 challenge procedure, and unknown keys are errors.
"""

from __future__ import annotations

from typing import Any

from pogen.case.fields import (
    CATEGORY,
    COUNSEL,
    LINE,
    PARTY,
    PROSE,
    choice,
    date_or_text,
    flag,
    lines,
    text,
    text_or_false,
)
from pogen.case.fields import table as _table
from pogen.case.fields import text as _text
from pogen.case.formfields import FORM, PROVISIONS

SCHEMA_VERSION = 1

__all__ = ["LINE", "PROSE", "SCHEMA", "SCHEMA_VERSION", "TITLES", "field_kinds"]

# The document titles litigators file, keyed by the case file's `caption.title`; an
# amended order puts "FIRST AMENDED" (etc.) before "PROTECTIVE ORDER" or "STIPULATED".
TITLES = {
    "stipulation-and-proposed-order": "STIPULATION AND [PROPOSED] PROTECTIVE ORDER",
    "stipulated-protective-order": "STIPULATED PROTECTIVE ORDER",
    "proposed-stipulated-protective-order": "[PROPOSED] STIPULATED PROTECTIVE ORDER",
    "joint-stipulation-and-proposed-order": "JOINT STIPULATION AND [PROPOSED] PROTECTIVE ORDER",
}


SCHEMA: dict[str, Any] = {
    "schema_version": {
        "type": "integer",
        "required": True,
        "allowed": [SCHEMA_VERSION],
        "meta": {
            "label": "Schema version",
            "help": "Version of this file format; must be 1.",
            "example": "1",
        },
    },
    "extends": _text(
        "Firm file",
        "Path of a firm file (relative to this file) whose counsel, options and "
        "template this case inherits; it outranks a firm.toml found by searching upward.",
        "../firm.toml",
        required=False,
        maxlength=400,
    ),
    "court": _table(
        "Court",
        "The court; the district is fixed to C.D. Cal.",
        {
            "district": {
                "type": "string",
                "required": False,
                "default": "C.D. Cal.",
                "allowed": ["C.D. Cal."],
                "meta": {
                    "label": "District",
                    "help": "Only the Central District of California is supported.",
                    "example": "C.D. Cal.",
                },
            },
            "division": choice(
                "Division",
                "western (Los Angeles), southern (Santa Ana) or eastern (Riverside).",
                ["western", "southern", "eastern"],
            ),
        },
    ),
    "case": _table(
        "Case",
        "The action.",
        {
            "number": _text(
                "Case number",
                "Exactly as the court prints it, with both judges' initials: "
                "2:24-cv-07416-SRM-SSC, CV 11-00531 CAS (SSx), 8:23-CV-00456MRA(ADSx). "
                "Printed as written; an unrecognised form is a warning.",
                "2:24-cv-07416-SRM-SSC",
                maxlength=40,
            ),
            "consolidated_with": lines(
                "Consolidated cases",
                "Case numbers consolidated with this one; `number` is then the lead case "
                'and the caption shows "(LEAD CASE)" and the member cases.',
                text(
                    "Consolidated case number",
                    "As the court prints it.",
                    "2:25-cv-00398-SRM-SSC",
                    maxlength=40,
                ),
                required=False,
                minlength=1,
                maxlength=12,
            )
            | {
                "meta": {
                    "label": "Consolidated cases",
                    "help": "Case numbers consolidated with this one; `number` is then the "
                    'lead case and the caption shows "(LEAD CASE)" and the member cases.',
                    "example": '["2:25-cv-00398-SRM-SSC"]',
                }
            },
            "short_title": _text(
                "Short title",
                "Short case name printed in every page footer.",
                "Acme v. Borealis",
                maxlength=40,
            ),
            "nature": _text(
                "Nature of the action",
                "One or two sentences: who sues whom for what.",
                "Acme alleges that Borealis breached a warehousing agreement ...",
                kind=PROSE,
                minlength=40,
                maxlength=1500,
            ),
            "date": {
                "type": "date",
                "coerce": "iso_date",
                "required": False,
                "meta": {
                    "label": "Signature date",
                    "help": "Date the stipulation is signed; "
                    "left blank on the signature lines when omitted.",
                    "example": "2026-11-25",
                },
            },
        },
    ),
    "judges": _table(
        "Judges",
        "The assigned judges.",
        {
            "district": _text(
                "District judge",
                'Assigned district judge\'s full name, without "Hon." (`pogen judges` lists '
                "the registry).",
                "Serena R. Murillo",
                maxlength=80,
            ),
            "magistrate": _text(
                "Magistrate judge",
                "Magistrate judge to whom discovery is "
                'referred (full name, without "Hon."; `pogen judges` lists the registry).',
                "Stephanie S. Christensen",
                maxlength=80,
            ),
            "caption_notation": text_or_false(
                "Caption notation",
                "The discovery notation for the caption, verbatim; or false when the "
                "judges require none (accepted with a warning). Leave it out to use the "
                "registry's sourced notation; required when the registry has none.",
                "DISCOVERY MATTER",
                maxlength=120,
            ),
        },
    ),
    "caption": _table(
        "Caption",
        "How the caption reads, when it differs from pogen's defaults.",
        {
            "title": choice(
                "Document title",
                "The document's title: " + "; ".join(f"{k} ({v})" for k, v in TITLES.items()),
                list(TITLES),
                default="stipulation-and-proposed-order",
            ),
            "amended": {
                "type": "integer",
                "required": False,
                "min": 1,
                "max": 9,
                "meta": {
                    "label": "Amended",
                    "help": "1 for a FIRST AMENDED order, 2 for SECOND AMENDED, and so on.",
                    "example": "1",
                },
            },
            "parties": choice(
                "Parties shown",
                '"first-named": the first-named party of each side with "et al." '
                '(L.R. 11-3.8(d)); "all": every party with its descriptor, as in the '
                "complaint.",
                ["first-named", "all"],
                default="first-named",
            ),
            "in_re": _text(
                "In re title",
                "A consolidated action's title (\"IN RE ORBITAL PAYMENTS DATA BREACH "
                "LITIGATION\"), shown instead of the parties' names.",
                "IN RE ORBITAL PAYMENTS DATA BREACH LITIGATION",
                required=False,
                maxlength=160,
            ),
            "relates_to": _text(
                "Relates to",
                'What follows "This Document Relates To:" under an in re title.',
                "ALL ACTIONS",
                required=False,
                maxlength=120,
            ),
            "class_action": flag("Class action", 'Print "CLASS ACTION" under the case number.'),
            "division": text_or_false(
                "Division line",
                "The division line under the court's name as the court prints it (\"WESTERN "
                'DIVISION" by default, e.g. "SOUTHERN DIVISION – SANTA ANA"), or false '
                "for none.",
                "WESTERN DIVISION",
                maxlength=80,
            ),
            "complaint_filed": date_or_text(
                "Complaint filed",
                'Date the complaint was filed, printed as "Complaint Filed:" in the caption.',
                "2025-03-14",
            ),
            "trial_date": date_or_text(
                "Trial date",
                'Trial date for the caption ("Trial Date:"): a date, or the words to print, '
                'e.g. "None set".',
                "None set",
            ),
        },
        required=False,
    ),
    "parties": {
        "type": "list",
        "required": True,
        "minlength": 2,
        "schema": PARTY,
        "meta": {
            "label": "Parties",
            "help": "Every party in the caption, Doe defendants included; at least one "
            "plaintiff and one defendant. Caption order follows file order.",
        },
    },
    "counsel": {
        "type": "list",
        "required": False,
        "schema": COUNSEL,
        "meta": {
            "label": "Counsel",
            "help": "Every attorney who signs; attorneys of one firm with the same clients "
            "share a block. Exactly one signatory (attorney or pro se party) has filer = "
            "true.",
        },
    },
    "categories": {
        "type": "list",
        "required": True,
        "minlength": 1,
        "maxlength": 20,
        "schema": CATEGORY,
        "meta": {
            "label": "Categories",
            "help": "The closed list of information "
            "the order protects, each with its specific harm facts.",
        },
    },
    "options": _table(
        "Options",
        "Optional provisions.",
        {
            "attorneys_eyes_only": flag(
                "AEO tier", "Add the HIGHLY CONFIDENTIAL – ATTORNEYS' EYES ONLY tier (section 7.3)."
            ),
            "fre_502d": flag(
                "FRE 502(d) clause", "Add an order under Fed. R. Evid. 502(d) (section 11)."
            ),
        },
        required=False,
    ),
    "form": FORM,
    "provisions": PROVISIONS,
}


def _is_string(rule: dict[str, Any]) -> bool:
    kind = rule.get("type")
    return kind == "string" or (isinstance(kind, list) and "string" in kind)


def field_kinds() -> dict[str, str]:
    """Map each string field's schema path (``categories.harm``) to its kind."""
    kinds: dict[str, str] = {}

    def walk(schema: dict[str, Any], prefix: str) -> None:
        for key, rule in schema.items():
            path = f"{prefix}{key}"
            inner = rule.get("schema")
            if _is_string(rule):
                kinds[path] = rule["meta"]["kind"] if "kind" in rule.get("meta", {}) else LINE
            elif rule.get("type") == "list" and isinstance(inner, dict):
                if inner.get("type") == "dict":
                    walk(inner["schema"], f"{path}.")
                elif _is_string(inner):
                    kinds[path] = inner.get("meta", {}).get("kind", LINE)
            elif rule.get("type") == "dict" and isinstance(inner, dict):
                walk(inner, f"{path}.")

    walk(SCHEMA, "")
    return kinds

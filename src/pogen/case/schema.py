"""The case-file schema: one Cerberus schema, plain data, with a label and help per field.

This module does not import Cerberus; ``pogen.case.validate`` applies it.  The ``meta``
entries feed error messages and the generated field reference.  There is deliberately
no key that removes or weakens the caption, the GOOD CAUSE STATEMENT, the L.R. 79-5
sealing provisions or the L.R. 37 challenge procedure, and unknown keys are errors.
"""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 1

# Field kinds decide what whitespace means (see README, "Text in case files"):
#   line  - one line; newline and tab are errors
#   prose - running text; line breaks and runs of spaces fold into one space
LINE = "line"
PROSE = "prose"


def _text(
    label: str,
    help_: str,
    example: str,
    *,
    kind: str = LINE,
    required: bool = True,
    minlength: int = 1,
    maxlength: int = 200,
    **rules: Any,
) -> dict[str, Any]:
    return {
        "type": "string",
        "required": required,
        "empty": False,
        "minlength": minlength,
        "maxlength": maxlength,
        "coerce": kind,
        "check_with": kind,
        "meta": {"label": label, "help": help_, "example": example, "kind": kind},
        **rules,
    }


def _table(
    label: str,
    help_: str,
    fields: dict[str, Any],
    *,
    required: bool = True,
) -> dict[str, Any]:
    return {
        "type": "dict",
        "required": required,
        "schema": fields,
        "meta": {"label": label, "help": help_},
    }


def _flag(label: str, help_: str) -> dict[str, Any]:
    return {
        "type": "boolean",
        "required": False,
        "default": False,
        "meta": {"label": label, "help": help_, "example": "false"},
    }


PARTY = _table(
    "Party",
    "One named party in the caption.",
    {
        "id": _text(
            "Party id",
            "Short key used by `counsel.represents` (letters, digits, -, _).",
            "acme",
            maxlength=40,
            regex=r"[a-z][a-z0-9_-]*",
        ),
        "name": _text(
            "Name", "The party's name exactly as captioned.", "Acme Widgets, Inc.", maxlength=160
        ),
        "role": {
            "type": "string",
            "required": True,
            "allowed": ["plaintiff", "defendant"],
            "meta": {
                "label": "Role",
                "help": "Side of the caption the party is on.",
                "example": "plaintiff",
            },
        },
        "kind": {
            "type": "string",
            "required": True,
            "allowed": ["entity", "individual"],
            "meta": {
                "label": "Kind",
                "help": "An entity (company, agency) or a person.",
                "example": "entity",
            },
        },
    },
)

COUNSEL = _table(
    "Counsel",
    "One attorney who signs the stipulation.",
    {
        "attorney": _text(
            "Firm attorney",
            "Handle of an [attorneys.<handle>] table in a firm file; copies that "
            "attorney's name, bar number, firm, address, phone and e-mail (README, Firm "
            "defaults). Keys written here win.",
            "jdoe",
            required=False,
            maxlength=40,
            regex=r"[A-Za-z][A-Za-z0-9_-]*",
        ),
        "name": _text(
            "Attorney name", "Full name as on the State Bar roll.", "Jane Q. Doe", maxlength=80
        ),
        "bar_number": _text(
            "California bar number",
            "State Bar of California number, digits only.",
            "123456",
            maxlength=6,
            regex=r"[1-9][0-9]{3,5}",
        ),
        "firm": _text("Firm", "Law firm or office.", "Doe & Roe LLP", maxlength=100),
        "address": {
            "type": "list",
            "required": True,
            "minlength": 2,
            "maxlength": 4,
            "schema": _text(
                "Address line",
                "One line of the office address.",
                "100 Main Street, Suite 200",
                maxlength=80,
            ),
            "meta": {
                "label": "Office address",
                "help": "Street and city lines, one string per line (2 to 4 lines).",
                "example": '["100 Main Street, Suite 200", "Los Angeles, California 90012"]',
            },
        },
        "phone": _text(
            "Telephone",
            "Office telephone, U.S. format.",
            "(213) 555-0100",
            maxlength=30,
            regex=r"(\+1 )?\(?[2-9][0-9]{2}\)?[ .-]?[0-9]{3}[ .-]?[0-9]{4}"
            r"( (x|ext\.?) ?[0-9]{1,6})?",
        ),
        "email": _text(
            "E-mail",
            "The attorney's e-mail address.",
            "jdoe@doeroe.com",
            maxlength=120,
            regex=r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*"
            r"\.[A-Za-z]{2,}",
        ),
        "represents": {
            "type": "list",
            "required": True,
            "minlength": 1,
            "schema": {"type": "string", "empty": False},
            "meta": {
                "label": "Represents",
                "help": "Ids of the parties this attorney represents.",
                "example": '["acme"]',
            },
        },
        "filer": _flag(
            "Filer",
            "True for the one attorney who files the document and attests "
            "to the others' signatures (L.R. 5-4.3.4(a)(2)(i)).",
        ),
    },
)

CATEGORY = _table(
    "Category",
    "One concrete kind of document to protect, and why.",
    {
        "name": _text(
            "Category name",
            'A concrete document type, not a label such as "personal information".',
            "Customer freight-rate schedules",
            maxlength=120,
        ),
        "description": _text(
            "Description",
            "What documents fall in the category, concretely.",
            "Rate sheets and amendments negotiated with each shipper, 2019-2024.",
            kind=PROSE,
            minlength=30,
            maxlength=1200,
        ),
        "harm": {
            "type": "list",
            "required": True,
            "minlength": 1,
            "maxlength": 8,
            "schema": _text(
                "Harm fact",
                "What would happen, to whom, if this were disclosed "
                "without an order; specific to this case.",
                "Competitors could use the rate sheets to underbid Acme on the "
                "2025 warehouse contracts at issue.",
                kind=PROSE,
                maxlength=1200,
            ),
            "meta": {
                "label": "Harm facts",
                "help": "One or more specific harm facts; each becomes "
                "part of the GOOD CAUSE STATEMENT.",
                "example": '["..."]',
            },
        },
        "tier": {
            "type": "string",
            "required": False,
            "default": "confidential",
            "allowed": ["confidential", "highly-confidential"],
            "meta": {
                "label": "Tier",
                "help": '"highly-confidential" marks a category that '
                "may be designated HIGHLY CONFIDENTIAL – ATTORNEYS' EYES ONLY; needs "
                "options.attorneys_eyes_only.",
                "example": "confidential",
            },
        },
    },
)

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
            "division": {
                "type": "string",
                "required": True,
                "allowed": ["western", "southern", "eastern"],
                "meta": {
                    "label": "Division",
                    "help": "western (Los Angeles), southern (Santa Ana) or eastern (Riverside).",
                    "example": "western",
                },
            },
        },
    ),
    "case": _table(
        "Case",
        "The action.",
        {
            "number": _text(
                "Case number",
                "As captioned, with both judges' initials: "
                "2:24-cv-07416-SRM-SSC or CV 11-00531 CAS (SSx).",
                "2:24-cv-07416-SRM-SSC",
                maxlength=40,
            ),
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
                "Assigned district judge's full name.",
                "Serena R. Murillo",
                maxlength=80,
            ),
            "magistrate": _text(
                "Magistrate judge",
                "Magistrate judge to whom discovery is "
                "referred (full name; `pogen judges` lists the registry).",
                "Stephanie S. Christensen",
                maxlength=80,
            ),
            "caption_notation": _text(
                "Caption notation",
                "Discovery notation for the caption, "
                "verbatim. Required when the registry has none for the "
                "judge.",
                "DISCOVERY MATTER",
                required=False,
                maxlength=120,
            ),
        },
    ),
    "parties": {
        "type": "list",
        "required": True,
        "minlength": 2,
        "schema": PARTY,
        "meta": {
            "label": "Parties",
            "help": "Every named party; at least one "
            "plaintiff and one defendant. Caption order follows file order.",
        },
    },
    "counsel": {
        "type": "list",
        "required": True,
        "minlength": 2,
        "schema": COUNSEL,
        "meta": {
            "label": "Counsel",
            "help": "Every attorney who signs; exactly one has filer = true.",
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
            "attorneys_eyes_only": _flag(
                "AEO tier", "Add the HIGHLY CONFIDENTIAL – ATTORNEYS' EYES ONLY tier (section 7.3)."
            ),
            "fre_502d": _flag(
                "FRE 502(d) clause", "Add an order under Fed. R. Evid. 502(d) (section 11)."
            ),
        },
        required=False,
    ),
}


def field_kinds() -> dict[str, str]:
    """Map each string field's schema path (``categories.harm``) to its kind."""
    kinds: dict[str, str] = {}

    def walk(schema: dict[str, Any], prefix: str) -> None:
        for key, rule in schema.items():
            path = f"{prefix}{key}"
            inner = rule.get("schema")
            if rule.get("type") == "string":
                kinds[path] = rule["meta"]["kind"] if "kind" in rule.get("meta", {}) else LINE
            elif rule.get("type") == "list" and isinstance(inner, dict):
                if inner.get("type") == "dict":
                    walk(inner["schema"], f"{path}.")
                elif inner.get("type") == "string":
                    kinds[path] = inner.get("meta", {}).get("kind", LINE)
            elif rule.get("type") == "dict" and isinstance(inner, dict):
                walk(inner, f"{path}.")

    walk(SCHEMA, "")
    return kinds

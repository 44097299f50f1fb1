"""Generate the JSON Schemas (draft 2020-12) of case files and firm files from
``pogen.case.schema.SCHEMA`` and the firm-file keys of ``pogen.case.firm``.

Editors (Taplo / Even Better TOML) use it for completion, hover help and squiggles.
It is derived, never written by hand: labels become ``title``, help ``description``,
``allowed`` ``enum``, ``regex`` ``pattern``, examples ``examples``.  What JSON Schema
cannot express stays in ``pogen validate``: the cross-field rules (judge registry and
notation, case-number format and division, party and counsel references, one filer,
duplicates, AEO tier) and the harm and category heuristics.  Text lengths are checked
on the raw text, before pogen folds whitespace in running text.  Each schema's
``$comment`` records the pogen version that wrote it, so that ``pogen schema --check``
can tell a schema file left behind by an upgrade.
"""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

from pogen._version import __version__
from pogen.case.fields import COUNSEL
from pogen.case.firm import ATTORNEY_KEYS, FIRM_KEYS, OFFICE_KEYS
from pogen.case.placeholders import PLACEHOLDER
from pogen.case.schema import SCHEMA

SCHEMA_ID = "https://pogen.invalid/schema/case.schema.json"
FIRM_SCHEMA_ID = "https://pogen.invalid/schema/firm.schema.json"
WRITTEN_BY = re.compile(r"^Written by pogen (?P<version>[^\s;]+)")
"""How a schema's ``$comment`` names the pogen version that wrote it."""
_TYPES = {"string": "string", "integer": "integer", "boolean": "boolean", "list": "array"}


def _example(rule: dict[str, Any], text: str) -> Any:
    kinds = rule.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "string" in kinds or "date" in kinds:
        return text
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return None


def convert(rule: dict[str, Any]) -> dict[str, Any]:
    """One Cerberus rule as a JSON Schema."""
    out: dict[str, Any] = {}
    meta = rule.get("meta", {})
    if "label" in meta:
        out["title"] = meta["label"]
    if "help" in meta:
        out["description"] = meta["help"]
    kind = rule.get("type")
    if isinstance(kind, list):  # a string, or false / a date (README, "The case file")
        out["anyOf"] = [_alternative(rule, k) for k in kind]
    elif kind == "dict":
        out |= _object(rule["schema"])
    elif kind == "date":
        out |= {"type": "string", "format": "date"}
    elif kind in _TYPES:
        out["type"] = _TYPES[kind]
    if kind == "string":
        out |= _string(rule)
    out |= {
        name: rule[key] for key, name in (("min", "minimum"), ("max", "maximum")) if key in rule
    }
    if kind == "list":
        out["items"] = convert(rule["schema"])
        bounds = {"minlength": "minItems", "maxlength": "maxItems"}
        out |= {name: rule[key] for key, name in bounds.items() if key in rule}
    if "allowed" in rule:
        out["enum"] = list(rule["allowed"])
    if "default" in rule:
        out["default"] = rule["default"]
    example = _example(rule, str(meta["example"])) if "example" in meta else None
    if example is not None and example != ["..."]:
        out["examples"] = [example]
    return out


def _alternative(rule: dict[str, Any], kind: str) -> dict[str, Any]:
    """One branch of a field that takes several types."""
    if kind == "string":
        return {"type": "string"} | _string(rule)
    if kind == "boolean":  # only false is meaningful: "none", without printing a word
        return {"const": False}
    return {"type": "string", "format": "date"} if kind == "date" else {"type": _TYPES[kind]}


def _string(rule: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "minlength" in rule or rule.get("empty") is False:
        out["minLength"] = max(rule.get("minlength", 1), 1)
    if "maxlength" in rule:
        out["maxLength"] = rule["maxlength"]
    if "regex" in rule:
        out["pattern"] = f"^(?:{rule['regex']})$"
    if "allowed" not in rule:
        out["not"] = {"pattern": PLACEHOLDER.pattern}  # a `pogen new` blank
    return out


def _object(fields: dict[str, Any]) -> dict[str, Any]:
    required = [key for key, rule in fields.items() if rule.get("required")]
    out: dict[str, Any] = {
        "type": "object",
        "properties": {key: convert(rule) for key, rule in fields.items()},
        "additionalProperties": False,
    }
    if "attorney" in fields:
        # A counsel entry names a firm attorney or spells the attorney out in full.
        own = [key for key in required if key not in ATTORNEY_KEYS]
        spelled = [key for key in required if key in ATTORNEY_KEYS]
        out["anyOf"] = [{"required": ["attorney"]}, {"required": spelled}]
        required = own
    if required:
        out["required"] = required
    return out


def _comment(version: str) -> str:
    return (
        f"Written by pogen {version}; do not edit. After upgrading pogen, refresh it with "
        "`pogen schema --write` (`pogen schema --check` tells when it is stale)."
    )


def written_by(schema: object) -> str | None:
    """The pogen version a schema file's ``$comment`` names, or None."""
    comment = schema.get("$comment") if isinstance(schema, dict) else None
    match = WRITTEN_BY.match(comment) if isinstance(comment, str) else None
    return match["version"] if match else None


def case_schema(version: str = __version__) -> dict[str, Any]:
    """The JSON Schema of a case file."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "$comment": _comment(version),
        "title": "pogen case file",
        "description": "One matter for a C.D. Cal. Stipulation and [Proposed] Protective "
        "Order. Generated from pogen.case.schema by `pogen schema`; `pogen validate` also checks "
        "cross-field rules this schema cannot express.",
        **_object(SCHEMA),
    }


def _defaults(label: str, help_: str, keys: tuple[str, ...]) -> dict[str, Any]:
    """A firm-file table of counsel fields: the case file's rules, none required."""
    fields = {key: COUNSEL["schema"][key] | {"required": False} for key in keys}
    return convert({"type": "dict", "schema": fields, "meta": {"label": label, "help": help_}})


def firm_schema(version: str = __version__) -> dict[str, Any]:
    """The JSON Schema of a firm file (README, Firm defaults; ``pogen.case.firm``).

    Values follow the case file's rules for the same keys (a firm's phone is a counsel
    phone); nothing is required, since a case file may give any of it itself.
    """
    handle = convert(COUNSEL["schema"]["attorney"])
    attorney = _defaults(
        "Firm attorney",
        'Fields a case\'s counsel entry copies when it says attorney = "<handle>".',
        ATTORNEY_KEYS,
    )
    properties: dict[str, Any] = {
        "template": {
            "title": "Firm template",
            "description": "The firm's .docx template: a path relative to this file, or "
            "pogen:NAME for a shipped one; --template and POGEN_TEMPLATE win over it.",
            "type": "string",
            "examples": ["templates/firm_order.docx", "pogen:stipulated_protective_order"],
        },
        "options": convert(SCHEMA["options"]),
        "office": _defaults(
            "Office",
            "Defaults for every attorney of this file: firm, address and phone.",
            OFFICE_KEYS,
        ),
        "attorneys": {
            "title": "Attorneys",
            "description": "One [attorneys.<handle>] table per attorney; a case's counsel "
            'entry names one with attorney = "<handle>".',
            "type": "object",
            "propertyNames": {"pattern": handle["pattern"], "maxLength": handle["maxLength"]},
            "additionalProperties": attorney,
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": FIRM_SCHEMA_ID,
        "$comment": _comment(version),
        "title": "pogen firm file",
        "description": "What every matter of a firm shares: office, attorneys by handle, "
        "default options, template. Generated by `pogen schema`; `pogen validate` checks "
        "the values again once they are merged into a case file.",
        "type": "object",
        "properties": {key: properties[key] for key in FIRM_KEYS},
        "additionalProperties": False,
    }


SCHEMAS = {"case.schema.json": case_schema, "firm.schema.json": firm_schema}
"""Each schema file pogen writes, by file name."""


def dumps(schema: dict[str, Any] | None = None) -> str:
    """A schema (by default the case file's) as the JSON text committed in schema/."""
    return (
        json.dumps(case_schema() if schema is None else schema, indent=2, ensure_ascii=False) + "\n"
    )

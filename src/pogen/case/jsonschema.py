"""Generate a JSON Schema (draft 2020-12) for case files from ``pogen.case.schema.SCHEMA``.

Editors (Taplo / Even Better TOML) use it for completion, hover help and squiggles.
It is derived, never written by hand: labels become ``title``, help ``description``,
``allowed`` ``enum``, ``regex`` ``pattern``, examples ``examples``.  What JSON Schema
cannot express stays in ``pogen validate``: the cross-field rules (judge registry and
notation, case-number format and division, party and counsel references, one filer,
duplicates, AEO tier) and the harm and category heuristics.  Text lengths are checked
on the raw text, before pogen folds whitespace in running text.
"""

from __future__ import annotations

import json
import tomllib
from typing import Any

from pogen.case.placeholders import PLACEHOLDER
from pogen.case.schema import SCHEMA

SCHEMA_ID = "https://pogen.invalid/schema/case.schema.json"
_TYPES = {"string": "string", "integer": "integer", "boolean": "boolean", "list": "array"}
_INHERITED = ("name", "bar_number", "firm", "address", "phone", "fax", "email")
"""Counsel fields a firm file's ``[attorneys.<handle>]`` can supply (pogen.case.firm)."""


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
        own = [key for key in required if key not in _INHERITED]
        spelled = [key for key in required if key in _INHERITED]
        out["anyOf"] = [{"required": ["attorney"]}, {"required": spelled}]
        required = own
    if required:
        out["required"] = required
    return out


def case_schema() -> dict[str, Any]:
    """The JSON Schema of a case file."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "pogen case file",
        "description": "One matter for a C.D. Cal. Stipulation and [Proposed] Protective "
        "Order. Generated from pogen.case.schema by `pogen schema`; `pogen validate` also checks "
        "cross-field rules this schema cannot express.",
        **_object(SCHEMA),
    }


def dumps() -> str:
    """The schema as the JSON text committed in schema/case.schema.json."""
    return json.dumps(case_schema(), indent=2, ensure_ascii=False) + "\n"

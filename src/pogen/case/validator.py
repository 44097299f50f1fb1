"""The Cerberus adapter: apply the case-file schema, turn its errors into diagnostics.

Cerberus is confined to this module (ruff's banned-api rule makes it stick).  Each
Cerberus error becomes a ``Diagnostic`` with a stable code, the file, line and column
of the offending key, and a hint; pogen's text rules (one-line fields, control
characters, stray whitespace) run as Cerberus checks so they are reported with the rest.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import re
import threading
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Any

from cerberus import Validator, errors  # noqa: TID251 - the one module allowed to use it
from cerberus.schema import DefinitionSchema, UnvalidatedSchema  # noqa: TID251

from pogen.case.charnames import char_name
from pogen.case.firm import ATTORNEY_KEYS, OFFICE_KEYS
from pogen.case.schema import SCHEMA
from pogen.case.source import CaseSource
from pogen.errors import Diagnostic

# Characters refused in every text field, with the reason a person can act on.
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}

_PROSE_SPACE = re.compile(r"[ \t\r\n]+")
_CUSTOM_SEP = "\x1f"  # separates code, message and hint inside a Cerberus custom error


def describe_char(ch: str) -> str:
    """Name a character the way a person can find it: U+0007 (BELL)."""
    name = char_name(ch)
    return f"U+{ord(ch):04X}" + (f" ({name})" if name else "")


# Every character the loop in ``bad_character`` can refuse: category Cc (exactly
# U+0000-001F and U+007F-009F, fixed by Unicode's stability policy), Cs (the
# surrogates), the bidi controls and the other characters named there.  Text without
# any of them (nearly all text) skips the loop.
_SUSPECT = re.compile(
    "[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\u2028\u2029\ud800-\udfff]"
)


def bad_character(value: str, *, allow_newline: bool) -> tuple[int, str] | None:
    """First character that WordprocessingML cannot carry faithfully, or None."""
    if _SUSPECT.search(value) is None:
        return None
    for index, ch in enumerate(value):
        if ch == "\n" and allow_newline:
            continue
        category = unicodedata.category(ch)
        if (
            category == "Cc"
            or ch in _BIDI_CONTROLS
            or ch in "\ufeff\ufffe\uffff"
            or category == "Cs"
            or ch in "\u2028\u2029"
        ):
            return index, ch
    return None


class _CaseValidator(Validator):  # type: ignore[misc]
    """Cerberus validator with pogen's text rules."""

    def _custom(self, field: str, code: str, message: str, hint: str = "") -> None:
        self._error(field, _CUSTOM_SEP.join((code, message, hint)))

    def _normalize_coerce_line(self, value: Any) -> Any:
        return value.strip(" ") if isinstance(value, str) else value

    def _normalize_coerce_iso_date(self, value: Any) -> Any:
        # A date typed in quotes ("2026-12-15") is the date it spells: an editor's JSON
        # Schema cannot tell the two apart (it sees TOML dates as ISO strings), so
        # `pogen validate` accepts what the editor accepts.
        if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
            with contextlib.suppress(ValueError):
                return dt.date.fromisoformat(value.strip())
        return value

    def _normalize_coerce_prose(self, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        # Running text: line breaks, tabs and runs of spaces are layout in the TOML file,
        # not content, so they fold into one space (README, "Text in case files").  Other
        # whitespace (no-break space, vertical tab) is kept so the checks below can see it.
        return _PROSE_SPACE.sub(" ", value).strip(" ")

    def _check_text(self, field: str, value: Any, *, single_line: bool) -> None:
        if not isinstance(value, str):
            return
        if single_line:
            for ch, what in (("\n", "a line break"), ("\t", "a tab")):
                if ch in value:
                    self._custom(
                        field,
                        "multi-line",
                        f"{what} is not allowed in this field (at character {value.index(ch) + 1})",
                        "keep the value on one line; only `address` takes several lines, as a list",
                    )
                    return
        found = bad_character(value, allow_newline=False)
        if found:
            index, ch = found
            self._custom(
                field,
                "control-character",
                f"contains {describe_char(ch)} at "
                f"character {index + 1}, which cannot appear in a court filing",
                "delete it; it is often pasted in invisibly from PDFs or e-mail",
            )
        if value != value.strip():
            self._custom(
                field,
                "whitespace",
                "starts or ends with whitespace other than spaces",
                "remove leading and trailing tabs or line breaks",
            )

    def _check_with_line(self, field: str, value: Any) -> None:
        self._check_text(field, value, single_line=True)

    def _check_with_prose(self, field: str, value: Any) -> None:
        self._check_text(field, value, single_line=False)


def _path(document_path: tuple[Any, ...]) -> str:
    out = ""
    for part in document_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _rule_for(document_path: tuple[Any, ...]) -> dict[str, Any]:
    """The schema rule that applies at a document path (list indices skipped)."""
    rule: dict[str, Any] = {"type": "dict", "schema": SCHEMA}
    for part in document_path:
        inner = rule.get("schema", {})
        if isinstance(part, int):
            rule = inner
        else:
            rule = inner.get(part, {}) if isinstance(inner, dict) else {}
    return rule


def _label(document_path: tuple[Any, ...]) -> str:
    return str(_rule_for(document_path).get("meta", {}).get("label", ""))


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FORMAT_HINTS = {
    "bar_number": "a California State Bar number is 4 to 6 digits, e.g. 123456",
    "email": "e.g. jdoe@doeroe.com",
    "phone": "e.g. (213) 555-0100",
    "id": "lowercase letters, digits, - and _, starting with a letter, e.g. acme",
}


def _flatten(errs: Any) -> Iterator[Any]:
    for error in errs:
        if error.is_group_error:
            yield from _flatten(error.child_errors)
        else:
            yield error


def _range_diagnostic(error: Any, source: CaseSource) -> Diagnostic | None:
    """A number below its ``min`` or above its ``max`` (None for any other error)."""
    if error.code not in (errors.MIN_VALUE.code, errors.MAX_VALUE.code):
        return None
    path = error.document_path
    key = _path(path)
    rule = _rule_for(path)
    label = _label(path) or (str(path[-1]) if path else "")
    low, high = rule.get("min"), rule.get("max")
    message = f"{label} is {error.value!r}; it must be from {low} to {high}"
    hint = str(rule.get("meta", {}).get("help", ""))
    return Diagnostic(*source.locate(key), key, message, "out-of-range", hint)


def _wrong_type(error: Any) -> tuple[str, str, str]:
    if error.constraint == "date":
        return (
            "wrong-type",
            "expected a date (year-month-day), got text that is not one",
            "write the date as 2026-11-20 (with or without quotes)",
        )
    return "wrong-type", f"expected {error.constraint}, got {type(error.value).__name__}", ""


def _schema_diagnostic(error: Any, source: CaseSource) -> Diagnostic:
    path = error.document_path
    key = _path(path)
    file, line, col = source.locate(key)
    leaf = str(path[-1]) if path else ""
    label = _label(path) or leaf.replace("_", " ")
    rule = _rule_for(path)
    code, message, hint = "schema", str(error.rule), ""
    if error.code == errors.UNKNOWN_FIELD.code:
        parent = _rule_for(path[:-1]).get("schema", {})
        parent = parent.get("schema", {}) if parent.get("type") == "dict" else parent
        close = difflib.get_close_matches(leaf, list(parent), n=1)
        code, message = "unknown-key", f"unknown key {leaf!r}"
        hint = (
            f"did you mean {close[0]!r}?"
            if close
            else f"allowed keys here: {', '.join(sorted(parent))}"
        )
    elif error.code == errors.REQUIRED_FIELD.code:
        code, message = "missing-key", f"required key {leaf!r} ({label}) is missing"
        hint = str(rule.get("meta", {}).get("help", ""))
        if leaf == "categories":
            code = "good-cause-missing"
            message = (
                "no categories of protected information: the GOOD CAUSE STATEMENT "
                "would have no facts"
            )
    elif error.code == errors.BAD_TYPE.code:
        code, message, hint = _wrong_type(error)
    elif error.code == errors.UNALLOWED_VALUE.code:
        code = "not-allowed"
        message = f"{error.value!r} is not allowed; use one of " + ", ".join(
            repr(v) for v in error.constraint
        )
    elif error.code == errors.REGEX_MISMATCH.code:
        code, message = (
            f"bad-{leaf.replace('_', '-')}",
            f"malformed {label.lower()} {error.value!r}",
        )
        hint = _FORMAT_HINTS.get(leaf, "")
    elif error.code == errors.EMPTY_NOT_ALLOWED.code:
        code, message = "empty-value", f"{label or leaf} is empty"
    elif error.code in (errors.MIN_LENGTH.code, errors.MAX_LENGTH.code):
        too = "short" if error.code == errors.MIN_LENGTH.code else "long"
        unit = "items" if isinstance(error.value, list) else "characters"
        code = f"too-{too}"
        bound = "at least" if too == "short" else "at most"
        message = (
            f"{label or leaf} is too {too}: {len(error.value)} {unit}, needs {bound} "
            f"{error.constraint}"
        )
        if leaf == "harm" and too == "short":
            code, message = "harm-missing", "category has no harm fact"
            hint = "add at least one specific harm fact"
        elif leaf == "categories" and too == "short":
            code, message = "good-cause-missing", "no categories of protected information"
    elif error.code == errors.CUSTOM.code:
        code, message, hint = str(error.info[0]).split(_CUSTOM_SEP)
    return Diagnostic(file, line, col, key, message, code, hint)


_local = threading.local()


class ExpandedSchema(UnvalidatedSchema):  # type: ignore[misc]
    """An expanded schema, kept as it is.

    For every mapping it normalizes, Cerberus copies the schema and assigns each
    field's rules back into the copy; a ``DefinitionSchema`` expands the rules again on
    every assignment (about 0.3 ms per case file for the twelve top-level fields).
    The rules assigned are the expanded ones already (``_resolve_rules_set`` returns a
    mapping as is), and expanding is idempotent (``tests/document/test_fastpaths.py``),
    so they are stored as given.  (``UnvalidatedSchema.copy`` already copies into
    ``self.__class__``, so copies stay expanded.)
    """

    def __setitem__(self, key: str, value: Any) -> None:
        self.schema[key] = value


def _validator() -> _CaseValidator:
    """One validator per thread.

    Cerberus checks a schema when a validator is built and, for a checked schema,
    hashes it again for every document (about 2 ms of the 3.5 ms it spends per case
    file); the schema is expanded once here and then used as is (``ExpandedSchema``).
    """
    validator: _CaseValidator | None = getattr(_local, "validator", None)
    if validator is None:
        # Checking the schema (what ``_CaseValidator(SCHEMA)`` does) took 20 ms of every
        # start; SCHEMA is a constant, so the test suite checks it, and here it is only
        # expanded, as the check would expand it (tests/document/test_fastpaths.py holds
        # them equal).
        expanded = DefinitionSchema.expand(SCHEMA)
        validator = _CaseValidator(ExpandedSchema(expanded), allow_unknown=False)
        _local.validator = validator
    return validator


def schema_diagnostics(source: CaseSource) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The document as Cerberus normalized it (or the raw data when it could not), and
    one diagnostic per schema error."""
    validator = _validator()
    ok = validator.validate(source.data)
    found = [] if ok else _flatten(validator._errors)
    diagnostics = [_range_diagnostic(e, source) or _schema_diagnostic(e, source) for e in found]
    document = validator.document if validator.document is not None else source.data
    return document, diagnostics


@cache
def _firm_validator() -> _CaseValidator:
    """The counsel fields' own rules, none required, for a firm file's tables."""
    counsel = SCHEMA["counsel"]["schema"]["schema"]

    def fields(names: tuple[str, ...]) -> dict[str, Any]:
        return {name: {**counsel[name], "required": False} for name in names}

    schema = {
        "template": {"type": "string", "empty": False},
        "options": {**SCHEMA["options"], "required": False},
        "office": {"type": "dict", "schema": fields(OFFICE_KEYS)},
        "attorneys": {
            "type": "dict",
            "valuesrules": {"type": "dict", "schema": fields(ATTORNEY_KEYS)},
        },
    }
    return _CaseValidator(schema, allow_unknown=True)  # unknown keys: pogen.case.firm's


def firm_diagnostics(layer: CaseSource) -> list[Diagnostic]:
    """A firm file's values held to the rules of the case-file fields they fill."""
    validator = _firm_validator()
    if validator.validate(layer.data):
        return []
    return [_schema_diagnostic(e, layer) for e in _flatten(validator._errors)]

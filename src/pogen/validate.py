"""Stage 2, validate: check a parsed case file against the schema and the court's rules.

Cerberus is confined to this module.  Every problem is collected and reported at once,
sorted by position, each with a stable code and, where it helps, a hint.  The result is
the frozen ``Case`` model that the later stages read.
"""

from __future__ import annotations

import difflib
import re
import threading
import unicodedata
from collections.abc import Iterator
from typing import Any

from cerberus import Validator, errors  # noqa: TID251 - the one module allowed to use it
from cerberus.schema import DefinitionSchema, UnvalidatedSchema  # noqa: TID251

from pogen.casenum import CaseNumber, parse_case_number
from pogen.charnames import char_name
from pogen.errors import Diagnostic, ValidationError
from pogen.judges import find_judge
from pogen.load import CaseSource
from pogen.model import Case, Category, Counsel, Options, Party
from pogen.new import placeholder_diagnostics
from pogen.quality import judge_category_description, judge_category_name, judge_harm
from pogen.schema import SCHEMA

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


def _schema_diagnostic(error: Any, source: CaseSource) -> Diagnostic:
    path = error.document_path
    key = _path(path)
    file, line, col = source.locate(key)
    leaf = str(path[-1]) if path else ""
    label = _label(path)
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
        if leaf == "harm":
            code, message = "harm-missing", "category has no harm fact"
            hint = 'add `harm = ["..."]`: what disclosure would do, and to whom, in this case'
        elif leaf == "categories":
            code = "good-cause-missing"
            message = (
                "no categories of protected information: the GOOD CAUSE STATEMENT "
                "would have no facts"
            )
    elif error.code == errors.BAD_TYPE.code:
        got = type(error.value).__name__
        code, message = "wrong-type", f"expected {error.constraint}, got {got}"
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


class _CrossChecks:
    """Rules that span fields; defensive, since the schema may have failed elsewhere."""

    def __init__(self, doc: dict[str, Any], source: CaseSource) -> None:
        self.doc = doc
        self.source = source

    def diag(self, key: str, message: str, code: str, hint: str = "") -> Diagnostic:
        return Diagnostic(*self.source.locate(key), key, message, code, hint)

    def table(self, name: str) -> dict[str, Any]:
        value = self.doc.get(name)
        return value if isinstance(value, dict) else {}

    def items(self, name: str) -> list[tuple[int, dict[str, Any]]]:
        value = self.doc.get(name)
        if not isinstance(value, list):
            return []
        return [(i, v) for i, v in enumerate(value) if isinstance(v, dict)]

    def run(self) -> Iterator[Diagnostic]:
        yield from self.court_and_judges()
        ids: dict[str, int] = {}
        yield from self.parties(ids)
        yield from self.counsel(ids)
        yield from self.categories()

    def court_and_judges(self) -> Iterator[Diagnostic]:
        """Case number, division, and the magistrate judge's caption notation."""
        case, court, judges = self.table("case"), self.table("court"), self.table("judges")
        number = case.get("number")
        parsed: CaseNumber | None = None
        if isinstance(number, str):
            parsed = parse_case_number(number)
            if parsed is None:
                yield self.diag(
                    "case.number",
                    f"malformed case number {number!r}",
                    "bad-case-number",
                    "write it as captioned, with the district and magistrate judges' "
                    "initials: 2:24-cv-07416-SRM-SSC or CV 11-00531 CAS (SSx)",
                )
            elif (
                court.get("division") in ("western", "southern", "eastern")
                and parsed.division != court["division"]
            ):
                yield self.diag(
                    "case.number",
                    f"case number {number!r} belongs to the "
                    f"{parsed.division} division, but court.division is "
                    f"{court['division']!r}",
                    "division-mismatch",
                    "2:/CV = western, 8:/SACV = southern, 5:/EDCV = eastern",
                )
        magistrate = judges.get("magistrate")
        notation = judges.get("caption_notation")
        if isinstance(magistrate, str) and magistrate:
            judge = find_judge(magistrate)
            if judge is None and not notation:
                yield self.diag(
                    "judges.magistrate",
                    f"magistrate judge {magistrate!r} is not in "
                    "pogen's registry, so pogen does not know the discovery notation "
                    "the caption needs",
                    "judge-unknown",
                    "add judges.caption_notation with the notation the judge requires, "
                    'verbatim (e.g. "DISCOVERY MATTER"); `pogen judges` lists the '
                    "registry",
                )
            elif judge is not None and not judge.notation and not notation:
                yield self.diag(
                    "judges.magistrate",
                    f"no sourced discovery notation is on record for Magistrate Judge {judge.name}",
                    "notation-required",
                    "add judges.caption_notation with the wording from the judge's "
                    "procedures page; pogen does not guess it",
                )
            if (
                judge is not None
                and parsed is not None
                and parsed.magistrate_initials != judge.initials
            ):
                yield self.diag(
                    "case.number",
                    f"case number names magistrate judge initials "
                    f"{parsed.magistrate_initials!r}, but {judge.name}'s are "
                    f"{judge.initials!r}",
                    "judge-initials-mismatch",
                    "check judges.magistrate against the case number",
                )

    def parties(self, ids: dict[str, int]) -> Iterator[Diagnostic]:
        """Duplicate parties and both sides of the caption."""
        parties = self.items("parties")
        names: dict[str, int] = {}
        for i, party in parties:
            pid, name = party.get("id"), party.get("name")
            if isinstance(pid, str):
                if pid in ids:
                    yield self.diag(
                        f"parties[{i}].id",
                        f"party id {pid!r} is used twice (also parties[{ids[pid]}])",
                        "duplicate-party",
                    )
                ids.setdefault(pid, i)
            if isinstance(name, str):
                folded = " ".join(name.casefold().replace(",", " ").replace(".", " ").split())
                if folded in names:
                    yield self.diag(
                        f"parties[{i}].name",
                        f"party {name!r} is listed twice (also parties[{names[folded]}])",
                        "duplicate-party",
                    )
                names.setdefault(folded, i)
        roles = {p.get("role") for _, p in parties}
        if parties and {"plaintiff", "defendant"} - roles:
            missing = sorted({"plaintiff", "defendant"} - roles)[0]
            yield self.diag(
                "parties",
                f"no party has role {missing!r}; a caption needs both sides",
                "party-sides",
            )

    def counsel(self, ids: dict[str, int]) -> Iterator[Diagnostic]:
        """Counsel represent real parties; one filer; everyone represented."""
        counsel = self.items("counsel")
        represented: set[str] = set()
        filers = [i for i, c in counsel if c.get("filer") is True]
        bars: dict[str, int] = {}
        for i, attorney in counsel:
            reps = attorney.get("represents")
            for j, rep in enumerate(reps if isinstance(reps, list) else []):
                if isinstance(rep, str) and ids and rep not in ids:
                    close = difflib.get_close_matches(rep, list(ids), n=1)
                    yield self.diag(
                        f"counsel[{i}].represents[{j}]",
                        f"counsel represents {rep!r}, which is not a party id",
                        "unknown-party",
                        f"did you mean {close[0]!r}?" if close else f"party ids: {', '.join(ids)}",
                    )
                represented.add(str(rep))
            bar = attorney.get("bar_number")
            if isinstance(bar, str):
                if bar in bars:
                    yield self.diag(
                        f"counsel[{i}].bar_number",
                        f"bar number {bar} is used twice (also counsel[{bars[bar]}])",
                        "duplicate-counsel",
                    )
                bars.setdefault(bar, i)
        if counsel and len(filers) != 1:
            where = f"counsel[{filers[1]}].filer" if len(filers) > 1 else "counsel"
            yield self.diag(
                where,
                f"exactly one attorney must have filer = true, found {len(filers)}",
                "filer-count",
                "the filer files the document and attests to the other "
                "signatures under L.R. 5-4.3.4(a)(2)(i)",
            )
        if counsel:
            for pid, i in ids.items():
                if pid not in represented:
                    yield self.diag(
                        f"parties[{i}]",
                        f"party {pid!r} has no counsel",
                        "unrepresented-party",
                        "add the party's id to some counsel's `represents`",
                    )

    def categories(self) -> Iterator[Diagnostic]:
        """Categories and harm facts: the facts of the GOOD CAUSE STATEMENT."""
        options = self.table("options")
        aeo = options.get("attorneys_eyes_only") is True
        seen_harm: dict[str, str] = {}
        seen_names: dict[str, int] = {}
        highly = False
        for i, cat in self.items("categories"):
            name, description = cat.get("name"), cat.get("description")
            if isinstance(name, str) and name:
                finding = judge_category_name(name)
                if finding:
                    yield self.diag(
                        f"categories[{i}].name", finding.message, finding.code, finding.hint
                    )
                folded = name.casefold()
                if folded in seen_names:
                    yield self.diag(
                        f"categories[{i}].name",
                        f"category {name!r} is listed twice",
                        "duplicate-category",
                    )
                seen_names.setdefault(folded, i)
            if isinstance(description, str) and description:
                finding = judge_category_description(description)
                if finding:
                    yield self.diag(
                        f"categories[{i}].description", finding.message, finding.code, finding.hint
                    )
            yield from self.harms(i, cat, seen_harm)
            if cat.get("tier") == "highly-confidential":
                highly = True
                if not aeo:
                    yield self.diag(
                        f"categories[{i}].tier",
                        "tier 'highly-confidential' needs options.attorneys_eyes_only = true",
                        "tier-needs-aeo",
                    )
        if aeo and not highly:
            yield self.diag(
                "options.attorneys_eyes_only",
                "the ATTORNEYS' EYES ONLY tier is on, but "
                'no category has tier = "highly-confidential"',
                "aeo-unjustified",
                "the good-cause statement must show why CONFIDENTIAL is not enough for "
                "some category; mark that category, or turn the tier off",
            )

    def harms(self, i: int, cat: dict[str, Any], seen: dict[str, str]) -> Iterator[Diagnostic]:
        """Each harm fact is specific (pogen.quality) and used once."""
        name, description = cat.get("name"), cat.get("description")
        harms = cat.get("harm")
        for j, harm in enumerate(harms if isinstance(harms, list) else []):
            if not isinstance(harm, str) or not harm:
                continue
            finding = judge_harm(harm, str(name or ""), str(description or ""))
            key = f"categories[{i}].harm[{j}]"
            if finding:
                yield self.diag(key, finding.message, finding.code, finding.hint)
            if harm.casefold() in seen:
                yield self.diag(
                    key,
                    f"same harm fact as {seen[harm.casefold()]}",
                    "duplicate-harm",
                    "each harm fact must be specific to its category",
                )
            seen.setdefault(harm.casefold(), key)


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


_local = threading.local()


def _validator() -> _CaseValidator:
    """One validator per thread.

    Cerberus checks a schema when a validator is built and, for a checked schema,
    hashes it again for every document (about 2 ms of the 3.5 ms it spends per case
    file); the schema is expanded once here and then used as is.
    """
    validator: _CaseValidator | None = getattr(_local, "validator", None)
    if validator is None:
        # Checking the schema (what ``_CaseValidator(SCHEMA)`` does) took 20 ms of every
        # start; SCHEMA is a constant, so the test suite checks it, and here it is only
        # expanded, as the check would expand it (tests/test_fastpaths.py holds them equal).
        expanded = DefinitionSchema.expand(SCHEMA)
        validator = _CaseValidator(UnvalidatedSchema(expanded), allow_unknown=False)
        _local.validator = validator
    return validator


def validate_case(source: CaseSource) -> Case:
    """Validate a parsed case file; raise ``ValidationError`` listing every problem."""
    validator = _validator()
    ok = validator.validate(source.data)
    diagnostics = [] if ok else [_schema_diagnostic(e, source) for e in _flatten(validator._errors)]
    document = validator.document if validator.document is not None else source.data
    diagnostics.extend(_CrossChecks(document, source).run())
    diagnostics = placeholder_diagnostics(source, diagnostics)
    if diagnostics:
        raise ValidationError(sorted(set(diagnostics)))
    return _build(document, source)

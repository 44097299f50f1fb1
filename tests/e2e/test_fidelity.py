"""Text fidelity: every string in a case file is printed verbatim or refused at its key.

The property tests walk every string field of the schema (``pogen.case.schema.field_kinds``),
put generated text into it and check the outcome both ways: either validation reports a
diagnostic at that key, or the rendered document (with a shipped template drawn along
with the text), read back as a reader sees it, contains the value exactly (after the
documented whitespace rule for its kind).
"""

from __future__ import annotations

import itertools
import re
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pogen.case.load import load_case
from pogen.case.schema import PROSE, SCHEMA, field_kinds
from pogen.case.validate import validate_case
from pogen.document.context import build_context
from pogen.document.render import render_document
from pogen.document.template import find_template, shipped_templates
from pogen.docx.reader import plain_text, read_paragraphs
from pogen.errors import ValidationError
from tests.conftest import BASE_CASE

BASE: dict[str, Any] = tomllib.loads(BASE_CASE.read_text(encoding="utf-8"))
KINDS = field_kinds()

# Where each schema field sits in the Acme example: the document key that is changed.
KEYS = {
    "extends": "extends",
    "court.district": "court.district",
    "court.division": "court.division",
    "case.number": "case.number",
    "case.short_title": "case.short_title",
    "case.nature": "case.nature",
    "judges.district": "judges.district",
    "judges.magistrate": "judges.magistrate",
    "judges.caption_notation": "judges.caption_notation",
    "case.consolidated_with": "case.consolidated_with[0]",
    "caption.title": "caption.title",
    "caption.parties": "caption.parties",
    "caption.in_re": "caption.in_re",
    "caption.relates_to": "caption.relates_to",
    "caption.division": "caption.division",
    "caption.complaint_filed": "caption.complaint_filed",
    "caption.trial_date": "caption.trial_date",
    "parties.descriptor": "parties[0].descriptor",
    "parties.also": "parties[1].also[0]",
    "parties.appearance": "parties[0].appearance",
    "parties.address": "parties[0].address[1]",
    "parties.phone": "parties[0].phone",
    "parties.fax": "parties[0].fax",
    "parties.email": "parties[0].email",
    "counsel.fax": "counsel[1].fax",
    "categories.id": "categories[0].id",
    "categories.harm_from": "categories[0].id",
    "parties.id": "parties[0].id",
    "parties.name": "parties[0].name",
    "parties.role": "parties[0].role",
    "parties.kind": "parties[0].kind",
    "counsel.attorney": "counsel[1].attorney",
    "counsel.name": "counsel[1].name",
    "counsel.bar_number": "counsel[1].bar_number",
    "counsel.firm": "counsel[1].firm",
    "counsel.address": "counsel[1].address[1]",
    "counsel.phone": "counsel[1].phone",
    "counsel.email": "counsel[1].email",
    "counsel.represents": "counsel[0].represents[0]",
    "categories.name": "categories[2].name",
    "categories.description": "categories[2].description",
    "categories.harm": "categories[2].harm[0]",
    "categories.tier": "categories[0].tier",
    "form.profile": "form.profile",
    "form.document": "form.document",
    "provisions.prosecution_bar.scope": "provisions.prosecution_bar.scope",
}

# Identifiers tie the file together and are never printed: they must match a pattern.
IDENTIFIERS = {
    "parties.id": r"[a-z][a-z0-9_-]*",
    "counsel.represents": r"[a-z][a-z0-9_-]*",
    "categories.id": r"[a-z][a-z0-9_-]*",
    "categories.harm_from": r"[a-z][a-z0-9_-]*",
}
# Where a refused identifier is reported.
IDENTIFIER_KEYS = {
    "parties.id": "parties[0].id",
    "counsel.represents": "parties[0].id",
    "categories.id": "categories[0].id",
    "categories.harm_from": "categories[0].id",
}

# A pro se party's own contact fields: the Acme example with Acme appearing for itself.
PRO_SE = {"parties.address", "parties.phone", "parties.fax", "parties.email"}

# Printed only under an "In re" title.
NEEDS_IN_RE = {"caption.relates_to"}

# References to a firm file: with none beside the case file, every value is refused.
REFERENCES = {"extends", "counsel.attorney"}

# Prose fields are judged for specificity (pogen.case.quality); generated text is wrapped in a
# sentence that passes, so that the text itself is what is tested.
HARM_FRAME = (
    "The supervisors are not parties, and releasing {} with their home addresses would "
    "expose them to harassment by delayed customers in Ontario."
)
PROSE_FRAME = {
    "case.nature": "Acme alleges that Borealis breached its warehousing agreement {} and "
    "seeks damages.",
    "categories.description": "Personnel files and disciplinary records {} of the Borealis "
    "supervisors.",
    "categories.harm": HARM_FRAME,
}

_PROSE_SPACE = re.compile(r"[ \t\r\n]+")

SPECIALS = [
    "&",
    "<",
    ">",
    '"',
    "'",
    "]]>",
    "<w:p>",
    "&amp;",
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "{%p",
    "{%tr",
    "{{r",
    "{_{",
    "%_}",
    "\u00a0",
    "\u200b",
    "\u00ad",
    "\u0301",
    "\u202e",
    "\u2028",
    "\ufeff",
    "\x00",
    "\x07",
    "\x7f",
    "\x85",
    "\t",
    "\n",
    "\r\n",
    "  ",
    "שלום",
    "北京",
    "👩‍⚖️",
]

hostile_text = st.lists(st.one_of(st.text(max_size=6), st.sampled_from(SPECIALS)), max_size=6).map(
    "".join
)


def _rule(field: str) -> dict[str, Any]:
    """The schema rule for a dotted field path (list items unwrapped)."""
    schema, rule = SCHEMA, {}
    for part in field.split("."):
        rule = schema[part]
        if rule.get("type") == "list":
            rule = rule["schema"]
        schema = rule.get("schema", {})
    return rule


def normalized(field: str, value: str) -> str:
    """The documented whitespace rule (README, "Text in case files")."""
    if KINDS[field] == PROSE:
        return _PROSE_SPACE.sub(" ", value).strip(" ")
    return value.strip(" ")


def _set(doc: dict[str, Any], key: str, value: Any) -> None:
    parts = re.findall(r"[a-z_]+|\[\d+\]", key)
    target: Any = doc
    for part, after in itertools.pairwise(parts):
        empty: Any = [None] if after.startswith("[") else {}
        target = target[int(part[1:-1])] if part.startswith("[") else target.setdefault(part, empty)
    last = parts[-1]
    if last.startswith("["):
        index = int(last[1:-1])
        target.extend([None] * (index + 1 - len(target)))
        target[index] = value
    else:
        target[last] = value


def case_with(field: str, value: str) -> dict[str, Any]:
    """The Acme example with ``value`` in ``field`` (ids changed consistently)."""
    doc = tomllib.loads(BASE_CASE.read_text(encoding="utf-8"))
    if field in PRO_SE:
        acme = doc["parties"][0]
        acme |= {"appearance": "pro-se", "phone": "(213) 555-0111", "email": "acme@acme.example"}
        acme["address"] = ["1 Widget Way", "Los Angeles, California 90012"]
        doc["counsel"] = doc["counsel"][1:]
        doc["counsel"][0]["filer"] = True
    if field in NEEDS_IN_RE:
        _set(doc, "caption.in_re", "IN RE ACME WIDGETS CONTRACT LITIGATION")
    if field.startswith("provisions.prosecution_bar."):
        _set(doc, "provisions.prosecution_bar.years", 2)
    if field in ("parties.id", "counsel.represents"):
        _set(doc, "parties[0].id", value)
        _set(doc, "counsel[0].represents[0]", value)
    elif field in ("categories.id", "categories.harm_from"):
        _set(doc, "categories[0].id", value)
        _set(doc, "categories[1].harm_from[0]", value)
    else:
        _set(doc, KEYS[field], value)
    return doc


def outcome(doc: dict[str, Any], template: str = "") -> tuple[list[Any], str]:
    """Validation diagnostics, or the rendered document's text when valid."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "matter.toml")
        path.write_text(tomli_w.dumps(doc), encoding="utf-8")
        try:
            case = validate_case(load_case(path))
        except ValidationError as exc:
            return exc.diagnostics, ""
    chosen = find_template(f"pogen:{template}") if template else None
    return [], plain_text(render_document(build_context(case), chosen))


def check_field(field: str, raw: str, template: str = "") -> None:
    """The property: verbatim in the document, or a diagnostic at the field's key."""
    value = PROSE_FRAME[field].format(raw) if field in PROSE_FRAME else raw
    diagnostics, text = outcome(case_with(field, value), template)
    key = IDENTIFIER_KEYS.get(field, KEYS[field])
    at_key = [d for d in diagnostics if d.key == key]
    rule = _rule(field)
    if "allowed" in rule:  # keywords: accepted exactly as listed, never printed as typed
        assert bool(at_key) == (value not in rule["allowed"]), (value, diagnostics)
        return
    if field in REFERENCES:
        assert at_key, f"{field}={value!r} accepted without a firm file: {diagnostics}"
    if diagnostics:
        assert at_key, f"{field}={value!r} rejected elsewhere: {diagnostics}"
        assert all(d.line > 0 for d in at_key)
        return
    expected = normalized(field, value)
    if field in IDENTIFIERS:
        assert re.fullmatch(IDENTIFIERS[field], expected), expected
        return
    assert expected in text, f"{field}: {expected!r} not printed verbatim"


def test_every_string_field_is_covered() -> None:
    assert set(KEYS) == set(KINDS)


def _strategy(field: str) -> st.SearchStrategy[str]:
    rule = _rule(field)
    options: list[st.SearchStrategy[str]] = [hostile_text]
    if "allowed" in rule:
        options.append(st.sampled_from(rule["allowed"]))
    if "regex" in rule:
        options.append(st.from_regex(rule["regex"], fullmatch=True))
    if field in IDENTIFIERS:
        options.append(st.from_regex(IDENTIFIERS[field], fullmatch=True))
    if field == "case.number":
        options.append(
            st.sampled_from(["2:24-cv-07416-SRM-SSC", " 2:24-CV-07416-SRM-SSC ", "2:24-cv-7416"])
        )
    return st.one_of(options)


@pytest.mark.parametrize("field", sorted(KINDS))
def test_string_field_is_verbatim_or_refused_at_its_key(field: str) -> None:
    @settings(
        max_examples=25,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(_strategy(field), st.sampled_from(shipped_templates()))
    def run(raw: str, template: str) -> None:
        check_field(field, raw, template)

    run()


CC = "control-character@26:1: "
ML = "multi-line@26:1: a "

# Named cases: (id, TOML string literal for the first party's name, outcome).  The outcome
# is the exact text printed, or "code@line:col: message fragment" for a refusal.
NAME_CASES = [
    ("xml-specials", r'"Smith & Wesson <Holdings> \"Ltd\" ' + "'Co'" + '"', None),
    ("cdata-end", '"Acme ]]> Co"', None),
    ("wordprocessingml", r'"<w:p><w:r><w:t>x</w:t></w:r></w:p> Inc."', None),
    ("xml-entity-text", '"&amp; &#60; &lt;!ENTITY x SYSTEM \\"file:///etc/passwd\\"&gt;"', None),
    ("jinja-expression", '"{{ 7*7 }} Inc."', None),
    ("jinja-statement", '"{% if true %}x{% endif %}"', None),
    ("jinja-comment", '"Acme {# hidden #} Inc."', None),
    ("docxtpl-paragraph", '"{%p if x %}Acme{%p endif %}"', None),
    ("docxtpl-row-run", '"{%tr for r in rows %} {{r y }} {%tc x %}"', None),
    ("docxtpl-escaped", '"{_{ a }_} {_% b %_}"', None),
    ("combining-marks", r'"Zoe\u0308 Cafe\u0301 Ltd"', None),
    ("rtl-hebrew-arabic", '"שלום בע״מ مرحبا"', None),
    ("cjk", '"北京贸易有限公司"', None),
    ("emoji-zwj", '"Judge 👩🏽‍⚖️ Co"', None),
    ("nbsp-zwsp-shy", r'"A\u00a0B\u200bC\u00adD"', None),
    ("outer-spaces-stripped", '"   Acme Widgets, Inc.   "', "Acme Widgets, Inc."),
    ("at-maxlength", '"' + "A" * 160 + '"', None),
    ("past-maxlength", '"' + "A" * 161 + '"', "too-long@26:1: 161 characters, needs at most 160"),
    ("nul", r'"Acme\u0000"', CC + "U+0000 (NULL) at character 5"),
    ("bell", r'"Ac\u0007me"', CC + "U+0007 (BELL) at character 3"),
    ("escape", r'"\u001b[31mAcme"', CC + "U+001B (ESCAPE) at character 1"),
    ("delete", r'"Acme\u007f"', CC + "U+007F (DELETE) at character 5"),
    ("c1-next-line", r'"Acme\u0085Inc"', CC + "U+0085 (NEXT LINE) at character 5"),
    ("carriage-return", r'"Acme\rInc"', CC + "U+000D (CARRIAGE RETURN) at character 5"),
    ("form-feed", r'"Acme\fInc"', CC + "U+000C (FORM FEED) at character 5"),
    ("tab-in-line", r'"Acme\tInc"', ML + "tab is not allowed in this field (at character 5)"),
    ("newline", r'"Acme\nInc"', ML + "line break is not allowed in this field (at character 5)"),
    ("rlo-override", r'"Acme \u202eCNI"', CC + "U+202E (RIGHT-TO-LEFT OVERRIDE) at character 6"),
    ("lri-isolate", r'"Acme \u2066x"', CC + "U+2066 (LEFT-TO-RIGHT ISOLATE) at character 6"),
    ("line-separator", r'"Acme\u2028Inc"', CC + "U+2028 (LINE SEPARATOR) at character 5"),
    ("bom-inside", r'"Acme\ufeffInc"', CC + "U+FEFF (ZERO WIDTH NO-BREAK SPACE) at character 5"),
    ("noncharacter", r'"Acme\uffff"', CC + "U+FFFF (NONCHARACTER) at character 5"),
    ("leading-nbsp", r'"\u00a0Acme"', "whitespace@26:1: starts or ends with whitespace other than"),
    ("empty", '""', "empty-value@26:1: Name is empty"),
    ("only-spaces", '"   "', "empty-value@26:1: Name is empty"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("literal", "outcome"), [c[1:] for c in NAME_CASES], ids=[c[0] for c in NAME_CASES]
)
def test_named_case_in_a_party_name(case_file: Any, literal: str, outcome: str | None) -> None:
    path = case_file(('name = "Acme Widgets, Inc."', f"name = {literal}"))
    value = tomllib.loads(f"v = {literal}")["v"]
    if outcome is None or "@" not in outcome:
        case = validate_case(load_case(path))
        paras = read_paragraphs(render_document(build_context(case)))
        printed = outcome or value
        assert case.parties[0].name == printed
        assert f"{printed}," in [p.text for p in paras if p.where == "table"]  # caption
        text = "\n".join(p.text for p in paras)
        assert f"Plaintiff {printed} and Defendant Borealis Logistics LLC" in text
        return
    code, _, rest = outcome.partition("@")
    where, _, fragment = rest.partition(": ")
    with pytest.raises(ValidationError) as info:
        validate_case(load_case(path))
    found = [d for d in info.value.diagnostics if d.key == "parties[0].name"]
    assert [(d.code, f"{d.line}:{d.column}") for d in found] == [(code, where)]
    assert fragment in found[0].message


HARM = (
    "The supervisors are not parties; releasing their disciplinary records and home "
    "addresses would invade their privacy and could expose them to harassment by Acme's "
    "customers whose orders were delayed."
)


@pytest.mark.parametrize(
    ("literal", "printed"),
    [
        ('"""\n  Line one\n\tand   two\r\n three"""', "Line one and two three"),
        ('"  padded\\t\\tprose \\n "', "padded prose"),
        ('"a\\u00a0b\\u200bc\\u00add\\u0301"', "a\u00a0b\u200bc\u00add\u0301"),
    ],
    ids=["multi-line-folds", "tabs-and-newlines-fold", "invisible-but-kept"],
)
def test_prose_whitespace_rule(case_file: Any, literal: str, printed: str) -> None:
    harm = HARM.replace("home", "{}")
    value_literal = literal.strip('"')
    path = case_file((f'"{HARM}"', f'"""{harm.format(value_literal)}"""'))
    case = validate_case(load_case(path))
    expected = harm.format(printed)
    assert case.categories[2].harm == (expected,)
    assert expected in plain_text(render_document(build_context(case)))


def test_prose_at_and_past_maxlength(case_file: Any) -> None:
    long_harm = (HARM + " ") * 20
    at_limit = long_harm[:1200].rstrip() + "x" * (1200 - len(long_harm[:1200].rstrip()))
    assert len(at_limit) == 1200
    case = validate_case(load_case(case_file((HARM, at_limit))))
    assert at_limit in plain_text(render_document(build_context(case)))
    with pytest.raises(ValidationError) as info:
        validate_case(load_case(case_file((HARM, at_limit + "y"))))
    [diag] = info.value.diagnostics
    assert (diag.key, diag.code, diag.line, diag.column) == (
        "categories[2].harm[0]",
        "too-long",
        83,
        3,
    )
    assert "1201 characters, needs at most 1200" in diag.message

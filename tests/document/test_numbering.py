"""Section numbers and cross-references under every profile, every optional clause on
and off: read from the rendered text, each reference names a heading that exists and is
the heading its sentence means.

The test parses the rendered document only (headings' numbers, "Section ..." in the
text); it does not reuse ``pogen.document.numbering``, so a wrong computation there
cannot hide a wrong reference.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from functools import cache

import pytest

from pogen.case.load import load_case
from pogen.case.model import Case, Form, Options, ProsecutionBar, Provisions, SourceCode
from pogen.case.profiles import profiles
from pogen.case.validate import validate_case
from pogen.document.context import build_context
from pogen.document.numbering import letter
from pogen.document.render import render_document
from pogen.document.template import bundle_template
from pogen.docx.numbering import roman
from pogen.docx.reader import read_paragraphs
from tests.conftest import BASE_CASE

# Every reference the order's prose makes, by the words around it, and the heading it
# must point to (its text after the number).  A reference no pattern explains fails.
REFERENCES = [
    (r"and Section (\S+) governs what happens", "FINAL DISPOSITION"),
    (r"must follow Section (\S+) \(Final Disposition\)", "FINAL DISPOSITION"),
    (r"people described in Section (\S+?)\(a\), \(c\)", "Who May See “CONFIDENTIAL” Material."),
    (r"under Section (\S+) and Local Rule 37", "CHALLENGING CONFIDENTIALITY DESIGNATIONS"),
    (r"as Section (\S+) defines it", "DURATION"),
    (r"as Section (\S+) provides\.", "DURATION"),
    (
        r"ATTORNEYS’ EYES ONLY” under section (\S+)\.",
        "“HIGHLY CONFIDENTIAL – ATTORNEYS’ EYES ONLY” Information or Items:",
    ),
    (r"As Section (\S+) below provides", "Filing Protected Material."),
    (r"no joint stipulation under Section (\S+) may be filed", "Joint Stipulation."),
    (
        r"objection procedure of Section (\S+)\.",
        "Disclosure Before Access to “HIGHLY CONFIDENTIAL – ATTORNEYS’ EYES ONLY” Material.",
    ),
    (
        r"or to House Counsel under Section (\S+),",
        "Who May See “HIGHLY CONFIDENTIAL – ATTORNEYS’ EYES ONLY” Material.",
    ),
    (
        r"material under Section (\S+) may review Source Code",
        "Who May See “HIGHLY CONFIDENTIAL – ATTORNEYS’ EYES ONLY” Material.",
    ),
]
ANY_REFERENCE = re.compile(r"\b[Ss]ection ([0-9IVXLCDM]+(?:\.[0-9A-Z]+|\([A-Z]\))?)")
_TOP = re.compile(r"^([0-9]+|[IVXLCDM]+)\.$")
_SUB = re.compile(r"^([0-9]+\.[0-9]+)\.?$|^([A-Z])\.$")

OPTIONAL = ("aeo", "fre_502d", "pre_motion", "deposition", "expert", "source_code", "bar")
NEEDS_AEO = {"expert", "source_code", "bar"}


@cache
def _base() -> Case:
    return validate_case(load_case(BASE_CASE))


def _case(profile: str, on: frozenset[str]) -> Case:
    base = _base()
    judge = profiles()[profile].judge or base.magistrate_judge
    if "pre_motion" not in on:  # the conference follows the assigned judge only
        judge = "Nobody In Particular"
    aeo = "aeo" in on
    tier = "highly-confidential" if aeo else "confidential"
    categories = tuple(
        dataclasses.replace(c, tier=tier if i == 0 else "confidential")
        for i, c in enumerate(base.categories)
    )
    provisions = Provisions(
        source_code=SourceCode(250, 25) if "source_code" in on else None,
        prosecution_bar=ProsecutionBar("inventory-routing software", 2) if "bar" in on else None,
        expert_objection_days=10 if "expert" in on else None,
        deposition_days=30 if "deposition" in on else None,
    )
    return dataclasses.replace(
        base,
        magistrate_judge=judge,
        categories=categories,
        options=Options(aeo, "fre_502d" in on),
        form=Form(profile=profile),
        provisions=provisions,
    )


def _combinations() -> list[tuple[str, frozenset[str]]]:
    """Every profile with all clauses off and all on, and each clause alone on and
    alone off (per profile), so every clause meets every numbering scheme."""
    out = []
    everything = frozenset(OPTIONAL)
    for key in profiles():
        out += [(key, frozenset()), (key, everything)]
        for clause in OPTIONAL:
            alone = frozenset({clause} | ({"aeo"} if clause in NEEDS_AEO else set()))
            without = everything - {clause} - (NEEDS_AEO if clause == "aeo" else set())
            out += [(key, alone), (key, without)]
    return sorted(set(out), key=lambda c: (c[0], sorted(c[1])))


def _text(case: Case, document: str) -> list[tuple[str, str]]:
    template = None if document == "combined" else bundle_template(document)
    data = render_document(build_context(case, document), template)
    return [(p.style, p.text) for p in read_paragraphs(data) if p.label == "body"]


def _headings(paragraphs: list[tuple[str, str]]) -> dict[str, str]:
    """Reference form -> heading text, rebuilt from the headings' own numbers: a
    subsection's reference is its top section's number plus its own (12.3, 1.B, XIII(C))."""
    found: dict[str, str] = {}
    top = ""
    for style, text in paragraphs:
        if not style.startswith("PogenHeading"):
            continue
        number, _, title = text.partition("\t")
        if style == "PogenHeading1":
            match = _TOP.match(number)
            assert match, f"top heading without a number: {text!r}"
            top = match.group(1)
            key = top
        else:
            match = _SUB.match(number)
            assert match, f"subheading without a number: {text!r}"
            if match.group(1):
                key = match.group(1)
                assert key.split(".")[0] == top, f"{text!r} is not numbered under {top}"
            elif top.isdigit():
                key = f"{top}.{match.group(2)}"
            else:
                key = f"{top}({match.group(2)})"
        assert key not in found, f"two headings numbered {key}: {found[key]!r}, {title!r}"
        found[key] = title
    return found


def _sequential(headings: dict[str, str]) -> None:
    """Top sections 1, 2, 3 ... (or I, II ...), subsections 1, 2 ... (or A, B ...)."""
    tops = [k for k in headings if "." not in k and "(" not in k]
    as_roman = not tops[0].isdigit()
    assert tops == [roman(i) if as_roman else str(i) for i in range(1, len(tops) + 1)]
    for top in tops:
        subs = [k for k in headings if k.startswith((f"{top}.", f"{top}("))]
        tails = [re.split(r"[.(]", k, maxsplit=1)[1].rstrip(")") for k in subs]
        if tails and tails[0].isdigit():
            assert tails == [str(i) for i in range(1, len(tails) + 1)], subs
        else:
            assert tails == [letter(i) for i in range(1, len(tails) + 1)], subs


@pytest.mark.parametrize(
    ("profile", "on"),
    _combinations(),
    ids=lambda v: v if isinstance(v, str) else "+".join(sorted(v)) or "none",
)
def test_every_reference_names_the_right_heading(profile: str, on: frozenset[str]) -> None:
    case = _case(profile, on)
    for document in ("combined", "proposed_order"):
        paragraphs = _text(case, document)
        headings = _headings(paragraphs)
        _sequential(headings)
        body = "\n".join(text for style, text in paragraphs if not style.startswith("PogenHeading"))
        explained = 0
        for pattern, title in REFERENCES:
            for match in re.finditer(pattern, body):
                number = match.group(1)
                assert number in headings, f"{document}: Section {number} does not exist"
                assert headings[number] == title, (
                    f"{document}: {match.group(0)!r} points to {headings[number]!r}, not {title!r}"
                )
                explained += 1
        assert explained == len(ANY_REFERENCE.findall(body)), (
            f"{document}: a reference no pattern checks: {ANY_REFERENCE.findall(body)}"
        )
        assert "GOOD CAUSE STATEMENT" in headings.values()
        assert "Filing Protected Material." in headings.values()
        assert "CHALLENGING CONFIDENTIALITY DESIGNATIONS" in headings.values()
        pre = "Pre-Motion Conference with the Court." in headings.values()
        assert pre == ("pre_motion" in on and bool(profiles()[profile].pre_motion))


def test_the_three_schemes_number_the_filing_section_differently() -> None:
    refs = {}
    for profile in ("common", "christensen", "audero", "pym"):
        paragraphs = _text(_case(profile, frozenset({"aeo"})), "combined")
        headings = _headings(paragraphs)
        refs[profile] = next(k for k, v in headings.items() if v == "Filing Protected Material.")
        first = next(text for style, text in paragraphs if style.startswith("PogenHeading"))
        refs[f"{profile} first"] = first
    assert refs == {
        "common": "12.3",
        "common first": "1.\tINTRODUCTION",
        "christensen": "12.3",
        "christensen first": "1.\tINTRODUCTION",
        "audero": "XIII(C)",  # Reed's "13.3": PURPOSES and GOOD CAUSE are sections I and II
        "audero first": "I.\tPURPOSES AND LIMITATIONS",
        "pym": "12.3",
        "pym first": "1.\tOVERVIEW",
    }


def test_decimal_subsections_and_the_sealing_acknowledgment_in_purposes() -> None:
    christensen = _text(_case("christensen", frozenset()), "combined")
    pym = _text(_case("pym", frozenset()), "combined")
    assert ("PogenHeading2", "1.1\tPURPOSES AND LIMITATIONS") in christensen
    assert (
        "PogenHeading2",
        "1.3\tACKNOWLEDGMENT OF PROCEDURE FOR FILING UNDER SEAL",
    ) in christensen
    assert ("PogenHeading2", "1.1.\tPURPOSES AND LIMITATIONS") in pym  # Mejia's "1.1."
    assert ("PogenHeading2", "1.2.\tGOOD CAUSE STATEMENT") in pym
    texts = [t for _s, t in pym]
    purposes = texts.index("1.1.\tPURPOSES AND LIMITATIONS")
    assert texts[purposes + 2].startswith("Entering this Order does not by itself give")
    assert not any("ACKNOWLEDGMENT OF PROCEDURE" in t for t in texts)


def test_the_combinations_cover_every_clause_with_every_profile() -> None:
    combos = _combinations()
    for key, clause in itertools.product(profiles(), OPTIONAL):
        assert any(p == key and clause in on for p, on in combos)
        assert any(p == key and clause not in on for p, on in combos)

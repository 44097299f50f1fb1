"""Section numbers and cross-references, computed from the profile, never typed.

The order's source names its sections by stable names (``filing``, ``challenges``,
``def_counsel``...) and reads their numbers from the context: ``sec.NAME`` is the number
as the heading prints it ("1.", "B.", "12.3", "XIII.", "C."), ``ref.NAME`` as a
cross-reference prints it after "Section" ("12.3", "1.B", "XIII(C)").  The outline
depends on the case (the AEO tier, the pre-motion conference, optional provisions) and
the profile's scheme:

- ``common-1A``: 1. INTRODUCTION with A., B., C.; other subsections 2.1, 2.2 ...
- ``decimal-1.1``: every subsection 1.1, 1.2 ... (``1.1.`` with ``sub_period``)
- ``roman``: the introduction's parts are sections of their own (I., II.); subsections
  A., B. ...; references "XIII(C)".

``outline`` is the single list of what the order contains, so a test can check that every
reference in any rendering names a heading that exists and is the right one.
"""

from __future__ import annotations

from dataclasses import dataclass

from pogen.docx.numbering import roman

DEFINITIONS = (
    "action",
    "challenging",
    "confidential",
    "aeo",
    "counsel",
    "designating",
    "disclosure",
    "expert",
    "house",
    "nonparty",
    "outside",
    "party",
    "producing",
    "vendors",
    "protected",
    "receiving",
)


@dataclass(frozen=True)
class Features:
    """What of the optional outline a matter uses."""

    aeo: bool = False
    pre_motion: bool = False
    expert_disclosure: bool = False
    source_code: bool = False
    prosecution_bar: bool = False


@dataclass(frozen=True)
class Section:
    """One section or subsection: its stable name, heading number and reference form."""

    name: str
    number: str  # as the heading prints it
    ref: str  # as "Section ..." prints it
    level: int  # 1 section, 2 subsection


def letter(index: int) -> str:
    """A, B, ... Z, AA, AB ... for 1, 2, ..."""
    out = ""
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(ord("A") + rem) + out
    return out


def _tree(
    features: Features, *, wrap_intro: bool, ack_separate: bool
) -> list[tuple[str, list[str]]]:
    intro = ["purposes", "good_cause"] + (["sealing_ack"] if ack_separate else [])
    definitions = [f"def_{d}" for d in DEFINITIONS if d != "aeo" or features.aeo]
    challenges = ["timing", "meet_confer"]
    challenges += ["pre_motion"] if features.pre_motion else []
    challenges += ["joint_stipulation", "burden"]
    access = ["general_rules", "confidential_access"]
    access += ["aeo_access"] if features.aeo else []
    access += ["expert_disclosure"] if features.expert_disclosure else []
    access += ["source_code"] if features.source_code else []
    access += ["prosecution_bar"] if features.prosecution_bar else []
    head: list[tuple[str, list[str]]] = (
        [("introduction", intro)] if wrap_intro else [(name, []) for name in intro]
    )
    return [
        *head,
        ("definitions", definitions),
        ("scope", []),
        ("duration", []),
        ("designating", ["restraint", "manner", "oversights"]),
        ("challenges", challenges),
        ("access", access),
        ("subpoena", []),
        ("nonparty", []),
        ("unauthorized", []),
        ("privilege", []),
        ("misc", ["further_relief", "objections", "filing"]),
        ("final_disposition", []),
        ("violation", []),
    ]


def outline(
    numbering: str, features: Features, *, ack_separate: bool, sub_period: bool = False
) -> list[Section]:
    """Every section and subsection of the order, in document order."""
    is_roman = numbering == "roman"
    out: list[Section] = []
    for i, (name, children) in enumerate(
        _tree(features, wrap_intro=not is_roman, ack_separate=ack_separate), start=1
    ):
        top = roman(i) if is_roman else str(i)
        out.append(Section(name, f"{top}.", top, 1))
        for j, child in enumerate(children, start=1):
            if is_roman:
                number, ref = f"{letter(j)}.", f"{top}({letter(j)})"
            elif numbering == "common-1A" and name == "introduction":
                number, ref = f"{letter(j)}.", f"{top}.{letter(j)}"
            else:
                number = f"{top}.{j}" + ("." if sub_period else "")
                ref = f"{top}.{j}"
            out.append(Section(child, number, ref, 2))
    return out


def numbers(sections: list[Section]) -> tuple[dict[str, str], dict[str, str]]:
    """(``sec``, ``ref``): heading numbers and reference forms by name; a section the
    outline does not contain is absent, so a template that uses it fails loudly."""
    return {s.name: s.number for s in sections}, {s.name: s.ref for s in sections}

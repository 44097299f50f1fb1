"""Build the context: turn a validated ``Case`` into the variables templates use.

The context is the documented contract between pogen and every template (README,
"Template variables"); a test keeps that list and the shipped template in step.  All
wording choices that depend on data (plural "Plaintiffs", "et al.", the list of legends)
are made here, so templates stay free of logic.
"""

from __future__ import annotations

from typing import Any

from pogen.case.model import Case, Counsel, Party
from pogen.document.blocks import render_blocks
from pogen.document.layout import HALF_WIDTH_PT, SIGNATURE_WIDTH_PT, pad_to_even

DOCUMENT_TITLE = "STIPULATION AND [PROPOSED] PROTECTIVE ORDER"
CONFIDENTIAL = "“CONFIDENTIAL”"
AEO = "“HIGHLY CONFIDENTIAL – ATTORNEYS’ EYES ONLY”"
COURT_TITLE_LINE = 8  # L.R. 11-3.8(c): the court's title on or below line 8
BLANK_DATE = "____________________"

# The variables a template may use; blocks.* are the mandatory parts.
TEMPLATE_VARIABLES = (
    "aeo_category_names",
    "blocks",
    "case",
    "categories",
    "category_names",
    "designations_or",
    "document_title",
    "filer",
    "first_page_lines",
    "footer_case_line",
    "highest_legend",
    "legends_or",
    "magistrate_judge",
    "n",
    "options",
    "signatures",
    "stipulating_parties",
)

# What the structured variables hold, for the README's list (tools/gendocs.py).
VARIABLE_NOTES = {
    "case": "`number`, `short_title`, `nature`, `caption_title`, `action_name`",
    "filer": "`name`, `firm`",
    "n": "definition numbers",
    "options": "`attorneys_eyes_only`, `fre_502d`",
}


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("a") + rem) + letters
    return letters


def _role_word(role: str, count: int) -> str:
    """The role word ("Plaintiff", "Defendants"), plural when it names several parties."""
    return role.capitalize() + ("s" if count > 1 else "")


def _first_named(parties: tuple[Party, ...]) -> str:
    """The first-named party, with "et al." when there are others (L.R. 11-3.8(d))."""
    return parties[0].name + (", et al." if len(parties) > 1 else "")


def _side(parties: tuple[Party, ...], role: str) -> tuple[str, str]:
    """One side of the caption: its first-named party and its role word."""
    word = _role_word(role, len(parties))
    return _first_named(parties) + ",", word + ("," if role == "plaintiff" else ".")


def _represents(case: Case, attorney: Counsel) -> str:
    clients = [case.party(pid) for pid in attorney.represents]
    by_role: dict[str, list[str]] = {}
    for party in clients:
        by_role.setdefault(party.role, []).append(party.name)
    parts = []
    for role in ("plaintiff", "defendant"):
        names = by_role.get(role, [])
        if names:
            parts.append(f"{_role_word(role, len(names))} {_join(names)}")
    return "Attorneys for " + " and ".join(parts)


def _counsel_lines(case: Case) -> list[str]:
    """Page 1, L.R. 11-3.8(a): name and bar number, e-mail beneath, office, client."""
    lines: list[str] = []
    for index, attorney in enumerate(case.counsel):
        if index:
            lines.append("")
        lines += [
            f"{attorney.name} (SBN {attorney.bar_number})",
            attorney.email,
            attorney.firm,
            *attorney.address,
            f"Telephone: {attorney.phone}",
            _represents(case, attorney),
        ]
    # The court title must fall on line 8 or lower: the block fills at least 7 lines,
    # and one blank numbered line always separates it from the title.
    return [*pad_to_even(lines, HALF_WIDTH_PT, minimum=2 * (COURT_TITLE_LINE - 1)), "", ""]


def _signatures(case: Case) -> list[dict[str, Any]]:
    day = case.date
    dated = f"{day:%B} {day.day}, {day.year}" if day else BLANK_DATE  # no %-d: not portable
    blocks = []
    for attorney in case.counsel:
        lines = ["", f"By: /s/ {attorney.name}", attorney.name, _represents(case, attorney)]
        # The firm's name shares the "Dated:" line and may wrap in the 3 in column; count
        # it, then pad the block to an even number of 12-pt lines so the grid holds.
        padded = pad_to_even([attorney.firm, *lines], SIGNATURE_WIDTH_PT)[1:]
        padded += ["", ""]  # one numbered line between blocks
        blocks.append({"dated": dated, "firm": attorney.firm, "lines": padded})
    return blocks


def _numbers(aeo: bool) -> dict[str, str]:
    keys = (
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
    first = 5 if aeo else 4
    return {key: f"2.{first + i}" for i, key in enumerate(keys)}


def build_context(case: Case) -> dict[str, Any]:
    """Every template variable for one matter, mandatory blocks included."""
    aeo = case.options.attorneys_eyes_only
    plaintiff, plaintiff_role = _side(case.plaintiffs, "plaintiff")
    defendant, defendant_role = _side(case.defendants, "defendant")
    caption_title = f"{_first_named(case.plaintiffs)} v. {_first_named(case.defendants)}"
    categories = [
        {
            "letter": _letter(i),
            "name": cat.name,
            "description": cat.description,
            "highly": cat.tier == "highly-confidential",
            "harms": [{"label": str(j + 1), "text": harm} for j, harm in enumerate(cat.harm)],
        }
        for i, cat in enumerate(case.categories)
    ]
    aeo_names = [c.name for c in case.categories if c.tier == "highly-confidential"]
    stipulating = [
        f"{_role_word(role, len(side))} {_join([p.name for p in side])}"
        for role, side in (("plaintiff", case.plaintiffs), ("defendant", case.defendants))
    ]
    ctx: dict[str, Any] = {
        "document_title": DOCUMENT_TITLE,
        "footer_case_line": f"{case.short_title} · Case No. {case.number.text}",
        "first_page_lines": _counsel_lines(case),
        "stipulating_parties": _join(stipulating),
        "case": {
            "number": case.number.text,
            "short_title": case.short_title,
            "nature": case.nature,
            "caption_title": caption_title,
            "action_name": f"{caption_title}, Case No. {case.number.text}, pending in the "
            "United States District Court for the Central District of "
            "California",
        },
        "caption": {
            "plaintiff": plaintiff,
            "plaintiff_role": plaintiff_role,
            "defendant": defendant,
            "defendant_role": defendant_role,
            "number": case.number.text,
            "document_title": DOCUMENT_TITLE,
            "notation": case.caption_notation,
            "district_judge": case.district_judge,
            "magistrate_judge": case.magistrate_judge,
        },
        "division_name": case.division,
        "categories": categories,
        "category_names": "; ".join(c.name for c in case.categories),
        "aeo_category_names": "; ".join(aeo_names),
        "options": {"attorneys_eyes_only": aeo, "fre_502d": case.options.fre_502d},
        "n": _numbers(aeo),
        "designations_or": f"{CONFIDENTIAL} or {AEO}" if aeo else CONFIDENTIAL,
        "legends_or": f"{CONFIDENTIAL} or {AEO}, as appropriate," if aeo else CONFIDENTIAL,
        "highest_legend": AEO if aeo else CONFIDENTIAL,
        "signatures": _signatures(case),
        "filer": {"name": case.filer.name, "firm": case.filer.firm},
        "magistrate_judge": case.magistrate_judge,
    }
    ctx["blocks"] = render_blocks(ctx)
    return ctx

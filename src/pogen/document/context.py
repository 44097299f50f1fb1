"""Build the context: turn a validated ``Case`` into the variables templates use.

The context is the documented contract between pogen and every template (README,
"Template variables"); a test keeps that list and the shipped template in step.  All
wording choices that depend on data (plural "Plaintiffs", "et al.", who stipulates and
how, the list of legends) are made here and in ``document.names``, so templates stay
free of logic.  Page 1 is laid out by ``document.firstpage``, the caption by
``document.caption``, counsel and signature blocks by ``document.counsel``.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from pogen.case.judges import fold
from pogen.case.model import Case, Category, Counsel
from pogen.case.profiles import Profile, resolve_profile
from pogen.document.blocks import render_blocks
from pogen.document.caption import caption_height, caption_spec
from pogen.document.counsel import Block, blocks
from pogen.document.firstpage import PageOneFullError, first_page_xml, lay_out
from pogen.document.layout import SIGNATURE_WIDTH_PT, pad_to_even
from pogen.document.names import first_named, join, running_names
from pogen.document.numbering import DEFINITIONS, Features, letter, numbers, outline
from pogen.errors import Diagnostic, ValidationError

CONFIDENTIAL = "“CONFIDENTIAL”"
AEO = "“HIGHLY CONFIDENTIAL – ATTORNEYS’ EYES ONLY”"
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
    "first_page_counsel",
    "first_page_lines",
    "footer_case_line",
    "form",
    "highest_legend",
    "legends_or",
    "magistrate_judge",
    "n",
    "not_appeared",
    "options",
    "pre_motion",
    "provisions",
    "ref",
    "sec",
    "signatures",
    "so_stipulated",
    "stipulating_parties",
    "stipulating_through",
)

# What the structured variables hold, for the README's list (tools/gendocs.py).
VARIABLE_NOTES = {
    "case": "`number`, `short_title`, `nature`, `caption_title`, `action_name`",
    "filer": "`name`, `firm`",
    "form": "`profile`, `wrap_intro`, `ack_in_purposes`, `intro_heading`",
    "n": "definition numbers",
    "options": "`attorneys_eyes_only`, `fre_502d`",
    "pre_motion": "`kind` (telephonic or video), or none",
    "provisions": "`source_code`, `prosecution_bar`, `expert_disclosure`, "
    "`deposition_designation`, each none when off",
    "ref": "each section's number as a cross-reference prints it, by name",
    "sec": "each section's heading number, by name",
}


def _signatures(case: Case, signing: list[Block]) -> list[dict[str, Any]]:
    day = case.date
    dated = f"{day:%B} {day.day}, {day.year}" if day else BLANK_DATE  # no %-d: not portable
    out = []
    for block in signing:
        if block.pro_se is not None:
            lines = ["", f"/s/ {block.signer}", block.signer, block.for_line]
        else:
            names = [a.name for a in block.attorneys]
            lines = ["", f"By: /s/ {block.signer}", *names, block.for_line]
        # The firm's name shares the "Dated:" line and may wrap in the 3 in column; count
        # it, then pad the block to an even number of 12-pt lines so the grid holds.
        padded = pad_to_even([block.firm, *lines], SIGNATURE_WIDTH_PT)[1:]
        padded += ["", ""]  # one numbered line between blocks
        out.append({"dated": dated, "firm": block.firm, "lines": padded})
    return out


def profile_of(case: Case) -> Profile:
    """The profile the case file chose (``[form] profile``; common by default)."""
    return resolve_profile(case.form.profile, case.magistrate_judge)


def own_judge(case: Case, profile: Profile) -> bool:
    """Whether the profile is the assigned magistrate judge's own: a judge's procedure
    steps (the pre-motion conference) follow the judge, while a layout may be borrowed."""
    return bool(profile.judge) and fold(profile.judge) == fold(case.magistrate_judge)


def _layout(case: Case, profile: Profile) -> dict[str, Any]:
    """The numbering variables: ``sec``, ``ref``, ``n``, ``form``, ``pre_motion``,
    ``provisions`` (``pogen.document.numbering``)."""
    given = case.provisions
    features = Features(
        aeo=case.options.attorneys_eyes_only,
        pre_motion=own_judge(case, profile) and bool(profile.pre_motion),
        expert_disclosure=given.expert_objection_days is not None,
        source_code=given.source_code is not None,
        prosecution_bar=given.prosecution_bar is not None,
    )
    sections = outline(
        profile.numbering,
        features,
        ack_separate=profile.sealing_ack == "separate",
        sub_period=profile.sub_period,
    )
    sec, ref = numbers(sections)
    code, bar = given.source_code, given.prosecution_bar
    return {
        "sec": sec,
        "ref": ref,
        "n": {key: sec[f"def_{key}"] for key in DEFINITIONS if f"def_{key}" in sec},
        "form": {
            "profile": profile.key,
            "wrap_intro": profile.numbering != "roman",
            "ack_in_purposes": profile.sealing_ack == "in-purposes",
            "intro_heading": profile.intro_heading,
        },
        "pre_motion": {"kind": profile.pre_motion} if features.pre_motion else None,
        "provisions": {
            "source_code": {
                "print_limit": f"{code.print_limit:,}",
                "consecutive_limit": f"{code.consecutive_limit:,}",
            }
            if code
            else None,
            "prosecution_bar": {"scope": bar.scope, "years": _count(bar.years, "year")}
            if bar
            else None,
            "expert_disclosure": {"days": _count(given.expert_objection_days, "day")}
            if given.expert_objection_days is not None
            else None,
            "deposition_designation": {"days": _count(given.deposition_days, "day")}
            if given.deposition_days is not None
            else None,
        },
    }


_WORDS = "zero one two three four five six seven eight nine ten".split()  # noqa: SIM905


def _count(value: int | None, unit: str) -> str:
    """ "two years", "14 days": numbers up to ten in words, as the order's prose does."""
    number = value or 0
    word = _WORDS[number] if number <= 10 else str(number)
    return f"{word} {unit}" + ("" if number == 1 else "s")


def _categories(case: Case) -> list[dict[str, Any]]:
    """Each category with its own harm facts and, after them, the harm facts it shares
    (``harm_from``) as references to the category that states them."""
    letters = {cat.id: letter(i + 1).lower() for i, cat in enumerate(case.categories) if cat.id}
    out = []
    for i, cat in enumerate(case.categories):
        harms = [{"label": str(j + 1), "text": harm} for j, harm in enumerate(cat.harm)]
        shared: list[dict[str, str]] = []
        for ref in cat.harm_from:
            source: Category = case.category(ref)
            cited = [f"({letters[ref]})({j + 1})" for j in range(len(source.harm))]
            label = str(len(harms) + len(shared) + 1)
            noun = "harm" if len(cited) == 1 else "harms"
            shared.append({"label": label, "refs": join(cited), "noun": noun})
        out.append(
            {
                "letter": letter(i + 1).lower(),
                "name": cat.name,
                "description": cat.description,
                "highly": cat.tier == "highly-confidential",
                "harms": harms,
                "shared": shared,
            }
        )
    return out


def _through(case: Case) -> str:
    """How the parties stipulate: through counsel, in pro per, or both (truthfully)."""
    signing = case.signing_parties
    pro_se = [p for p in signing if p.pro_se]
    if not pro_se:
        return "through their counsel of record"
    if len(pro_se) == len(signing):
        return "each appearing in pro per"
    return (
        f"{running_names(pro_se)} in pro per and the other Parties through their counsel of record"
    )


def _not_appeared(case: Case) -> str:
    """The sentence that says who has not appeared and so does not stipulate ("" if none)."""
    absent = case.not_appeared
    if not absent:
        return ""
    names = running_names(absent)
    if len(absent) == 1:
        return f"{names} has not appeared in this Action and is not a party to this Stipulation."
    return f"{names} have not appeared in this Action and are not parties to this Stipulation."


def _page_one_full(case: Case, over: int) -> ValidationError:
    lines = "line" if over == 1 else "lines"
    return ValidationError(
        [
            Diagnostic(
                case.source,
                0,
                0,
                "counsel",
                f"page 1 cannot hold the counsel blocks, the court title and the caption: "
                f"it is {over} numbered {lines} over, even with the blocks in two columns "
                "(L.R. 11-3.8 puts every presenting attorney and the caption on page 1)",
                "page-one-full",
                'shorten the caption (caption.parties = "first-named", shorter descriptors) '
                "or list only the attorneys who present this document",
            )
        ]
    )


DOCUMENTS = ("combined", "stipulation", "proposed_order")


def build_context(case: Case, document: str = "combined", *, locked: bool = True) -> dict[str, Any]:
    """Every template variable for one document of a matter, mandatory blocks included.

    ``document``: the combined order, or the bundle's stipulation or proposed order
    (its caption title); ``locked`` false for the Word copy for chambers.
    """
    aeo = case.options.attorneys_eyes_only
    profile = profile_of(case)
    footnote = profile.footnote_text() if case.form.model_footnote else ""
    if document == "stipulation":
        footnote = ""  # the footnote speaks of "This Stipulated Protective Order"
    spec = caption_spec(case, document, footnote=bool(footnote))
    signing = blocks(case)
    try:
        page = lay_out(signing, caption_height(spec))
    except PageOneFullError as full:
        raise _page_one_full(case, full.over) from None
    if case.caption.in_re:
        caption_title = case.caption.in_re
    else:
        caption_title = f"{first_named(case.plaintiffs)} v. {first_named(case.defendants)}"
    action = f"{caption_title}, Case No. {case.number.text}"
    if case.consolidated_with:
        others = join([n.text for n in case.consolidated_with])
        label = "Case No." if len(case.consolidated_with) == 1 else "Case Nos."
        action += f" (lead case), consolidated with {label} {others}"
    aeo_names = [c.name for c in case.categories if c.tier == "highly-confidential"]
    filer = case.filer
    has_pro_se = any(p.pro_se for p in case.signing_parties)
    ctx: dict[str, Any] = {
        "document_title": spec.title,
        "footer_case_line": f"{case.short_title} · Case No. {case.number.text}",
        "first_page_lines": page.lines,
        "first_page_counsel": Markup(first_page_xml(page)),  # noqa: S704 - escaped data
        "stipulating_parties": running_names(case.signing_parties),
        "stipulating_through": _through(case),
        "not_appeared": _not_appeared(case),
        "so_stipulated": "IT IS SO STIPULATED."
        if has_pro_se
        else "IT IS SO STIPULATED, THROUGH COUNSEL OF RECORD.",
        "case": {
            "number": case.number.text,
            "short_title": case.short_title,
            "nature": case.nature,
            "caption_title": caption_title,
            "action_name": f"{action}, pending in the United States District Court for the "
            "Central District of California",
        },
        "caption": spec,
        "categories": _categories(case),
        "category_names": "; ".join(c.name for c in case.categories),
        "aeo_category_names": "; ".join(aeo_names),
        "options": {"attorneys_eyes_only": aeo, "fre_502d": case.options.fre_502d},
        "designations_or": f"{CONFIDENTIAL} or {AEO}" if aeo else CONFIDENTIAL,
        "legends_or": f"{CONFIDENTIAL} or {AEO}, as appropriate," if aeo else CONFIDENTIAL,
        "highest_legend": AEO if aeo else CONFIDENTIAL,
        "signatures": _signatures(case, signing),
        "filer": {"name": filer.name, "firm": filer.firm if isinstance(filer, Counsel) else ""},
        "magistrate_judge": case.magistrate_judge,
    }
    ctx |= _layout(case, profile)
    ctx["footnote"] = footnote  # pogen's, not a template variable: added after rendering
    ctx["locked"] = locked
    ctx["blocks"] = render_blocks(ctx)
    return ctx

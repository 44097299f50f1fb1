"""The case file's ``[form]`` and ``[provisions]`` tables: which judge's layout and which
documents, and the optional provisions litigators negotiate.

Plain data, like ``pogen.case.fields``.  Every provision is off unless its table is
present, and each takes the negotiated facts it needs (no defaults that would put a
number in the order nobody agreed to).  None of them touches a mandatory section: they
add subsections to sections 5 and 7 (``pogen.document.numbering``).
"""

from __future__ import annotations

from typing import Any

from pogen.case.fields import PROSE, flag, table, text
from pogen.case.profiles import COMMON, JUDGE, profiles


def number(label: str, help_: str, example: str, *, low: int, high: int) -> dict[str, Any]:
    """A whole number between ``low`` and ``high``, required in its table."""
    return {
        "type": "integer",
        "required": True,
        "min": low,
        "max": high,
        "meta": {"label": label, "help": help_, "example": example},
    }


FORM = table(
    "Form",
    "Which judge's layout the order follows and which documents `pogen render` writes "
    "(README, Picking the form).",
    {
        "profile": {
            "type": "string",
            "required": False,
            "allowed": [COMMON, JUDGE, *(key for key in profiles() if key != COMMON)],
            "meta": {
                "label": "Profile",
                "help": 'The layout: "common" (pogen\'s common C.D. Cal. layout, the default), '
                '"judge" (the assigned magistrate judge\'s profile, or common when there is '
                "none) or a profile's name (`pogen judges` lists them with their sources).",
                "example": "judge",
            },
        },
        "document": {
            "type": "string",
            "required": False,
            "allowed": ["combined", "bundle"],
            "meta": {
                "label": "Documents",
                "help": '"combined": one STIPULATION AND [PROPOSED] PROTECTIVE ORDER; "bundle": '
                "the Stipulation, the separately lodged [Proposed] Protective Order and its "
                "Word copy for chambers. Default: the profile's form (combined for common).",
                "example": "bundle",
            },
        },
        "chambers_copy": flag(
            "Chambers copy",
            "With the combined form, also write the Word copy for chambers (nothing locked); "
            "the bundle always has one.",
        ),
        "model_footnote": flag(
            "Model footnote",
            "Print the profile's footnote saying the order is substantially based on the "
            "judge's model; set it only after comparing the order with the model "
            "(pogen redline), since the footnote is counsel's statement.",
        ),
    },
    required=False,
)

PROVISIONS = table(
    "Provisions",
    "Optional provisions, each off unless its table is present.",
    {
        "source_code": table(
            "Source-code review",
            "Source code produced only for inspection on a stand-alone computer, with a "
            "review log and printing limits (needs options.attorneys_eyes_only).",
            {
                "print_limit": number(
                    "Printed pages in all",
                    "Most pages of source code a Receiving Party may print in all.",
                    "250",
                    low=1,
                    high=10000,
                ),
                "consecutive_limit": number(
                    "Consecutive printed pages",
                    "Most consecutive pages of one file that may be printed at once.",
                    "25",
                    low=1,
                    high=1000,
                ),
            },
            required=False,
        ),
        "prosecution_bar": table(
            "Prosecution bar",
            "Bars people who see the other side's technical AEO material from prosecuting "
            "patents in the field (needs options.attorneys_eyes_only).",
            {
                "scope": text(
                    "Field of the bar",
                    'The technology the bar covers, as a phrase that completes "patent '
                    'applications relating to ...".',
                    "warehouse inventory-routing software",
                    kind=PROSE,
                    minlength=5,
                    maxlength=300,
                ),
                "years": number(
                    "Years after final disposition",
                    "How long the bar lasts after the final disposition of the Action.",
                    "2",
                    low=1,
                    high=5,
                ),
            },
            required=False,
        ),
        "expert_disclosure": table(
            "Expert disclosure",
            "Disclosure of an Expert (or House Counsel) before AEO access, with the "
            "objection procedure (needs options.attorneys_eyes_only).",
            {
                "objection_days": number(
                    "Days to object",
                    "Days the Designating Party has to object after a complete disclosure.",
                    "10",
                    low=3,
                    high=30,
                ),
            },
            required=False,
        ),
        "deposition_designation": table(
            "Deposition designation window",
            "Testimony may also be designated within a period after the final transcript "
            "arrives; until then the whole transcript is treated as the highest tier.",
            {
                "days": number(
                    "Days after the transcript",
                    "Days after the final transcript is received within which testimony "
                    "may be designated.",
                    "30",
                    low=1,
                    high=60,
                ),
            },
            required=False,
        ),
    },
    required=False,
)

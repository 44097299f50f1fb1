"""Codes of the ``[form]`` and ``[provisions]`` tables (case-file diagnostics, exit code 1)."""

from __future__ import annotations

from pogen.codes.entry import Code
from pogen.codes.entry import code as _c

FORM_CODES: dict[str, Code] = {
    "out-of-range": _c(
        "Number out of range",
        "A whole number (a provision's days, pages or years, an amendment's number) is "
        "below its smallest or above its largest allowed value.",
        "Use a value within the range the message gives.",
    ),
    "model-footnote-none": _c(
        "No model footnote on record",
        "form.model_footnote asks for the footnote naming the judge's model, but the chosen "
        "profile has no sourced footnote wording.",
        "Delete form.model_footnote, or choose a profile that has one (e.g. christensen).",
    ),
    "provision-needs-aeo": _c(
        "Provision needs the AEO tier",
        "The source-code protocol, the prosecution bar and the expert-disclosure procedure "
        "govern HIGHLY CONFIDENTIAL – ATTORNEYS' EYES ONLY material; without that tier they "
        "would govern nothing.",
        "Set options.attorneys_eyes_only = true with a highly-confidential category, or "
        "delete the provision's table.",
    ),
}

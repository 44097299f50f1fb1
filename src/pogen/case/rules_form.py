"""The ``[form]`` and ``[provisions]`` tables against the profiles and the options.

A profile must exist; a model footnote needs a profile that has one (pogen prints no
footnote it has no source for); the provisions that speak of "HIGHLY CONFIDENTIAL –
ATTORNEYS' EYES ONLY" material need that tier.
"""

from __future__ import annotations

from collections.abc import Iterator

from pogen.case.checker import Checker
from pogen.case.profiles import COMMON, known_profile
from pogen.errors import Diagnostic

# Provisions that govern AEO material, and what each is called in messages.
NEEDS_AEO = {
    "source_code": "the source-code review protocol",
    "prosecution_bar": "the prosecution bar",
    "expert_disclosure": "the expert-disclosure procedure",
}


class FormChecks(Checker):
    """Rules of the ``[form]`` and ``[provisions]`` tables."""

    def form_checks(self) -> Iterator[Diagnostic]:
        form = self.table("form")
        profile = known_profile(form.get("profile", COMMON), self.table("judges").get("magistrate"))
        if profile is None:
            return  # the schema reports it (allowed values)
        if form.get("model_footnote") is True and not profile.footnote:
            yield self.diag(
                "form.model_footnote",
                f"form.model_footnote: the profile {profile.key!r} has no model footnote on "
                "record, so pogen has no sourced words to print",
                "model-footnote-none",
                "delete model_footnote, or choose the profile of a judge whose model is cited "
                "in filed orders (e.g. christensen)",
            )

    def provision_checks(self) -> Iterator[Diagnostic]:
        provisions = self.table("provisions")
        aeo = self.table("options").get("attorneys_eyes_only") is True
        for key, name in NEEDS_AEO.items():
            if key in provisions and not aeo:
                yield self.diag(
                    f"provisions.{key}",
                    f"{name} governs HIGHLY CONFIDENTIAL – ATTORNEYS' EYES ONLY material, "
                    "which this order does not have",
                    "provision-needs-aeo",
                    "set options.attorneys_eyes_only = true (with a highly-confidential "
                    f"category), or delete [provisions.{key}]",
                )

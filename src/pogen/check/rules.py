"""The rejection grounds of docs/rejection-grounds.md, one function per rule ID.

Each rule follows the court's reason, not pogen's wording: patterns accept synonyms,
"Local Rule", "L.R." and "Civil L.R.", and typed or automatic numbering.  They are
heuristics over the text a reader sees (see :mod:`pogen.check.reader`); the README and
``docs/check-rules.md`` say what they can miss.  The functions live in
:mod:`pogen.check.content`, :mod:`pogen.check.procedure`, :mod:`pogen.check.disputes`,
:mod:`pogen.check.trial` and :mod:`pogen.check.complete`; the catalog of IDs,
citations and messages in :mod:`pogen.codes.check`.
"""

from __future__ import annotations

from collections.abc import Callable

from pogen.check.complete import incomplete_order, invisible_text
from pogen.check.content import (
    caption_discovery_notation,
    categories_overbroad,
    exhibit_a_missing,
    good_cause_generic,
    good_cause_heading,
    signature_attestation,
)
from pogen.check.disputes import disputes_bypass_l37
from pogen.check.model import Finding
from pogen.check.procedure import binds_court, sealing_blanket, sealing_rule_missing
from pogen.check.text import Draft
from pogen.check.trial import duration_retains_jurisdiction, trial_use
from pogen.codes.check import RULES

CHECKS: dict[str, Callable[[Draft], list[Finding]]] = {
    "good-cause-heading": good_cause_heading,
    "good-cause-generic": good_cause_generic,
    "categories-overbroad": categories_overbroad,
    "sealing-blanket": sealing_blanket,
    "sealing-rule-missing": sealing_rule_missing,
    "disputes-bypass-l37": disputes_bypass_l37,
    "caption-discovery-notation": caption_discovery_notation,
    "trial-use": trial_use,
    "binds-court": binds_court,
    "exhibit-a-missing": exhibit_a_missing,
    "signature-attestation": signature_attestation,
    "duration-retains-jurisdiction": duration_retains_jurisdiction,
    "incomplete-order": incomplete_order,
    "invisible-text": invisible_text,
}


__all__ = ["CHECKS", "RULES"]

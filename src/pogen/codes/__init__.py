"""The registry of every code pogen can print, with its meaning and fix.

One registry for three kinds of code: case-file diagnostics (the word in brackets after
a validation message, :mod:`pogen.codes.case`), run errors (templates, the rendered
document, output, PDF, batches, drafts: ``error.code``, :mod:`pogen.codes.output`) and
``pogen check`` rule IDs (:mod:`pogen.codes.check`).  ``pogen explain CODE`` and
docs/reference/errors.md are generated from it, and a test keeps it and the source in
step both ways, so a code cannot be emitted without an explanation, nor explained
without being emitted.
"""

from __future__ import annotations

import difflib

from pogen.codes.case import CASE_CODES
from pogen.codes.check import RULES, Rule, Severity
from pogen.codes.entry import Code
from pogen.codes.output import RUN_CODES

__all__ = ["CODES", "RULES", "Code", "Rule", "Severity", "close_matches", "explain", "kind"]


def _rule_code(rule: Rule) -> Code:
    severity = "a warning" if rule.severity is Severity.WARNING else "an error"
    meaning = f"`pogen check` reports {severity} when a draft fails this: {rule.summary}."
    return Code(
        f"pogen check rule ({rule.cite})", meaning, rule.hint[:1].upper() + rule.hint[1:] + "."
    )


CODES: dict[str, Code] = {
    **CASE_CODES,
    **RUN_CODES,
    **{rule_id: _rule_code(rule) for rule_id, rule in RULES.items()},
}


def kind(code: str) -> str:
    """Which kind of code this is: "case file", "run" or "check rule"."""
    if code in RULES:
        return "check rule"
    return "case file" if code in CASE_CODES else "run"


def explain(code: str) -> str:
    """The reference page for one code, as printed by ``pogen explain``."""
    entry = CODES[code]
    page = f"{code}: {entry.title}\n\n{entry.meaning}\n\nFix: {entry.fix}\n"
    rule = RULES.get(code)
    if rule is not None:
        page += f"\nThe court's reason: {rule.citation}.\n\nMessages:\n"
        page += "".join(f"  {rule.cite}: {message}\n" for message in rule.messages)
    return page


def close_matches(code: str) -> list[str]:
    """Registered codes spelled like ``code``."""
    return difflib.get_close_matches(code, list(CODES), n=3, cutoff=0.5)

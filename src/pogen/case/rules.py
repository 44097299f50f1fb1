"""The court's rules that span fields, in the order they run: case number and judges
(``rules_judges``), parties and counsel (``rules_parties``), then categories and harm
facts (here, with the heuristics of ``pogen.case.quality``).

Defensive throughout, since the schema may have failed elsewhere in the same file;
every problem is a ``Diagnostic`` at the key where a person would fix it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

from pogen.case.checker import means_none
from pogen.case.quality import judge_category_description, judge_category_name, judge_harm
from pogen.case.rules_form import FormChecks
from pogen.case.rules_judges import JudgeChecks
from pogen.case.rules_parties import PartyChecks
from pogen.errors import Diagnostic


class CrossChecks(JudgeChecks, PartyChecks, FormChecks):
    """Every cross-field rule of a case file."""

    def run(self) -> Iterator[Diagnostic]:
        yield from self.judge_checks()
        yield from self.caption_checks()
        ids: dict[str, int] = {}
        yield from self.party_checks(ids)
        yield from self.categories()
        yield from self.form_checks()
        yield from self.provision_checks()

    def caption_checks(self) -> Iterator[Diagnostic]:
        """The ``[caption]`` table: no word for "none", nothing that would be dropped."""
        caption = self.table("caption")
        division = caption.get("division")
        if division is True or (isinstance(division, str) and means_none(division)):
            yield self.diag(
                "caption.division",
                f"caption.division {division!r} would be printed as the division line",
                "division-word",
                "write caption.division = false (no quotes) for no division line, or the "
                'line as the court prints it, e.g. "WESTERN DIVISION"',
            )
        if "relates_to" in caption and "in_re" not in caption:
            yield self.diag(
                "caption.relates_to",
                'caption.relates_to is printed only under an "In re" title (caption.in_re)',
                "caption-in-re",
                "add caption.in_re, or delete relates_to",
            )

    def categories(self) -> Iterator[Diagnostic]:
        """Categories and harm facts: the facts of the GOOD CAUSE STATEMENT."""
        options = self.table("options")
        aeo = options.get("attorneys_eyes_only") is True
        seen_harm: dict[str, str] = {}
        seen_names: dict[str, int] = {}
        highly = False
        for i, cat in self.items("categories"):
            name, description = cat.get("name"), cat.get("description")
            if isinstance(name, str) and name:
                finding = judge_category_name(name)
                if finding:
                    yield self.diag(
                        f"categories[{i}].name", finding.message, finding.code, finding.hint
                    )
                folded = name.casefold()
                if folded in seen_names:
                    yield self.diag(
                        f"categories[{i}].name",
                        f"category {name!r} is listed twice",
                        "duplicate-category",
                    )
                seen_names.setdefault(folded, i)
            if isinstance(description, str) and description:
                finding = judge_category_description(description)
                if finding:
                    yield self.diag(
                        f"categories[{i}].description", finding.message, finding.code, finding.hint
                    )
            yield from self.harms(i, cat, seen_harm)
            yield from self.shared_harm(i, cat)
            if cat.get("tier") == "highly-confidential":
                highly = True
                if not aeo:
                    yield self.diag(
                        f"categories[{i}].tier",
                        "tier 'highly-confidential' needs options.attorneys_eyes_only = true",
                        "tier-needs-aeo",
                    )
        if aeo and not highly:
            yield self.diag(
                "options.attorneys_eyes_only",
                "the ATTORNEYS' EYES ONLY tier is on, but "
                'no category has tier = "highly-confidential"',
                "aeo-unjustified",
                "the good-cause statement must show why CONFIDENTIAL is not enough for "
                "some category; mark that category, or turn the tier off",
            )

    def shared_harm(self, i: int, cat: dict[str, Any]) -> Iterator[Diagnostic]:
        """``harm_from``: the named categories exist and state harm facts of their own."""
        categories = self.items("categories")
        by_id = {c.get("id"): (j, c) for j, c in categories if isinstance(c.get("id"), str)}
        refs = cat.get("harm_from")
        refs = refs if isinstance(refs, list) else []
        if "harm" not in cat and not refs:
            yield self.diag(
                f"categories[{i}].harm",
                "category has no harm fact",
                "harm-missing",
                'add `harm = ["..."]`: what disclosure would do, and to whom, in this case; '
                'or `harm_from = ["id"]` if another category\'s harm facts serve this one',
            )
        for k, ref in enumerate(refs):
            key = f"categories[{i}].harm_from[{k}]"
            if not isinstance(ref, str):
                continue
            if ref not in by_id:
                ids = sorted(str(x) for x in by_id)
                close = difflib.get_close_matches(ref, ids, n=1)
                yield self.diag(
                    key,
                    f"harm_from names {ref!r}, which is not a category id",
                    "unknown-category",
                    f"did you mean {close[0]!r}?"
                    if close
                    else "give the category whose harm facts serve this one an `id`",
                )
            elif by_id[ref][0] == i:
                yield self.diag(key, "a category cannot share its own harm facts", "harm-from")
            elif "harm" not in by_id[ref][1]:
                yield self.diag(
                    key,
                    f"category {ref!r} has no harm facts of its own to share",
                    "harm-from",
                    "point harm_from at the category that states the harm facts",
                )
        own = cat.get("id")
        if isinstance(own, str) and sum(c.get("id") == own for _, c in categories) > 1:
            yield self.diag(
                f"categories[{i}].id", f"category id {own!r} is used twice", "duplicate-category"
            )

    def harms(self, i: int, cat: dict[str, Any], seen: dict[str, str]) -> Iterator[Diagnostic]:
        """Each harm fact is specific (pogen.case.quality) and used once."""
        name, description = cat.get("name"), cat.get("description")
        harms = cat.get("harm")
        for j, harm in enumerate(harms if isinstance(harms, list) else []):
            if not isinstance(harm, str) or not harm:
                continue
            finding = judge_harm(harm, str(name or ""), str(description or ""))
            key = f"categories[{i}].harm[{j}]"
            if finding:
                yield self.diag(key, finding.message, finding.code, finding.hint)
            if harm.casefold() in seen:
                yield self.diag(
                    key,
                    f"same harm fact as {seen[harm.casefold()]}",
                    "duplicate-harm",
                    "each harm fact must be specific to its category",
                )
            seen.setdefault(harm.casefold(), key)

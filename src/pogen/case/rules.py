"""The court's rules that span fields: case number and division, the judge registry and
caption notation, parties and counsel, categories and harm facts.

Defensive throughout, since the schema may have failed elsewhere in the same file;
every problem is a ``Diagnostic`` at the key where a person would fix it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

from pogen.case.casenum import CaseNumber, parse_case_number
from pogen.case.judges import find_judge
from pogen.case.quality import judge_category_description, judge_category_name, judge_harm
from pogen.case.source import CaseSource
from pogen.errors import Diagnostic


class CrossChecks:
    """Rules that span fields; defensive, since the schema may have failed elsewhere."""

    def __init__(self, doc: dict[str, Any], source: CaseSource) -> None:
        self.doc = doc
        self.source = source

    def diag(self, key: str, message: str, code: str, hint: str = "") -> Diagnostic:
        return Diagnostic(*self.source.locate(key), key, message, code, hint)

    def table(self, name: str) -> dict[str, Any]:
        value = self.doc.get(name)
        return value if isinstance(value, dict) else {}

    def items(self, name: str) -> list[tuple[int, dict[str, Any]]]:
        value = self.doc.get(name)
        if not isinstance(value, list):
            return []
        return [(i, v) for i, v in enumerate(value) if isinstance(v, dict)]

    def run(self) -> Iterator[Diagnostic]:
        yield from self.court_and_judges()
        ids: dict[str, int] = {}
        yield from self.parties(ids)
        yield from self.counsel(ids)
        yield from self.categories()

    def court_and_judges(self) -> Iterator[Diagnostic]:
        """Case number, division, and the magistrate judge's caption notation."""
        case, court, judges = self.table("case"), self.table("court"), self.table("judges")
        number = case.get("number")
        parsed: CaseNumber | None = None
        if isinstance(number, str):
            parsed = parse_case_number(number)
            if parsed is None:
                yield self.diag(
                    "case.number",
                    f"malformed case number {number!r}",
                    "bad-case-number",
                    "write it as captioned, with the district and magistrate judges' "
                    "initials: 2:24-cv-07416-SRM-SSC or CV 11-00531 CAS (SSx)",
                )
            elif (
                court.get("division") in ("western", "southern", "eastern")
                and parsed.division != court["division"]
            ):
                yield self.diag(
                    "case.number",
                    f"case number {number!r} belongs to the "
                    f"{parsed.division} division, but court.division is "
                    f"{court['division']!r}",
                    "division-mismatch",
                    "2:/CV = western, 8:/SACV = southern, 5:/EDCV = eastern",
                )
        magistrate = judges.get("magistrate")
        notation = judges.get("caption_notation")
        if isinstance(magistrate, str) and magistrate:
            judge = find_judge(magistrate)
            if judge is None and not notation:
                yield self.diag(
                    "judges.magistrate",
                    f"magistrate judge {magistrate!r} is not in "
                    "pogen's registry, so pogen does not know the discovery notation "
                    "the caption needs",
                    "judge-unknown",
                    "add judges.caption_notation with the notation the judge requires, "
                    'verbatim (e.g. "DISCOVERY MATTER"); `pogen judges` lists the '
                    "registry",
                )
            elif judge is not None and not judge.notation and not notation:
                yield self.diag(
                    "judges.magistrate",
                    f"no sourced discovery notation is on record for Magistrate Judge {judge.name}",
                    "notation-required",
                    "add judges.caption_notation with the wording from the judge's "
                    "procedures page; pogen does not guess it",
                )
            if (
                judge is not None
                and parsed is not None
                and parsed.magistrate_initials != judge.initials
            ):
                yield self.diag(
                    "case.number",
                    f"case number names magistrate judge initials "
                    f"{parsed.magistrate_initials!r}, but {judge.name}'s are "
                    f"{judge.initials!r}",
                    "judge-initials-mismatch",
                    "check judges.magistrate against the case number",
                )

    def parties(self, ids: dict[str, int]) -> Iterator[Diagnostic]:
        """Duplicate parties and both sides of the caption."""
        parties = self.items("parties")
        names: dict[str, int] = {}
        for i, party in parties:
            pid, name = party.get("id"), party.get("name")
            if isinstance(pid, str):
                if pid in ids:
                    yield self.diag(
                        f"parties[{i}].id",
                        f"party id {pid!r} is used twice (also parties[{ids[pid]}])",
                        "duplicate-party",
                    )
                ids.setdefault(pid, i)
            if isinstance(name, str):
                folded = " ".join(name.casefold().replace(",", " ").replace(".", " ").split())
                if folded in names:
                    yield self.diag(
                        f"parties[{i}].name",
                        f"party {name!r} is listed twice (also parties[{names[folded]}])",
                        "duplicate-party",
                    )
                names.setdefault(folded, i)
        roles = {p.get("role") for _, p in parties}
        if parties and {"plaintiff", "defendant"} - roles:
            missing = sorted({"plaintiff", "defendant"} - roles)[0]
            yield self.diag(
                "parties",
                f"no party has role {missing!r}; a caption needs both sides",
                "party-sides",
            )

    def counsel(self, ids: dict[str, int]) -> Iterator[Diagnostic]:
        """Counsel represent real parties; one filer; everyone represented."""
        counsel = self.items("counsel")
        represented: set[str] = set()
        filers = [i for i, c in counsel if c.get("filer") is True]
        bars: dict[str, int] = {}
        for i, attorney in counsel:
            reps = attorney.get("represents")
            for j, rep in enumerate(reps if isinstance(reps, list) else []):
                if isinstance(rep, str) and ids and rep not in ids:
                    close = difflib.get_close_matches(rep, list(ids), n=1)
                    yield self.diag(
                        f"counsel[{i}].represents[{j}]",
                        f"counsel represents {rep!r}, which is not a party id",
                        "unknown-party",
                        f"did you mean {close[0]!r}?" if close else f"party ids: {', '.join(ids)}",
                    )
                represented.add(str(rep))
            bar = attorney.get("bar_number")
            if isinstance(bar, str):
                if bar in bars:
                    yield self.diag(
                        f"counsel[{i}].bar_number",
                        f"bar number {bar} is used twice (also counsel[{bars[bar]}])",
                        "duplicate-counsel",
                    )
                bars.setdefault(bar, i)
        if counsel and len(filers) != 1:
            where = f"counsel[{filers[1]}].filer" if len(filers) > 1 else "counsel"
            yield self.diag(
                where,
                f"exactly one attorney must have filer = true, found {len(filers)}",
                "filer-count",
                "the filer files the document and attests to the other "
                "signatures under L.R. 5-4.3.4(a)(2)(i)",
            )
        if counsel:
            for pid, i in ids.items():
                if pid not in represented:
                    yield self.diag(
                        f"parties[{i}]",
                        f"party {pid!r} has no counsel",
                        "unrepresented-party",
                        "add the party's id to some counsel's `represents`",
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

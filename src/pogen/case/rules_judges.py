"""Court rules on the case number and the judges: division, both judges' initials against
the registries, and the caption's discovery notation.

The notation has three honest states (README, "Discovery notation"): the registry's
sourced notation (the magistrate judge's, and the district judge's where that judge
requires one), a notation written in the case file, or ``caption_notation = false``
(accepted with a warning, and refused where a judge's current procedures require one).
The same three answers are computed for rendering by ``notation_lines``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pogen.case.casenum import PREFIX_TEXT, CaseNumber, parse_case_number
from pogen.case.checker import Checker, means_none
from pogen.case.judges import (
    DISTRICT,
    MAGISTRATE,
    Judge,
    find_district_judge,
    find_judge,
    judges_with_initials,
)
from pogen.errors import Diagnostic

FORMS_HINT = (
    "C.D. Cal. prints case numbers like 2:24-cv-07416-SRM-SSC or CV 11-00531 CAS (SSx): "
    "office or division prefix, year, number, then the district and magistrate judges' "
    "initials"
)
_TITLE = ("hon.", "hon ", "honorable ", "the honorable ", "judge ")


def registry_notations(magistrate: Judge | None, district: Judge | None) -> list[Judge]:
    """The registry entries whose notation the caption carries by default, in order."""
    found = [j for j in (magistrate, district) if j is not None and j.notation]
    unique: list[Judge] = []
    for judge in found:
        if not any(judge.notation.casefold() in other.notation.casefold() for other in unique):
            unique.append(judge)
    return unique


def notation_lines(judges: dict[str, Any]) -> tuple[tuple[str, ...], str]:
    """The caption's notation lines and where they come from, for a valid case file."""
    explicit = judges.get("caption_notation")
    if explicit is False:
        return (), "none"
    if isinstance(explicit, str) and explicit:
        return (explicit,), "case file"
    magistrate = find_judge(str(judges.get("magistrate", "")))
    district = find_district_judge(str(judges.get("district", "")))
    return tuple(j.notation for j in registry_notations(magistrate, district)), "registry"


def _source(judge: Judge) -> str:
    return f"{judge.notation_kind}: {judge.notation_source}"


class JudgeChecks(Checker):
    """The case number, the judges and the notation."""

    def judge_checks(self) -> Iterator[Diagnostic]:
        case, court, judges = self.table("case"), self.table("court"), self.table("judges")
        names = {bench: judges.get(bench) for bench in (DISTRICT, MAGISTRATE)}
        found: dict[str, Judge | None] = {DISTRICT: None, MAGISTRATE: None}
        for bench, name in names.items():
            if not isinstance(name, str) or not name:
                continue
            if name.casefold().startswith(_TITLE):
                yield self.diag(
                    f"judges.{bench}",
                    f'{name!r} starts with a title; pogen prints "Hon." itself',
                    "judge-name-title",
                    'write the judge\'s name only, e.g. "Karen E. Scott"',
                )
            found[bench] = (find_judge if bench == MAGISTRATE else find_district_judge)(name)
        yield from self.notation(judges, found)
        yield from self.registry_status(judges, found)
        number = case.get("number")
        if isinstance(number, str) and number:
            yield from self.case_number(number, "case.number", court, found)
        others = case.get("consolidated_with")
        for i, other in enumerate(others if isinstance(others, list) else []):
            if isinstance(other, str) and other:
                yield from self.case_number(other, f"case.consolidated_with[{i}]", {}, {})

    def case_number(
        self, number: str, key: str, court: dict[str, Any], found: dict[str, Judge | None]
    ) -> Iterator[Diagnostic]:
        """Division and both judges' initials; a consolidated case's number (given no
        ``court`` and no judges) is only read for its form."""
        if PREFIX_TEXT.match(number):
            yield self.diag(
                key,
                f'case number {number!r} starts with "Case No.", which pogen prints itself',
                "bad-case-number",
                "write only the number, e.g. 2:24-cv-07416-SRM-SSC",
            )
            return
        parsed = parse_case_number(number)
        if not parsed.recognised:
            yield self.warn(
                key,
                f"pogen does not recognise the form of case number {number!r}; it is "
                "printed exactly as written, but its division and judges' initials are "
                "not checked",
                "case-number-form",
                FORMS_HINT,
            )
            return
        division = court.get("division")
        if division in ("western", "southern", "eastern") and parsed.division != division:
            yield self.diag(
                key,
                f"case number {number!r} belongs to the {parsed.division} division, but "
                f"court.division is {division!r}",
                "division-mismatch",
                "2:/CV = western, 8:/SACV = southern, 5:/EDCV = eastern",
            )
        for bench, judge in found.items():
            yield from self.initials(parsed, bench, judge)

    def initials(self, parsed: CaseNumber, bench: str, judge: Judge | None) -> Iterator[Diagnostic]:
        """One judge's initials in the case number against the registry."""
        seen = parsed.magistrate_initials if bench == MAGISTRATE else parsed.district_initials
        if judge is None:
            return  # reported at the judge's name (not in the registry)
        if not seen:
            yield self.warn(
                "case.number",
                f"case number {parsed.text!r} shows no {bench} judge's initials, so they "
                f"are not checked against judges.{bench}",
                "initials-missing",
                FORMS_HINT,
            )
            return
        if not judge.initials:
            yield self.warn(
                "case.number",
                f"pogen's registry has no initials on record for {judge.title}; the case "
                f"number's {seen!r} is not checked",
                "judge-initials-unconfirmed",
                "docs/reference/judges.md shows what the registry knows and its sources",
            )
            return
        if seen == judge.initials.upper():
            return
        owners = [j.name for j in judges_with_initials(seen, bench) if j.name != judge.name]
        owner = f" (the registry's initials for {', '.join(owners)})" if owners else ""
        message = (
            f"case number {parsed.text!r} names {bench} judge initials {seen!r}{owner}, but "
            f"judges.{bench} is {judge.name}, whose initials are {judge.initials!r}"
        )
        if judge.sourced_initials:
            yield self.diag(
                "case.number",
                message,
                "judge-initials-mismatch",
                f"check judges.{bench} and the case number against the docket; one of them "
                "is wrong",
            )
        else:
            yield self.warn(
                "case.number",
                message + f" ({judge.initials_quality} sources only)",
                "judge-initials-unconfirmed",
                "the case number is printed as written; docs/reference/judges.md shows the "
                "registry's sources",
            )

    def registry_status(
        self, judges: dict[str, Any], found: dict[str, Judge | None]
    ) -> Iterator[Diagnostic]:
        """Judges the registry does not know, or knows as former."""
        district, magistrate = found[DISTRICT], found[MAGISTRATE]
        name = judges.get(DISTRICT)
        if isinstance(name, str) and name and district is None:
            yield self.warn(
                "judges.district",
                f"district judge {name!r} is not in pogen's district-judge registry, so the "
                "case number's district judge initials and any caption rule of that judge "
                "are not checked",
                "district-judge-unknown",
                "check the spelling against the docket; `pogen judges` lists the registry",
            )
        name = judges.get(MAGISTRATE)
        notation = judges.get("caption_notation")
        if isinstance(name, str) and name and magistrate is None and notation is not None:
            yield self.warn(
                "judges.magistrate",
                f"magistrate judge {name!r} is not in pogen's registry, so the case "
                "number's magistrate judge initials are not checked",
                "judge-not-in-registry",
                "check the spelling against the docket; `pogen judges` lists the registry",
            )
        for judge in (magistrate, district):
            if judge is not None and judge.status == "former":
                yield self.warn(
                    f"judges.{judge.bench}",
                    f"pogen's registry lists {judge.title} as former ({judge.status_source})",
                    "judge-former",
                    "check the docket for the judge now assigned",
                )

    def notation(
        self, judges: dict[str, Any], found: dict[str, Judge | None]
    ) -> Iterator[Diagnostic]:
        """The three honest states of the discovery notation."""
        key = "judges.caption_notation"
        explicit = judges.get("caption_notation")
        magistrate, district = found[MAGISTRATE], found[DISTRICT]
        on_record = registry_notations(magistrate, district)
        required = [j for j in on_record if j.notation_required]
        if explicit is True:
            yield self.diag(
                key,
                "caption_notation = true is not a notation",
                "notation-word",
                'write the notation in quotes ("DISCOVERY MATTER"), or false for none',
            )
        elif isinstance(explicit, str) and explicit and means_none(explicit):
            yield self.diag(
                key,
                f"caption_notation {explicit!r} would be printed in the caption as the notation",
                "notation-word",
                "to say the caption carries no discovery notation, write "
                "caption_notation = false (no quotes)",
            )
        elif isinstance(explicit, str) and explicit:
            for judge in required:
                if judge.notation.casefold() not in explicit.casefold():
                    yield self.warn(
                        key,
                        f"{judge.title}'s procedures require {judge.notation!r} in the "
                        f"caption ({_source(judge)}); the caption will carry only "
                        f"{explicit!r}",
                        "notation-differs",
                        "leave caption_notation out to use the registry's notation, or "
                        "include its words",
                    )
        elif explicit is False:
            yield from self.no_notation(key, magistrate, on_record, required)
        elif explicit is None and not on_record:
            yield from self.notation_missing(judges, magistrate)

    def no_notation(
        self, key: str, magistrate: Judge | None, on_record: list[Judge], required: list[Judge]
    ) -> Iterator[Diagnostic]:
        if required:
            judge = required[0]
            yield self.diag(
                key,
                f"{judge.title}'s procedures require {judge.notation!r} in the caption of "
                f"discovery documents ({_source(judge)}); caption_notation = false would "
                "leave it out",
                "notation-on-record",
                "leave caption_notation out to use the registry's notation",
            )
            return
        if on_record:
            seen = "; ".join(f"{j.notation!r} for {j.title} ({_source(j)})" for j in on_record)
            reason = f"pogen's registry has {seen}, not shown to be required now"
        else:
            who = magistrate.title if magistrate else "the assigned judges"
            reason = f"no source on record for {who} shows a required notation"
        yield self.warn(
            key,
            f"the caption will carry no discovery notation ({reason})",
            "no-notation",
            "confirm on the judges' procedures pages; `pogen check` reports a caption "
            "without a notation",
        )

    def notation_missing(
        self, judges: dict[str, Any], magistrate: Judge | None
    ) -> Iterator[Diagnostic]:
        name = judges.get(MAGISTRATE)
        if not isinstance(name, str) or not name:
            return
        if magistrate is None:
            yield self.diag(
                "judges.magistrate",
                f"magistrate judge {name!r} is not in pogen's registry, so pogen does not "
                "know the discovery notation the caption needs",
                "judge-unknown",
                "add judges.caption_notation with the notation the judge requires, "
                'verbatim (e.g. "DISCOVERY MATTER"), or caption_notation = false if the '
                "judge requires none; `pogen judges` lists the registry",
            )
        else:
            yield self.diag(
                "judges.magistrate",
                f"no sourced discovery notation is on record for {magistrate.title}",
                "notation-required",
                "add judges.caption_notation with the wording from the judge's procedures "
                "page, or caption_notation = false if the judge requires none; pogen does "
                "not guess it",
            )

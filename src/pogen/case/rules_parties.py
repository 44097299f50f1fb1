"""Court rules on parties and counsel: both sides of the caption, roles that come in
pairs, who appears for whom (counsel, pro se, not yet appeared), one filer, and a
stipulation between the sides.

No hint suggests stating representation that does not exist: a party without counsel
is told the three true options (its attorney, ``appearance = "pro-se"``, or
``appearance = "not-appeared"``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import Any

from pogen.case.checker import Checker
from pogen.case.model import DEFENDANT_SIDE, PLAINTIFF_SIDE
from pogen.errors import Diagnostic

ET_AL = re.compile(r",?\s*et\.?\s+al\.?\s*$", re.IGNORECASE)
PAIRS = (
    ("counterclaimant", "counter-defendant"),
    ("cross-claimant", "cross-defendant"),
    ("third-party-plaintiff", "third-party-defendant"),
)
CONTACT = ("address", "phone", "fax", "email")


def _roles(party: dict[str, Any]) -> set[str]:
    also = party.get("also")
    return {str(party.get("role")), *(also if isinstance(also, list) else [])}


class PartyChecks(Checker):
    """Parties, counsel and who signs."""

    def party_checks(self, ids: dict[str, int]) -> Iterator[Diagnostic]:
        yield from self.parties(ids)
        yield from self.counsel(ids)

    def parties(self, ids: dict[str, int]) -> Iterator[Diagnostic]:
        """Duplicates, both sides of the caption, role pairs, kinds and appearances."""
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
            yield from self.party_kind(i, party)
        roles = {p.get("role") for _, p in parties}
        if parties and {"plaintiff", "defendant"} - roles:
            missing = sorted({"plaintiff", "defendant"} - roles)[0]
            yield self.diag(
                "parties",
                f"no party has role {missing!r}; a caption needs both sides",
                "party-sides",
            )
        held = set().union(*(_roles(p) for _, p in parties)) if parties else set()
        for first, second in PAIRS:
            for have, lack in ((first, second), (second, first)):
                if have in held and lack not in held:
                    where = next(i for i, p in parties if have in _roles(p))
                    yield self.diag(
                        f"parties[{where}]",
                        f"a party is {have}, but no party is {lack}",
                        "role-pair",
                        f'give the opposing party role or also = ["{lack}"]',
                    )
        yield from self.et_al(parties)

    def party_kind(self, i: int, party: dict[str, Any]) -> Iterator[Diagnostic]:
        """Doe defendants never sign; only a pro se party gives contact details."""
        appearance = party.get("appearance", "counsel")
        key = f"parties[{i}]"
        given = [k for k in CONTACT if k in party]
        if party.get("kind") == "fictitious":
            if appearance != "counsel" or party.get("filer") or given:
                yield self.diag(
                    key,
                    "a fictitious party (Doe defendants) does not appear, sign or file, so "
                    "it takes no appearance, filer or contact details",
                    "fictitious-party",
                    "delete those keys",
                )
            return
        if appearance == "pro-se":
            missing = [k for k in ("address", "phone", "email") if k not in party]
            if missing:
                yield self.diag(
                    key,
                    f"a party appearing pro se needs {', '.join(missing)} for the first page "
                    "and its signature (L.R. 11-3.8(a))",
                    "pro-se-contact",
                    "add the party's own address, telephone and e-mail",
                )
        else:
            if given:
                yield self.diag(
                    f"{key}.{given[0]}",
                    f"{given[0]} is printed only for a party appearing pro se; this party's "
                    f"appearance is {appearance!r}",
                    "contact-not-pro-se",
                    'delete it, or set appearance = "pro-se" if the party appears for itself',
                )
            if party.get("filer"):
                yield self.diag(
                    f"{key}.filer",
                    "only an attorney or a party appearing pro se can file the document",
                    "filer-count",
                )

    def et_al(self, parties: list[tuple[int, dict[str, Any]]]) -> Iterator[Diagnostic]:
        """``et_al`` belongs to the first-named party of a side."""
        first: dict[str, int] = {}
        for i, party in parties:
            role = str(party.get("role"))
            first.setdefault(role, i)
            if party.get("et_al") and first[role] != i:
                yield self.diag(
                    f"parties[{i}].et_al",
                    "et_al marks the first-named party of a side; this party is not first "
                    f"on the {role} side",
                    "et-al-not-first",
                    "move the key to the side's first party, or move this party first",
                )

    def counsel(self, ids: dict[str, int]) -> Iterator[Diagnostic]:
        """Counsel represent appearing parties; one filer; every appearing party speaks."""
        counsel = self.items("counsel")
        parties = dict(self.items("parties"))
        represented: set[str] = set()
        filers = [f"counsel[{i}].filer" for i, c in counsel if c.get("filer") is True]
        filers += [
            f"parties[{i}].filer"
            for i, p in parties.items()
            if p.get("filer") is True and p.get("appearance") == "pro-se"
        ]
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
                elif isinstance(rep, str) and rep in ids:
                    yield from self.represents(i, j, rep, parties[ids[rep]])
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
        if parties and len(filers) != 1:
            yield self.diag(
                filers[1] if len(filers) > 1 else "counsel",
                f"exactly one signatory (an attorney, or a party appearing pro se) must have "
                f"filer = true, found {len(filers)}",
                "filer-count",
                "the filer files the document and attests to the other "
                "signatures under L.R. 5-4.3.4(a)(2)(i)",
            )
        for pid, i in ids.items():
            party = parties.get(i, {})
            if party.get("kind") == "fictitious" or party.get("appearance", "counsel") != "counsel":
                continue
            if pid not in represented:
                yield self.diag(
                    f"parties[{i}]",
                    f"party {pid!r} has no counsel in [[counsel]]",
                    "unrepresented-party",
                    "add the attorney who appeared for it; if it appears for itself, set "
                    'appearance = "pro-se"; if it has not yet appeared, set appearance = '
                    '"not-appeared"',
                )
        yield from self.sides(parties)

    def represents(self, i: int, j: int, pid: str, party: dict[str, Any]) -> Iterator[Diagnostic]:
        appearance = party.get("appearance", "counsel")
        if party.get("kind") == "fictitious" or appearance != "counsel":
            what = (
                "a fictitious party"
                if party.get("kind") == "fictitious"
                else (f"a party whose appearance is {appearance!r}")
            )
            yield self.diag(
                f"counsel[{i}].represents[{j}]",
                f"counsel represents {pid!r}, {what}",
                "appearance-conflict",
                "remove the id from `represents`, or correct the party's appearance",
            )

    def sides(self, parties: dict[int, dict[str, Any]]) -> Iterator[Diagnostic]:
        """A stipulation needs an appearing party on each side of the caption."""
        signing = [
            p
            for p in parties.values()
            if p.get("kind") != "fictitious" and p.get("appearance", "counsel") != "not-appeared"
        ]
        if not parties or not any(p.get("role") == "plaintiff" for p in parties.values()):
            return
        for side, roles in (("plaintiff", PLAINTIFF_SIDE), ("defendant", DEFENDANT_SIDE)):
            if not any(p.get("role") in roles for p in signing):
                yield self.diag(
                    "parties",
                    f"no party on the {side} side has appeared, so there is no one to "
                    "stipulate with",
                    "stipulation-sides",
                    "a stipulated protective order needs an appearing party on each side",
                )

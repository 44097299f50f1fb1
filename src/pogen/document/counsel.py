"""Who signs, and the blocks that name them on page 1 and under the stipulation.

Attorneys of one firm who share an office and represent the same parties form one
block (L.R. 11-3.8(a) as filed in practice): each attorney's name with bar number and,
immediately beneath, e-mail; then the firm, address, telephone and fax once; then one
"Attorney(s) for ..." line.  A party appearing pro se is a block of its own, signing for
itself ("Plaintiff in pro per").  Blocks keep the order of the case file; the filer's
block signs first only if it comes first there.
"""

from __future__ import annotations

from dataclasses import dataclass

from pogen.case.model import Case, Counsel, Party
from pogen.document.layout import RIGHT_COLUMN_PT, wrapped_lines
from pogen.document.names import clients, role_phrase


@dataclass(frozen=True)
class Block:
    """One counsel block: a firm's attorneys for the same clients, or a pro se party."""

    attorneys: tuple[Counsel, ...]
    clients: tuple[Party, ...]
    firm: str
    address: tuple[str, ...]
    phone: str
    fax: str
    pro_se: Party | None = None

    @property
    def signer(self) -> str:
        """Who signs the block: the filer if in it, otherwise its first attorney."""
        if self.pro_se is not None:
            return self.pro_se.name
        return next((a.name for a in self.attorneys if a.filer), self.attorneys[0].name)

    @property
    def for_line(self) -> str:
        """ "Attorneys for Defendant Borealis Logistics LLC" / "Plaintiff in pro per"."""
        if self.pro_se is not None:
            return f"{role_phrase([self.pro_se])} in pro per"
        noun = "Attorney" if len(self.attorneys) == 1 else "Attorneys"
        return f"{noun} for {clients(self.clients)}"

    @property
    def contact_lines(self) -> list[str]:
        lines = [*self.address, f"Telephone: {self.phone}"]
        return lines + ([f"Facsimile: {self.fax}"] if self.fax else [])

    @property
    def name_lines(self) -> list[str]:
        """Each attorney's name and bar number with the e-mail beneath (L.R. 11-3.8(a))."""
        if self.pro_se is not None:
            return [self.pro_se.name, self.pro_se.email]
        out: list[str] = []
        for attorney in self.attorneys:
            named = f"{attorney.name} (SBN {attorney.bar_number})"
            if wrapped_lines(named, RIGHT_COLUMN_PT) > 1:  # keep "(SBN 123456)" whole
                out += [attorney.name, f"(SBN {attorney.bar_number})"]
            else:
                out.append(named)
            out.append(attorney.email)
        return out

    def page_one_lines(self) -> list[str]:
        """The block as page 1 prints it, one string per line."""
        firm = [self.firm] if self.firm else []
        return [*self.name_lines, *firm, *self.contact_lines, self.for_line]


def blocks(case: Case) -> list[Block]:
    """Every signing block, attorneys grouped by firm, office and clients; pro se
    plaintiffs first, other pro se parties last (the order of the caption's sides)."""
    found: dict[tuple[object, ...], list[Counsel]] = {}
    for attorney in case.counsel:
        office = (attorney.firm, attorney.address, attorney.phone, attorney.fax)
        found.setdefault((*office, frozenset(attorney.represents)), []).append(attorney)
    result: list[Block] = []
    for members in found.values():
        first = members[0]
        ids = dict.fromkeys(pid for a in members for pid in a.represents)
        result.append(
            Block(
                attorneys=tuple(members),
                clients=tuple(case.party(pid) for pid in ids),
                firm=first.firm,
                address=first.address,
                phone=first.phone,
                fax=first.fax,
            )
        )
    plaintiffs = 0
    for party in (p for p in case.parties if p.pro_se):
        block = Block((), (party,), "", party.address, party.phone, party.fax, pro_se=party)
        if party.role == "plaintiff":
            result.insert(plaintiffs, block)
            plaintiffs += 1
        else:
            result.append(block)
    return result

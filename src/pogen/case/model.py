"""The validated matter as frozen dataclasses: what every later stage reads.

Nothing here is optional in the sense of "may be missing": validation has already
proved each field present and well-formed, so context building never guesses.  Empty
strings and tuples mean "the case file says there is none" (no descriptor, no fax, no
notation), never "unknown".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pogen.case.casenum import CaseNumber
from pogen.errors import Diagnostic

PLAINTIFF_SIDE = ("plaintiff", "plaintiff-intervenor")
DEFENDANT_SIDE = ("defendant", "defendant-intervenor", "third-party-defendant")


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    role: str  # plaintiff | defendant | third-party-defendant | plaintiff-/defendant-intervenor
    kind: str  # entity | individual | fictitious
    also: tuple[
        str, ...
    ] = ()  # counterclaimant, counter-defendant, cross-..., third-party-plaintiff
    descriptor: str = ""  # caption only
    et_al: bool = False  # captioned "et al." for co-parties the case file does not list
    appearance: str = "counsel"  # counsel | pro-se | not-appeared
    address: tuple[str, ...] = ()  # pro se parties only
    phone: str = ""
    fax: str = ""
    email: str = ""
    filer: bool = False

    @property
    def fictitious(self) -> bool:
        return self.kind == "fictitious"

    @property
    def pro_se(self) -> bool:
        return self.appearance == "pro-se"

    @property
    def signs(self) -> bool:
        """Whether the party is a party to the stipulation (it has appeared)."""
        return not self.fictitious and self.appearance != "not-appeared"


@dataclass(frozen=True)
class Counsel:
    name: str
    bar_number: str
    firm: str
    address: tuple[str, ...]
    phone: str
    email: str
    represents: tuple[str, ...]
    filer: bool
    fax: str = ""


@dataclass(frozen=True)
class Category:
    name: str
    description: str
    harm: tuple[str, ...]
    tier: str  # "confidential" | "highly-confidential"
    id: str = ""
    harm_from: tuple[str, ...] = ()  # ids of categories whose harm facts serve this one


@dataclass(frozen=True)
class Options:
    attorneys_eyes_only: bool
    fre_502d: bool


@dataclass(frozen=True)
class Form:
    """Which layout and which documents (the case file's ``[form]`` table)."""

    profile: str = "common"  # a profile key, or "judge" (pogen.case.profiles)
    document: str = ""  # combined | bundle; "" = the profile's form
    chambers_copy: bool = False
    model_footnote: bool = False


@dataclass(frozen=True)
class SourceCode:
    print_limit: int
    consecutive_limit: int


@dataclass(frozen=True)
class ProsecutionBar:
    scope: str
    years: int


@dataclass(frozen=True)
class Provisions:
    """Optional provisions (``[provisions]``); None = off."""

    source_code: SourceCode | None = None
    prosecution_bar: ProsecutionBar | None = None
    expert_objection_days: int | None = None  # expert_disclosure.objection_days
    deposition_days: int | None = None  # deposition_designation.days


@dataclass(frozen=True)
class Caption:
    """How the caption reads (the case file's ``[caption]`` table, defaults filled in)."""

    title: str = "stipulation-and-proposed-order"
    amended: int = 0
    parties: str = "first-named"  # first-named | all
    in_re: str = ""
    relates_to: str = ""
    class_action: bool = False
    division: str | None = None  # None: "<DIVISION> DIVISION"; "": no division line
    complaint_filed: dt.date | str | None = None
    trial_date: dt.date | str | None = None


@dataclass(frozen=True)
class Case:
    """A matter that passed validation."""

    source: str
    division: str
    number: CaseNumber
    short_title: str
    nature: str
    date: dt.date | None
    district_judge: str
    magistrate_judge: str
    notations: tuple[str, ...]  # caption notation lines; () when the case file says none
    notation_origin: str  # "registry" | "case file" | "none"
    parties: tuple[Party, ...]
    counsel: tuple[Counsel, ...]
    categories: tuple[Category, ...]
    options: Options
    caption: Caption = field(default_factory=Caption)
    consolidated_with: tuple[CaseNumber, ...] = ()
    warnings: tuple[Diagnostic, ...] = ()
    form: Form = field(default_factory=Form)
    provisions: Provisions = field(default_factory=Provisions)

    @property
    def caption_notation(self) -> str:
        """The notation lines as one string ("" when there is none)."""
        return "\n".join(self.notations)

    @property
    def plaintiffs(self) -> tuple[Party, ...]:
        return tuple(p for p in self.parties if p.role == "plaintiff")

    @property
    def defendants(self) -> tuple[Party, ...]:
        return tuple(p for p in self.parties if p.role == "defendant")

    def with_role(self, role: str) -> tuple[Party, ...]:
        return tuple(p for p in self.parties if p.role == role)

    @property
    def signing_parties(self) -> tuple[Party, ...]:
        """The parties to the stipulation: every party that has appeared."""
        return tuple(p for p in self.parties if p.signs)

    @property
    def not_appeared(self) -> tuple[Party, ...]:
        return tuple(p for p in self.parties if p.appearance == "not-appeared")

    @property
    def filer(self) -> Counsel | Party:
        """The attorney, or pro se party, who files the document and attests."""
        attorney = next((c for c in self.counsel if c.filer), None)
        if attorney is not None:
            return attorney
        return next(p for p in self.parties if p.filer)

    def party(self, party_id: str) -> Party:
        return next(p for p in self.parties if p.id == party_id)

    def category(self, category_id: str) -> Category:
        return next(c for c in self.categories if c.id == category_id)

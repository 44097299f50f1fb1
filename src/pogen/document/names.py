"""How parties are named: role words, plurals, "et al." and lists, in every place.

One module decides the wording that depends on who the parties are, so the caption,
the opening recital, the counsel blocks, the signatures, definition 2.1 and Exhibit A
cannot disagree:

- a role word is plural when it names several parties, when the party is captioned
  "et al." (``Party.et_al``), or when its name already ends in "et al.";
- "et al." is added after a side's first-named party when the side has others (Doe
  defendants count), never twice;
- descriptors ("a Delaware corporation") appear in the caption only;
- fictitious parties (Doe defendants) appear in the caption and in its plurals, never
  in running text, and parties that have not appeared do not stipulate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from pogen.case.model import Party

ROLE_WORDS = {
    "plaintiff": ("Plaintiff", "Plaintiffs"),
    "defendant": ("Defendant", "Defendants"),
    "third-party-defendant": ("Third-Party Defendant", "Third-Party Defendants"),
    "plaintiff-intervenor": ("Plaintiff-Intervenor", "Plaintiffs-Intervenors"),
    "defendant-intervenor": ("Defendant-Intervenor", "Defendants-Intervenors"),
    "counterclaimant": ("Counterclaimant", "Counterclaimants"),
    "counter-defendant": ("Counter-Defendant", "Counter-Defendants"),
    "cross-claimant": ("Cross-Claimant", "Cross-Claimants"),
    "cross-defendant": ("Cross-Defendant", "Cross-Defendants"),
    "third-party-plaintiff": ("Third-Party Plaintiff", "Third-Party Plaintiffs"),
}
"""Each role's word, singular and plural, as C.D. Cal. captions print them."""

_ET_AL = re.compile(r",?\s*et\.?\s+al\.?\s*$", re.IGNORECASE)


def join(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B, and C"."""
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]


def named_et_al(party: Party) -> bool:
    """Whether the party's name already ends in "et al."."""
    return bool(_ET_AL.search(party.name))


def many(party: Party) -> bool:
    """Whether one party entry stands for several parties (et al., Does 1-20)."""
    return party.et_al or named_et_al(party) or (party.fictitious and _is_range(party.name))


def _is_range(name: str) -> bool:
    return bool(re.search(r"\d+\s*(?:-|–|through|to)\s*\d+|\bDOES\b", name, re.IGNORECASE))


def role_word(role: str, parties: Iterable[Party]) -> str:
    """The word for ``role`` held by ``parties``: plural for several (or "et al.")."""
    held = list(parties)
    singular, plural = ROLE_WORDS[role]
    return plural if len(held) > 1 or any(many(p) for p in held) else singular


def roles_of(party: Party, *, caption: bool = False) -> tuple[str, ...]:
    """The party's roles in order; in the main caption a third-party plaintiff's role
    is shown in the third-party block instead."""
    also = tuple(r for r in party.also if not (caption and r == "third-party-plaintiff"))
    return (party.role, *also)


def role_phrase(parties: Sequence[Party], *, caption: bool = False) -> str:
    """ "Defendant and Counterclaimant", "Plaintiffs": every role the parties hold."""
    order: list[str] = []
    for party in parties:
        order += [r for r in roles_of(party, caption=caption) if r not in order]
    return join(
        [role_word(r, [p for p in parties if r in roles_of(p, caption=caption)]) for r in order]
    )


def name_with_et_al(party: Party, others: bool) -> str:
    """A first-named party's name, with "et al." when it stands for others too."""
    if named_et_al(party) or not (others or party.et_al):
        return party.name
    return f"{party.name}, et al."


def groups(parties: Sequence[Party]) -> list[list[Party]]:
    """Parties grouped by the roles they hold, in order of first appearance."""
    by_roles: dict[tuple[str, ...], list[Party]] = {}
    for party in parties:
        by_roles.setdefault(roles_of(party), []).append(party)
    return list(by_roles.values())


def running_names(parties: Sequence[Party]) -> str:
    """Parties in running text: "Plaintiff Acme Widgets, Inc. and Defendants City of
    Costa Mesa, Daniel Reyes, and Priya Natarajan" (no descriptors, no Doe defendants)."""
    real = [p for p in parties if not p.fictitious]
    return join(
        [
            f"{role_phrase(group)} {join([name_with_et_al(p, False) for p in group])}"
            for group in groups(real)
        ]
    )


def first_named(parties: Sequence[Party]) -> str:
    """A side's first-named party, with "et al." when there are others (L.R. 11-3.8(d))."""
    return name_with_et_al(parties[0], len(parties) > 1)


def caption_names(parties: Sequence[Party], *, every: bool) -> str:
    """A side of the caption's left column: the first-named party with its descriptor
    (and "et al."), or, with ``every``, each party with its descriptor, as pleaded."""

    def described(party: Party, name: str) -> str:
        return f"{name}, {party.descriptor}" if party.descriptor else name

    if not every:
        first = parties[0]
        text = described(first, first.name)
        if not named_et_al(first) and (len(parties) > 1 or first.et_al):
            text += ", et al."
        return text
    items = [described(p, p.name) for p in parties]
    if any(p.descriptor for p in parties) and len(items) > 1:
        return "; ".join(items[:-1]) + "; and " + items[-1]
    return join(items)


def clients(parties: Sequence[Party]) -> str:
    """Whom a counsel block speaks for: "Defendants County of San Bernardino and Luis
    Ortega" (the running-text form)."""
    return running_names(parties)

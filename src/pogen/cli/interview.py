"""The `pogen new` interview: fill a case-file skeleton from a person's answers.

The skeleton itself (every field, comments, ``<<placeholders>>``) is
``pogen.case.skeleton``; this module only asks and writes the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pogen.case.firm import discover, read_firm
from pogen.case.judges import find_judge, registry
from pogen.case.skeleton import attorney_blanks, render_skeleton, skeleton
from pogen.errors import UserError

Ask = Callable[[str, str], str]
"""``ask(question, default) -> answer``; an empty answer keeps the placeholder."""


def _slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-").split("-")[0] or "party"
    if not base[0].isalpha():
        base = f"p{base}"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}{n}", n + 1
    taken.add(slug)
    return slug


def interview(ask: Ask, handles: tuple[str, ...] = ()) -> dict[str, Any]:
    """Fill the skeleton from answers; a blank answer leaves that placeholder in place.

    ``handles`` are the firm attorneys a counsel entry may name instead (pogen.case.firm).
    """
    data = skeleton()
    division = ask("Court division (western, southern, eastern)", "").strip().lower()
    if division in ("western", "southern", "eastern"):
        data["court"]["division"] = division
    for key, question in (("number", "Case number"), ("short_title", "Short title for footers")):
        data["case"][key] = ask(question, "") or data["case"][key]
    data["judges"]["district"] = ask("District judge", "") or data["judges"]["district"]
    judges = registry()
    listing = "\n".join(
        f"  {i:>2}. {j.name} ({j.initials}, {j.division}, {j.status})"
        + ("" if j.notation else "  [no notation on record]")
        for i, j in enumerate(judges, 1)
    )
    answer = ask(f"{listing}\nMagistrate judge (number above, or full name)", "").strip()
    if answer.isdigit() and 1 <= int(answer) <= len(judges):
        answer = judges[int(answer) - 1].name
    if answer:
        data["judges"]["magistrate"] = answer
        judge = find_judge(answer)
        if judge is not None and judge.notation:
            del data["judges"]["caption_notation"]
    parties: list[dict[str, Any]] = []
    taken: set[str] = set()
    for role in ("plaintiff", "defendant"):
        while True:
            name = ask(f"{role.capitalize()} name (blank when done)", "").strip()
            if not name:
                break
            kind = ask(f"Is {name} an entity or an individual?", "entity").strip() or "entity"
            parties.append({"id": _slug(name, taken), "name": name, "role": role, "kind": kind})
    if parties:
        data["parties"] = parties
    data["counsel"] = _interview_counsel(ask, data["parties"], handles)
    return data


def _interview_counsel(
    ask: Ask, parties: list[dict[str, Any]], handles: tuple[str, ...]
) -> list[dict[str, Any]]:
    """One attorney per party: a firm attorney's handle, or the attorney's details."""
    counsel: list[dict[str, Any]] = []
    for party in parties:
        attorney = attorney_blanks(party["id"], filer=not counsel)
        if handles:
            listed = ", ".join(handles)
            handle = ask(f"Counsel for {party['id']}: firm attorney ({listed}) or blank", "")
            if handle.strip() in handles:
                attorney = {"attorney": handle.strip()} | {
                    k: attorney[k] for k in ("represents", "filer")
                }
                counsel.append(attorney)
                continue
        for key, question in (
            ("name", "attorney name"),
            ("bar_number", "bar number"),
            ("firm", "firm"),
            ("email", "e-mail"),
            ("phone", "telephone"),
        ):
            attorney[key] = ask(f"Counsel for {party['id']}: {question}", "") or attorney[key]
        counsel.append(attorney)
    return counsel


def _firm(path: Path) -> dict[str, Any]:
    """The firm.toml that would apply to a case file at ``path`` (empty if none)."""
    found = discover(path)
    return read_firm(found).data if found is not None else {}


def write_new(path: Path, *, force: bool = False, ask: Ask | None = None) -> Path:
    """Write a new case file at ``path``; refuse to overwrite unless ``force``."""
    if path.suffix.lower() != ".toml":
        raise UserError(f"{path}: case files are TOML and end in .toml")
    if path.exists() and not force:
        raise UserError(f"{path}: already exists; choose another name or pass --force")
    firm = _firm(path)
    attorneys = firm.get("attorneys")
    handles = tuple(attorneys) if isinstance(attorneys, dict) else ()
    data = interview(ask, handles) if ask else skeleton()
    options = firm.get("options")
    for key in options if isinstance(options, dict) else ():
        data["options"].pop(key, None)  # written here, it would mask the firm's choice
    if not data["options"]:
        del data["options"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_skeleton(data), encoding="utf-8")
    return path

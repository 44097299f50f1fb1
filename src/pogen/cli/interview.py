"""The `pogen new` interview: fill a case-file skeleton from a person's answers.

The skeleton itself (every field, comments, ``<<placeholders>>``) is
``pogen.case.skeleton``; this module only asks and writes the file.  Each answer is
checked as `pogen validate` would check the field (a division, a case number the court
uses, a party kind, a bar number, phone and e-mail of the right form, no control
characters, not too long); a wrong answer is said to be wrong and asked again, a blank
one leaves the placeholder for later.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pogen.case.casenum import parse_case_number
from pogen.case.firm import discover, read_firm
from pogen.case.judges import find_judge, registry
from pogen.case.schema import SCHEMA
from pogen.case.skeleton import attorney_blanks, render_skeleton, skeleton
from pogen.case.validator import bad_character
from pogen.errors import UserError

Ask = Callable[[str, str], str]
"""``ask(question, default) -> answer``; an empty answer keeps the placeholder."""
Tell = Callable[[str], None]
Check = Callable[[str], tuple[str, str]]
"""``check(answer) -> (value to write, "")`` or ``("", why it is wrong)``."""

_DIVISIONS = {
    "western": "western",
    "southern": "southern",
    "eastern": "eastern",
    # Where each division sits (L.R. 83-1.1.3 lists the counties): a person may name
    # the courthouse city rather than the division.
    "los angeles": "western",
    "santa ana": "southern",
    "riverside": "eastern",
}
_KINDS = {"e": "entity", "entity": "entity", "i": "individual", "individual": "individual"}


def _text(field: str, *, maxlength: int = 200, regex: str = "", form: str = "") -> Check:
    def check(answer: str) -> tuple[str, str]:
        found = bad_character(answer, allow_newline=False)
        if found is not None:
            return "", f"it contains {found[1]}, which a case file cannot hold"
        if regex and not re.fullmatch(regex, answer):
            return "", f"that is not {form or 'in the right form'}"
        if len(answer) > maxlength:
            return "", f"{field} is at most {maxlength} characters"
        return answer, ""

    return check


def _division(answer: str) -> tuple[str, str]:
    found = _DIVISIONS.get(answer.lower())
    return (found, "") if found else ("", "answer western, southern or eastern")


def _case_number(answer: str) -> tuple[str, str]:
    parsed = parse_case_number(answer)
    if parsed.form == "unknown" or not parsed.magistrate_initials:
        return "", (
            "that is not a C.D. Cal. case number with the judges' initials, e.g. "
            "2:24-cv-07416-SRM-SSC (write it as the docket shows it)"
        )
    return answer, ""


def _kind(answer: str) -> tuple[str, str]:
    found = _KINDS.get(answer.lower())
    return (found, "") if found else ("", "answer entity or individual")


def _counsel_check(key: str) -> Check:
    rule = SCHEMA["counsel"]["schema"]["schema"][key]
    forms = {
        "bar_number": "a bar number of 4 to 6 digits",
        "phone": "a U.S. telephone number, e.g. (213) 555-0100",
        "email": "an e-mail address, e.g. jdoe@doeroe.com",
    }
    return _text(
        key,
        maxlength=rule.get("maxlength", 200),
        regex=rule.get("regex", ""),
        form=forms.get(key, ""),
    )


def _valid(ask: Ask, tell: Tell, question: str, check: Check, default: str = "") -> str:
    """Ask until the answer is valid or blank (blank: "", the placeholder stays)."""
    while True:
        answer = ask(question, default).strip()
        if not answer:
            return ""
        value, why = check(answer)
        if not why:
            return value
        tell(f"{why}; try again, or leave it blank to fill it in later")


def _slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-").split("-")[0] or "party"
    if not base[0].isalpha():
        base = f"p{base}"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}{n}", n + 1
    taken.add(slug)
    return slug


def interview(ask: Ask, handles: tuple[str, ...] = (), tell: Tell | None = None) -> dict[str, Any]:
    """Fill the skeleton from answers; a blank answer leaves that placeholder in place,
    a wrong one is said (through ``tell``) to be wrong and asked again.

    ``handles`` are the firm attorneys a counsel entry may name instead (pogen.case.firm).
    """
    say = tell or (lambda _message: None)
    data = skeleton()
    division = _valid(ask, say, "Court division (western, southern, eastern)", _division)
    if division:
        data["court"]["division"] = division
    for key, question, check in (
        ("number", "Case number", _case_number),
        ("short_title", "Short title for footers", _text("the short title", maxlength=40)),
    ):
        data["case"][key] = _valid(ask, say, question, check) or data["case"][key]
    district = _valid(ask, say, "District judge", _text("a name", maxlength=80))
    data["judges"]["district"] = district or data["judges"]["district"]
    judges = registry()
    listing = "\n".join(
        f"  {i:>2}. {j.name} ({j.initials}, {j.division}, {j.status})"
        + ("" if j.notation else "  [no notation on record]")
        for i, j in enumerate(judges, 1)
    )

    def magistrate(answer: str) -> tuple[str, str]:
        if answer.isdigit():
            if 1 <= int(answer) <= len(judges):
                return judges[int(answer) - 1].name, ""
            return "", f"answer a number from 1 to {len(judges)}, or the judge's full name"
        return _text("a name", maxlength=80)(answer)

    answer = _valid(
        ask, say, f"{listing}\nMagistrate judge (number above, or full name)", magistrate
    )
    if answer:
        data["judges"]["magistrate"] = answer
        judge = find_judge(answer)
        if judge is not None and judge.notation:
            del data["judges"]["caption_notation"]
    parties: list[dict[str, Any]] = []
    taken: set[str] = set()
    for role in ("plaintiff", "defendant"):
        while True:
            name = _valid(ask, say, f"{role.capitalize()} name (blank when done)",
                          _text("a party's name", maxlength=200))  # fmt: skip
            if not name:
                break
            question = f"Is {name} an entity or an individual?"
            kind = _valid(ask, say, question, _kind, "entity") or "entity"
            parties.append({"id": _slug(name, taken), "name": name, "role": role, "kind": kind})
    if parties:
        data["parties"] = parties
    data["counsel"] = _interview_counsel(ask, say, data["parties"], handles)
    return data


def _interview_counsel(
    ask: Ask, tell: Tell, parties: list[dict[str, Any]], handles: tuple[str, ...]
) -> list[dict[str, Any]]:
    """One attorney per party: a firm attorney's handle, or the attorney's details."""
    counsel: list[dict[str, Any]] = []
    for party in parties:
        attorney = attorney_blanks(party["id"], filer=not counsel)
        if handles:
            listed = ", ".join(handles)

            def known(answer: str, listed: str = listed) -> tuple[str, str]:
                return (answer, "") if answer in handles else ("", f"answer one of {listed}")

            handle = _valid(
                ask, tell, f"Counsel for {party['id']}: firm attorney ({listed}) or blank", known
            )
            if handle:
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
            asked = f"Counsel for {party['id']}: {question}"
            attorney[key] = _valid(ask, tell, asked, _counsel_check(key)) or attorney[key]
        counsel.append(attorney)
    return counsel


def _firm(path: Path) -> dict[str, Any]:
    """The firm.toml that would apply to a case file at ``path`` (empty if none)."""
    found = discover(path)
    return read_firm(found).data if found is not None else {}


def write_new(
    path: Path, *, force: bool = False, ask: Ask | None = None, tell: Tell | None = None
) -> Path:
    """Write a new case file at ``path``; refuse to overwrite unless ``force``."""
    if path.suffix.lower() != ".toml":
        raise UserError(f"{path}: case files are TOML and end in .toml")
    if path.exists() and not force:
        raise UserError(f"{path}: already exists; choose another name or pass --force")
    firm = _firm(path)
    attorneys = firm.get("attorneys")
    handles = tuple(attorneys) if isinstance(attorneys, dict) else ()
    data = interview(ask, handles, tell) if ask else skeleton()
    options = firm.get("options")
    for key in options if isinstance(options, dict) else ():
        data["options"].pop(key, None)  # written here, it would mask the firm's choice
    if not data["options"]:
        del data["options"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_skeleton(data), encoding="utf-8")
    return path

"""`pogen new`: write a commented case-file skeleton whose blanks cannot be rendered.

Every value a person must supply is a placeholder, ``<<label, e.g. example>>``, built
from the schema's own labels and examples so the skeleton never drifts from the schema.
``pogen validate`` reports each placeholder left (code ``placeholder``), which is why a
skeleton can never be rendered by mistake.  The TOML is written by tomli-w; comments,
which tomli-w cannot write, are inserted afterwards before the keys they explain.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pogen.errors import Diagnostic, UserError
from pogen.load import CaseSource
from pogen.schema import SCHEMA, SCHEMA_VERSION

PLACEHOLDER = re.compile(r"<<[^<>\n]*>>")
"""A blank left for a person to fill in; never valid case data."""

Ask = Callable[[str, str], str]
"""``ask(question, default) -> answer``; an empty answer keeps the placeholder."""


def placeholder(label: str, example: str = "") -> str:
    """The marker for one blank, e.g. ``<<Case number, e.g. 2:24-cv-07416-SRM-SSC>>``."""
    return f"<<{label}, e.g. {example}>>" if example else f"<<{label}>>"


def find_placeholders(data: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    """Yield ``(dotted.key, placeholder text)`` for every blank left in parsed TOML."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from find_placeholders(value, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from find_placeholders(value, f"{prefix}[{index}]")
    elif isinstance(data, str):
        match = PLACEHOLDER.search(data)
        if match:
            yield prefix, match.group(0)


def _under(key: str, prefix: str) -> bool:
    return key == prefix or key.startswith((f"{prefix}.", f"{prefix}["))


def placeholder_diagnostics(source: CaseSource, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """One ``placeholder`` error per blank left; other errors about a blank are noise."""
    blanks = list(find_placeholders(source.data))
    if not blanks:
        return diagnostics
    kept = [d for d in diagnostics if not any(_under(d.key, key) for key, _ in blanks)]
    for key, text in blanks:
        kept.append(
            Diagnostic(
                *source.locate(key),
                key,
                f"placeholder {text} is still here; replace it with the real value",
                "placeholder",
            )
        )
    return kept


def _rule(path: str) -> dict[str, Any]:
    """The schema rule at ``table.key`` (list items resolved through ``schema``)."""
    rule: dict[str, Any] = {"schema": SCHEMA}
    for part in path.split("."):
        inner = rule["schema"]
        if inner.get("type") == "dict":  # a list's item rule
            inner = inner["schema"]
        rule = inner[part]
    return rule


def _blank(path: str) -> str:
    meta = _rule(path)["meta"]
    return placeholder(str(meta["label"]), str(meta.get("example", "")))


def _item_blank(path: str) -> str:
    """Placeholder for one item of a list of strings (address line, harm fact)."""
    meta = _rule(path)["schema"]["meta"]
    return placeholder(str(meta["label"]), str(meta.get("example", "")))


def _attorney(represents: str, *, filer: bool) -> dict[str, Any]:
    return {
        "name": _blank("counsel.name"),
        "bar_number": _blank("counsel.bar_number"),
        "firm": _blank("counsel.firm"),
        "address": ["<<Street address, e.g. 100 Main Street, Suite 200>>", "<<City, state ZIP>>"],
        "phone": _blank("counsel.phone"),
        "email": _blank("counsel.email"),
        "represents": [represents],
        "filer": filer,
    }


def skeleton() -> dict[str, Any]:
    """Every field of a two-party matter, each blank a placeholder."""
    return {
        "schema_version": SCHEMA_VERSION,
        "court": {"division": "<<Division: western, southern or eastern>>"},
        "case": {
            "number": _blank("case.number"),
            "short_title": _blank("case.short_title"),
            "nature": "<<Nature of the action: one or two sentences, who sues whom for what>>",
        },
        "judges": {
            "district": _blank("judges.district"),
            "magistrate": _blank("judges.magistrate"),
            "caption_notation": _blank("judges.caption_notation"),
        },
        "parties": [
            {"id": "plaintiff", "name": "<<Plaintiff's name as captioned>>"}
            | {"role": "plaintiff", "kind": "entity"},
            {"id": "defendant", "name": "<<Defendant's name as captioned>>"}
            | {"role": "defendant", "kind": "entity"},
        ],
        "counsel": [_attorney("plaintiff", filer=True), _attorney("defendant", filer=False)],
        "categories": [
            {
                "name": _blank("categories.name"),
                "description": "<<Description: which documents fall in the category, concretely>>",
                "harm": [
                    "<<Harm fact: what disclosure would do, to whom, in this case "
                    "(at least 12 words)>>"
                ],
                "tier": "confidential",
            }
        ],
        "options": {"attorneys_eyes_only": False, "fre_502d": False},
    }


HEADER = """\
# Case file for a C.D. Cal. Stipulation and [Proposed] Protective Order (pogen).
#
# Replace every <<...>> placeholder; `pogen validate THIS_FILE` lists those left, with
# their line numbers, and `pogen render THIS_FILE` refuses to render until none is left.
# Each key's comment says what it takes; `pogen explain CODE` explains any error code.
# Full reference: docs/reference/ in the pogen repository. Shared counsel and options
# can come from a firm file (README, "Firm defaults").
"""

# Comments a first-time user needs, before the key or table they explain.  Keys not
# listed get their schema help text.
NOTES: dict[str, str] = {
    "court": "The district is always C.D. Cal.; choose the division the case number shows.",
    "judges.magistrate": "Full name; `pogen judges` lists the registry with notations.",
    "judges.caption_notation": "Delete this line if `pogen judges` shows a notation for your "
    "magistrate judge;\n# otherwise copy the wording from the judge's procedures page.",
    "parties": "One [[parties]] table per named party, in caption order. `id` is a short key\n"
    "# that counsel.represents refers to.",
    "counsel": "One [[counsel]] table per signing attorney; exactly one has filer = true.\n"
    '# With a firm file, `attorney = "handle"` copies name, bar number, firm, address,\n'
    "# phone and e-mail from its [attorneys.handle] table.",
    "categories": "The closed list of documents the order protects. Each harm fact becomes\n"
    "# part of the GOOD CAUSE STATEMENT: say what would be disclosed, who could misuse it\n"
    "# and what would follow in this case. Add [[categories]] tables as needed.",
    "options": "attorneys_eyes_only adds the HIGHLY CONFIDENTIAL - ATTORNEYS' EYES ONLY tier"
    '\n# (then mark a category tier = "highly-confidential"); fre_502d adds a Rule 502(d) '
    "order.",
    "case.date": "",
}

_HEADER_LINE = re.compile(r"^\[\[?([A-Za-z0-9_.-]+)\]\]?\s*$")
_KEY_LINE = re.compile(r"^([A-Za-z0-9_-]+)\s*=")


def _note(path: str) -> str:
    if path in NOTES:
        return NOTES[path]
    try:
        meta = _rule(path).get("meta", {})
    except KeyError:
        return ""
    return str(meta.get("help", ""))


def annotate(text: str) -> str:
    """Insert comments before the first occurrence of each table and key."""
    out: list[str] = [HEADER]
    table = ""
    seen: set[str] = set()
    for line in text.splitlines():
        header = _HEADER_LINE.match(line)
        key = _KEY_LINE.match(line)
        path = ""
        if header:
            path = header.group(1)
        elif key:
            path = f"{table}.{key.group(1)}" if table else key.group(1)
        if header:
            table = header.group(1)
        if path and path not in seen:
            seen.add(path)
            note = _note(path)
            if header:
                out.append("")
            for part in note.split("\n# ") if note else ():
                out.extend(textwrap.wrap(part, 88, initial_indent="# ", subsequent_indent="# "))
        elif header:
            out.append("")
        out.append(line)
        if path == "case.nature":
            out.append("# Optional signature date: date = 2026-11-25 (blank lines if omitted).")
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def render_skeleton(data: dict[str, Any]) -> str:
    """TOML text of ``data`` (tomli-w) with the explanatory comments."""
    import tomli_w

    return annotate(tomli_w.dumps(data))


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

    ``handles`` are the firm attorneys a counsel entry may name instead (pogen.firm).
    """
    from pogen.judges import find_judge, registry

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
        attorney = _attorney(party["id"], filer=not counsel)
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
    from pogen.firm import discover, read_firm

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

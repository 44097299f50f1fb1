"""A commented case-file skeleton whose blanks cannot be rendered (``pogen new``).

Every value a person must supply is a placeholder (``case.placeholders``), built from
the schema's own labels and examples so the skeleton never drifts from the schema.  The
TOML is written by tomli-w; comments, which tomli-w cannot write, are inserted
afterwards before the keys they explain.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

from pogen.case.placeholders import placeholder
from pogen.case.schema import SCHEMA, SCHEMA_VERSION


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


def attorney_blanks(represents: str, *, filer: bool) -> dict[str, Any]:
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
        "counsel": [
            attorney_blanks("plaintiff", filer=True),
            attorney_blanks("defendant", filer=False),
        ],
        "categories": [
            {
                "name": _blank("categories.name"),
                "description": "<<Description: which documents fall in the category, concretely>>",
                "harm": [
                    "<<Harm fact: what disclosure would do, to whom, in this case "
                    "(at least 8 words)>>"
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
    "judges;\n# otherwise copy the wording from the judge's procedures page, or write "
    "caption_notation = false\n# if the judges require none (pogen then warns).",
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

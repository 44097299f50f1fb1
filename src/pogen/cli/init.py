"""``pogen init``: lay out a firm's matters repository, never overwriting a file.

The files (relative to the folder; the texts are in ``pogen/cli/skeleton/``, shipped in
the wheel): ``case_data/fictitious_example.toml`` (one complete, plainly fictitious
matter to copy), ``firm.toml`` (the firm defaults, commented out), ``output/.gitkeep``,
``.gitignore``, ``.taplo.toml`` and the two schemas it names (``schema/``), a
``.pre-commit-config.yaml`` with pogen's hooks pinned to this version's tag, and a
``README.md`` for the firm.  ``plan`` compares them with what is on disk; the command
writes the missing ones, and overwrites the others only when told to (after showing
the diff).  Inside an existing git repository the hooks' paths start from the
repository's root, since that is where pre-commit runs them.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from string import Template

from pogen._version import __version__
from pogen.cli.schemafiles import targets
from pogen.errors import UserError
from pogen.output.atomic import write_atomic

EXAMPLE = "case_data/fictitious_example.toml"
PRE_COMMIT = ".pre-commit-config.yaml"
UNKNOWN_REPO = "<URL of pogen's git repository>"
"""Written as the hooks' ``repo:`` when it cannot be known (see ``hooks_repository``)."""


@dataclass(frozen=True)
class Hooks:
    """Where pre-commit gets pogen's hooks, and where the matters sit in the git tree."""

    repo: str | None
    rev: str = f"v{__version__}"
    prefix: str = ""
    """The matters folder relative to the git root ("" at the root), in POSIX form."""


@dataclass
class Plan:
    """What ``pogen init`` would do in ``root``: each file new, unchanged or different."""

    root: Path
    new: dict[str, str] = field(default_factory=dict)
    same: list[str] = field(default_factory=list)
    differ: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Existing files that differ: name -> (text on disk, text pogen would write)."""


def vcs_url(direct_url: str | None) -> str | None:
    """The git URL in a PEP 610 ``direct_url.json`` (an install from a git URL), or None."""
    try:
        data = json.loads(direct_url or "")
    except json.JSONDecodeError:
        return None
    if not isinstance(data, dict):
        return None
    vcs = data.get("vcs_info")
    url = data.get("url")
    if isinstance(vcs, dict) and vcs.get("vcs") == "git" and isinstance(url, str):
        return url
    return None


def hooks_repository() -> str | None:
    """The git repository this pogen was installed from (``pipx install git+URL@TAG``
    records it), where pre-commit can fetch the same version's hooks; or None."""
    from importlib import metadata

    try:
        return vcs_url(metadata.distribution("pogen").read_text("direct_url.json"))
    except metadata.PackageNotFoundError:
        return None


def git_root(folder: Path) -> Path | None:
    """The top of the git working tree holding ``folder`` (which need not exist yet)."""
    here = folder.resolve()
    for candidate in (here, *here.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def _skeleton(name: str) -> str:
    return (resources.files("pogen.cli") / "skeleton" / name).read_text(encoding="utf-8")


def _quoted(text: str) -> str:
    return json.dumps(text)  # a JSON string is a YAML double-quoted scalar


def pre_commit_config(hooks: Hooks) -> str:
    """``.pre-commit-config.yaml`` with pogen's hooks (``.pre-commit-hooks.yaml``)."""
    lines = [
        "# pre-commit (https://pre-commit.com) hooks of this matters repository, written by",
        f"# `pogen init` (pogen {__version__}). Run `pre-commit install` once in each clone.",
        "# On every commit: validate the changed case files, render the orders of changed",
        "# matters into output/ (all of them when firm.toml or a template changed), and",
        "# check that schema/ was written by the pogen these hooks run.",
        "#",
        "# To upgrade pogen: install the new version, set rev below to its tag (or run",
        "# `pre-commit autoupdate`), run `pogen schema --write`, and commit all of it.",
        "repos:",
        f"  - repo: {_quoted(hooks.repo or UNKNOWN_REPO)}",
        f"    rev: {_quoted(hooks.rev)}",
        "    hooks:",
        "      - id: pogen-validate",
    ]
    prefix = hooks.prefix
    if prefix:  # pre-commit runs hooks from the git root, with paths from there
        escaped = "".join(c if c.isalnum() or c in "_-/ " else "\\" + c for c in prefix)
        lines += [
            f"        files: {_quoted(f'^{escaped}/case_data/.*[.]toml$')}",
            "      - id: pogen-render",
            f"        files: {_quoted(f'^{escaped}/.*[.](toml|docx)$')}",
            f"        args: {json.dumps([f'{prefix}/case_data', '--output', f'{prefix}/output'])}",
            "      - id: pogen-schema",
            f"        args: {json.dumps([f'{prefix}/schema/case.schema.json'])}",
        ]
    else:
        lines += ["      - id: pogen-render", "      - id: pogen-schema"]
    return "\n".join(lines) + "\n"


def texts(hooks: Hooks) -> dict[str, str]:
    """Every file ``pogen init`` writes, by path relative to the matters folder."""
    schemas = {path.as_posix(): text for path, text in targets().items()}
    readme = Template(_skeleton("README.md")).substitute(
        version=__version__,
        repo=hooks.repo or UNKNOWN_REPO,
        rev=hooks.rev,
        example=EXAMPLE,
    )
    return {
        "README.md": readme,
        "firm.toml": _skeleton("firm.toml"),
        EXAMPLE: _skeleton("example.toml"),
        "output/.gitkeep": "",
        ".gitignore": _skeleton("gitignore"),
        ".taplo.toml": _skeleton("taplo.toml"),
        **schemas,
        PRE_COMMIT: pre_commit_config(hooks),
    }


def plan(root: Path, hooks: Hooks) -> Plan:
    """Compare what ``pogen init`` writes with what ``root`` already holds."""
    if root.exists() and not root.is_dir():
        raise UserError(f"{root}: exists and is not a folder; name a folder for the matters")
    result = Plan(root)
    for name, text in texts(hooks).items():
        path = root / name
        if path.is_dir() or (path.exists() and not path.is_file()):
            raise UserError(f"{path}: exists and is not a file; move it away and run again")
        if not path.exists():
            result.new[name] = text
            continue
        try:
            old = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            old = path.read_bytes().decode("utf-8", "replace")
        if old == text:
            result.same.append(name)
        else:
            result.differ[name] = (old, text)
    return result


def diff(result: Plan) -> str:
    """A unified diff from each differing file on disk to what pogen would write."""
    chunks: list[str] = []
    for name, (old, new) in result.differ.items():
        chunks.extend(
            difflib.unified_diff(
                old.splitlines(keepends=True),
                new.splitlines(keepends=True),
                fromfile=f"{name} (yours)",
                tofile=f"{name} (pogen init)",
            )
        )
    return "".join(line if line.endswith("\n") else line + "\n" for line in chunks)


def write(result: Plan, *, overwrite: bool = False) -> list[str]:
    """Write the new files (and, with ``overwrite``, the differing ones); their names."""
    chosen = dict(result.new)
    if overwrite:
        chosen |= {name: new for name, (_, new) in result.differ.items()}
    for name, text in chosen.items():
        write_atomic(result.root / name, text.encode("utf-8"))
    return list(chosen)

"""Firm defaults: merge a firm file's counsel, options and template into a case file.

Part of stage 1 (load).  A firm file holds what every matter of a firm shares: the
office (firm name, address, phone), its attorneys by handle, default options and the
firm's template.  Precedence, highest first:

1. the case file itself;
2. the firm file named by the case file's top-level ``extends = "path"`` (relative to
   the case file);
3. the nearest ``firm.toml`` in the case file's folder or a parent folder, up to the
   git root (a folder holding ``.git``) or the filesystem root.

Tables (``options``, ``office``, ``attorneys.<handle>``) merge key by key.
Arrays never merge: a case's ``[[counsel]]`` list is the case's own, and an entry with
``attorney = "handle"`` copies the fields of ``[attorneys.handle]`` (and, below them, of
``[office]``); fields written in the entry win.  Every merged key remembers the file
and line it came from, so a bad value in a firm file is reported at the firm file's line.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pogen.case.locate import nearest
from pogen.case.source import CaseSource, decode, parse, read_bounded
from pogen.errors import Diagnostic, ValidationError, display_path

FIRM_FILE = "firm.toml"
FIRM_KEYS = ("template", "options", "office", "attorneys")
OFFICE_KEYS = ("firm", "address", "phone", "fax")
ATTORNEY_KEYS = ("name", "bar_number", "firm", "address", "phone", "fax", "email")

Origin = tuple[CaseSource, str]
"""The layer a merged key came from and the key's spelling in that layer."""


def discover(case_path: Path) -> Path | None:
    """The nearest firm.toml at or above the case file, stopping at the git root."""
    return next((f / FIRM_FILE for f in searched(case_path) if (f / FIRM_FILE).is_file()), None)


def searched(case_path: Path) -> Iterator[Path]:
    """The folders ``discover`` looks in, nearest first: the case file's own, then each
    one above until a git root or the file system's root (the caller stops at a find).
    A firm.toml or .git appearing in one of them changes that folder's status."""
    folder = case_path.resolve().parent
    while True:
        yield folder
        if (folder / ".git").exists() or folder.parent == folder:
            return
        folder = folder.parent


def read_firm(path: Path) -> CaseSource:
    """Read and parse a firm file with the case file's reader: bounded (its size checked
    before a byte is read), regular files only, the same encoding rules."""
    name = display_path(path)
    text = decode(read_bounded(path, name), name)
    return CaseSource(path=path, text=text, data=parse(text, name), label=name)


def is_firm_file(path: Path) -> bool:
    """Whether a path names a firm file rather than a case file (by its name)."""
    return path.name.lower() == FIRM_FILE


def validate_firm(path: Path) -> CaseSource:
    """Check a firm file on its own (``pogen validate firm.toml``): read and parsed as
    case files are, its keys and tables, and its values by the rules of the case-file
    fields they fill; raise ``ValidationError`` listing every problem."""
    from pogen.case.validator import firm_diagnostics  # Cerberus: only when asked

    layer = read_firm(path)
    problems = list(_check_firm(layer))
    problems += firm_diagnostics(layer)
    if problems:
        raise ValidationError(sorted(set(problems)))
    return layer


def _diag(layer: CaseSource, key: str, message: str, code: str, hint: str = "") -> Diagnostic:
    line, col = layer.position(key)
    return Diagnostic(layer.name, line, col, key, message, code, hint)


def _check_firm(layer: CaseSource) -> Iterator[Diagnostic]:
    """A firm file's own shape; its values are checked once merged into a case."""
    data = layer.data
    for key in data:
        if key not in FIRM_KEYS:
            close = difflib.get_close_matches(key, FIRM_KEYS, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"firm file keys: {FIRM_KEYS}"
            yield _diag(layer, key, f"unknown key {key!r} in firm file", "unknown-key", hint)
    if "template" in data and not isinstance(data["template"], str):
        yield _diag(layer, "template", "template must be a path string", "wrong-type")
    if not isinstance(data.get("options", {}), dict):
        yield _diag(layer, "options", "options must be a table", "wrong-type")
    yield from _check_table(layer, "office", data.get("office", {}), OFFICE_KEYS)
    attorneys = data.get("attorneys", {})
    if not isinstance(attorneys, dict):
        yield _diag(layer, "attorneys", "attorneys must be [attorneys.handle] tables", "wrong-type")
        return
    for handle, entry in attorneys.items():
        yield from _check_table(layer, f"attorneys.{handle}", entry, ATTORNEY_KEYS)


def _check_table(
    layer: CaseSource, name: str, value: Any, allowed: tuple[str, ...]
) -> Iterator[Diagnostic]:
    if not isinstance(value, dict):
        yield _diag(layer, name, f"{name} must be a table", "wrong-type")
        return
    for key in value:
        if key not in allowed:
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"allowed: {', '.join(allowed)}"
            yield _diag(layer, f"{name}.{key}", f"unknown key {key!r}", "unknown-key", hint)


class _Merger:
    """Merge layers (lowest precedence first) into the case's data, recording origins."""

    def __init__(self, case: CaseSource, layers: list[CaseSource]) -> None:
        self.case = case
        self.layers = layers
        self.origins: dict[str, Origin] = {}
        self.problems: list[Diagnostic] = []

    def table(self, name: str) -> tuple[dict[str, Any], dict[str, Origin]]:
        """Key-by-key merge of one table over the firm layers, with each key's origin."""
        merged: dict[str, Any] = {}
        origins: dict[str, Origin] = {}
        for layer in self.layers:
            value = layer.data.get(name)
            if isinstance(value, dict):
                for key, item in value.items():
                    merged[key] = item
                    origins[key] = (layer, f"{name}.{key}")
        return merged, origins

    def merge_table(self, data: dict[str, Any], name: str) -> None:
        firm, origins = self.table(name)
        if not firm:
            return
        own = data.get(name)
        if own is None:
            data[name] = dict(firm)
            self.origins[name] = origins[next(iter(origins))][0], name
        elif isinstance(own, dict):
            data[name] = firm | own
        for key, origin in origins.items():
            if not isinstance(own, dict) or key not in own:
                self.origins[f"{name}.{key}"] = origin

    def attorneys(self) -> dict[str, tuple[dict[str, Any], dict[str, Origin]]]:
        office, office_origins = self.table("office")
        result: dict[str, tuple[dict[str, Any], dict[str, Origin]]] = {}
        for layer in self.layers:
            entries = layer.data.get("attorneys")
            for handle, entry in (entries if isinstance(entries, dict) else {}).items():
                if not isinstance(entry, dict):
                    continue
                fields, origins = result.get(handle, (dict(office), dict(office_origins)))
                for key, item in entry.items():
                    fields[key] = item
                    origins[key] = (layer, f"attorneys.{handle}.{key}")
                result[handle] = fields, origins
        return result

    def counsel(self, data: dict[str, Any]) -> None:
        counsel = data.get("counsel")
        if not isinstance(counsel, list):
            return
        known = self.attorneys()
        merged: list[Any] = []
        for i, entry in enumerate(counsel):
            handle = entry.get("attorney") if isinstance(entry, dict) else None
            if not isinstance(handle, str):
                merged.append(entry)
                continue
            if handle not in known:
                close = difflib.get_close_matches(handle, list(known), n=1)
                hint = (
                    f"did you mean {close[0]!r}?"
                    if close
                    else "define [attorneys." + handle + "] in the firm file"
                    if known
                    else "no firm file with [attorneys] tables applies to this case file"
                )
                self.problems.append(
                    _diag(
                        self.case,
                        f"counsel[{i}].attorney",
                        f"attorney {handle!r} is not defined in a firm file",
                        "unknown-attorney",
                        hint,
                    )
                )
                merged.append(entry)
                continue
            fields, origins = known[handle]
            merged.append(fields | entry)
            for key, origin in origins.items():
                if key not in entry:
                    self.origins[f"counsel[{i}].{key}"] = origin
        data["counsel"] = merged

    def run(self) -> dict[str, Any]:
        data = dict(self.case.data)
        self.merge_table(data, "options")
        self.counsel(data)
        return data

    def locate(self, key: str) -> tuple[str, int, int]:
        """File, line and column where the merged value at ``key`` was written."""
        probe = key
        while probe:
            if probe in self.origins:
                layer, spelled = self.origins[probe]
                line, col = nearest(layer.positions, spelled + key[len(probe) :])
                return layer.name, line, col
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        line, col = self.case.position(key)
        return self.case.name, line, col


def _template(layers: list[CaseSource]) -> str | None:
    """The highest-precedence firm template: ``pogen:NAME``, or a path made absolute
    relative to its firm file."""
    for layer in reversed(layers):
        value = layer.data.get("template")
        if isinstance(value, str) and value:
            if value.startswith("pogen:"):
                return value
            return str((layer.path.parent / value).resolve())
    return None


def inherit(case: CaseSource) -> CaseSource:
    """The case file with its firm defaults merged in (unchanged when there are none)."""
    layers: list[CaseSource] = []
    problems: list[Diagnostic] = []
    found = discover(case.path)
    extends = case.data.get("extends")
    named: Path | None = None
    if isinstance(extends, str):
        named = case.path.parent / extends
        try:
            named = named.resolve()
            usable = named.is_file()
        except (ValueError, OSError, RuntimeError):  # a NUL byte, a symlink loop
            usable = False
        if not usable:
            problems.append(
                _diag(
                    case,
                    "extends",
                    f"firm file {extends!r} not found (looked for {display_path(named)})",
                    "firm-file",
                    "extends is a path relative to this case file",
                )
            )
            named = None
    for path in (found, named):
        if path is not None and all(path != layer.path.resolve() for layer in layers):
            layers.append(read_firm(path))
    for layer in layers:
        problems.extend(_check_firm(layer))
    if problems:
        raise ValidationError(problems)
    counsel = case.data.get("counsel")
    refers = isinstance(counsel, list) and any(
        isinstance(c, dict) and "attorney" in c for c in counsel
    )
    if not layers and not refers:
        return case
    merger = _Merger(case, layers)
    data = merger.run()
    if merger.problems:
        raise ValidationError(merger.problems)
    return dataclasses.replace(case, data=data, locator=merger.locate, template=_template(layers))

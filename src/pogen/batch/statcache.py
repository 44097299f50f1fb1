"""Staleness at the cost of a stat: file hashes and parsed inputs, remembered by status.

``--check`` and a re-render must know, for every matter, the digest of its case data
(which means parsing the TOML and merging its firm files) and the SHA-256 of each
output; for a thousand unchanged matters that was most of the time.  This cache keeps,
per output folder, in ``<user cache>/pogen/stat/``:

- for a file pogen hashed (an output, a PDF): its SHA-256 with the file's status
  when it was hashed;
- for a case file loaded successfully: what ``pogen.batch.matter`` derives from it
  (the input digest, the firm file's template, the ``[form]``/``[judges]`` tables that
  choose the documents), with the status of the case file and of every firm file that
  fed it, and which firm file discovery found.

A value is used only while every status it was recorded with is unchanged: device,
inode, size, modification and change time (the change time cannot be set back by a
user, so an edit that restores the old mtime still shows), and the firm file discovery
finds now is the one recorded (a new ``firm.toml`` above a case file changes it).
A status recorded less than ``pogen.batch.verdict.RACY`` seconds after the file's last
change is not kept at all: a second write within the file system's timestamp
granularity could leave every field as it was (git's "racily clean" entries).
Anything else (no record, a moved status, a damaged cache file) falls back to reading
and hashing, as before; the cache only ever saves work, it never decides on its own.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from pathlib import Path
from stat import S_ISREG
from typing import Any

from pogen.batch import verdict
from pogen.batch.manifest import current_build
from pogen.cache.disk import cache_root, store
from pogen.case.firm import discover
from pogen.case.source import CaseSource

FORMAT = 1

Stamp = list[int]


def stamp(path: Path) -> Stamp | None:
    """The status fields a change of the file moves (``pogen.batch.verdict.status``
    without the file type), or None when it is not a regular file."""
    found = verdict.status(str(path))
    if found is None or not S_ISREG(found[0]):
        return None
    return found[1:]


def _settled(found: Stamp) -> bool:
    """Old enough that no write in the same timestamp tick can follow unseen
    (``pogen.batch.verdict.RACY``, the one threshold for every status pogen trusts)."""
    return time.time_ns() - max(found[3], found[4]) > verdict.RACY * 1e9


def _key(path: Path) -> str:
    """A file's key: its absolute path, without resolving links (a ``resolve`` costs a
    system call per component; the status check is on the file the path reaches)."""
    return os.path.abspath(path)  # noqa: PTH100 - resolve() is what this avoids


def case_record(
    source: CaseSource, derived: dict[str, Any], discovered: str
) -> dict[str, Any] | None:
    """What the cache keeps of a case file just loaded: ``derived`` with the status of
    the file and of the firm files that fed it (the one discovery found, ``discovered``,
    and the one ``extends`` names: ``pogen.case.firm.inherit`` keeps no list), taken
    now, right after reading; None when one of them changed too recently to be trusted.
    A worker makes it where it loaded the file, and the batch keeps it (``adopt``)."""
    layers = [Path(discovered)] if discovered else []
    extends = source.data.get("extends")
    if isinstance(extends, str):
        layers.append((source.path.parent / extends).resolve())
    stamps = [(_key(p), stamp(p)) for p in layers]
    own = stamp(source.path)
    if own is None or not _settled(own) or any(s is None or not _settled(s) for _p, s in stamps):
        return None
    build = "/".join(current_build())  # which pogen derived it (a worker may be remote)
    return {"stamp": own, "discovered": discovered, "layers": stamps, "derived": derived,
            "build": build}  # fmt: skip


def discovered_firm(case: Path) -> str:
    """The firm file discovery finds for a case file ("" for none), as records name it."""
    firm = discover(case)
    return str(firm) if firm is not None else ""


class StatCache:
    """The remembered hashes and inputs of one output folder's matters."""

    def __init__(self, folder: Path) -> None:
        key = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:32]
        self.path = cache_root() / "stat" / f"{key}.json"
        self.files: dict[str, list[Any]] = {}
        self.cases: dict[str, dict[str, Any]] = {}
        self._changed = False
        self._discovered: dict[str, str] = {}  # per folder, for this cache's run only
        self._build = "/".join(current_build())
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("format") == FORMAT:
                self.files = dict(data["files"])
                # What a case file gives is pogen's reading of it: another pogen (or a
                # changed checkout) reads again.  A file's hash is pogen's to no one.
                if data.get("build") == self._build:
                    self.cases = dict(data["cases"])

    def sha256(self, path: Path, compute: Any) -> str:
        """The file's SHA-256: remembered while its status holds, else ``compute(path)``."""
        key = _key(path)
        found = stamp(path)
        record = self.files.get(key)
        if found is not None and record is not None and record[:-1] == found:
            return str(record[-1])
        digest = str(compute(path))
        if found is not None and digest and _settled(found) and stamp(path) == found:
            self.files[key] = [*found, digest]
            self._changed = True
        return digest

    def discovered(self, case: Path) -> str:
        """The firm file discovery finds for this case file now ("" for none), worked
        out once per folder for the run that holds this cache."""
        folder = os.path.dirname(_key(case))  # noqa: PTH120 - a string key
        found = self._discovered.get(folder)
        if found is None:
            found = self._discovered[folder] = discovered_firm(case)
        return found

    def inputs(self, case: Path) -> dict[str, Any] | None:
        """What was derived from this case file, if none of its files moved since."""
        record = self.cases.get(_key(case))
        if record is None or stamp(case) != record["stamp"]:
            return None
        if self.discovered(case) != record["discovered"]:
            return None
        if any(stamp(Path(p)) != s for p, s in record["layers"]):
            return None
        return dict(record["derived"])

    def known(self, case: Path) -> tuple[list[str], str | None] | None:
        """The firm files and the template named by the case file's record, if it
        holds for the case file as it is now (None: unknown, or recorded for an older
        status, which ``remember`` leaves when the new one is too recent)."""
        record = self.cases.get(_key(case))
        if record is None or stamp(case) != record["stamp"]:
            return None
        return [str(p) for p, _s in record["layers"]], record["derived"].get("template")

    def remember(self, source: CaseSource, derived: dict[str, Any]) -> None:
        """Record ``derived`` for the case file ``source`` was loaded from, with the
        status of it and of its firm files."""
        self.adopt(source.path, case_record(source, derived, self.discovered(source.path)))

    def adopt(self, case: Path, record: dict[str, Any] | None) -> None:
        """Keep a ``case_record`` made for ``case`` (by a worker, for one) by this same
        pogen; None: nothing."""
        if record is not None and record.get("build") == self._build:
            self.cases[_key(case)] = record
            self._changed = True

    def save(self) -> None:
        """Write the cache (temporary file, then rename) when it changed; never raises."""
        if not self._changed:
            return
        data = {"format": FORMAT, "build": self._build, "files": self.files, "cases": self.cases}
        text = json.dumps(data, separators=(",", ":"))  # json's C encoder, not dump's
        if store(self.path, text.encode("utf-8")):
            self._changed = False

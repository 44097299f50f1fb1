"""The output manifest: which inputs produced which output, to skip and to check staleness.

``output/pogen-manifest.json`` holds one entry per output document: the SHA-256 of the
case data (with its firm defaults), of the template and of the written .docx (and PDF),
with pogen's version and a digest of its code and data, so a change to any of them marks
the output stale.  The
JSON is written with sorted keys and paths relative to the output folder, so the same
run gives the same bytes on any machine and the file diffs well in git.

Several runs may write into one folder at once: the manifest is rewritten under an
exclusive lock (``fcntl.flock``) and merged on write, each run applying only the
entries it changed to the manifest as it is on disk at that moment, so no run's entries
are lost.  The same entries decide whether an existing output may be replaced
(``pogen.batch.overwrite``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from pogen._version import __version__
from pogen.batch import verdict
from pogen.cache import disk
from pogen.errors import UserError
from pogen.output.atomic import write_atomic

MANIFEST_NAME = "pogen-manifest.json"
LOCK_NAME = ".pogen-manifest.lock"  # only where the folder itself cannot be locked
FORMAT = 1


def sha256(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a regular file's bytes, or "" when it is not one or cannot be read."""
    digest = hashlib.sha256()
    try:
        if not path.is_file():  # a FIFO or device would block or never end
            return ""
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


def relative_case(source: Path, folder: Path) -> str:
    """A case file's path as seen from the output folder, with forward slashes: how
    the manifest names the case file an output was rendered from."""
    return Path(os.path.relpath(source.resolve(), folder.resolve())).as_posix()


@cache
def build_digest() -> str:
    """Digest of pogen's own code, the mandatory blocks' prose and the judge registry.

    The version alone would miss edits in a development checkout; the shipped .docx
    templates are left out because each matter records its template's hash anyway, but
    their prose sources (``templates/source``, where the mandatory blocks' text lives)
    count.  Reading and hashing those files took a cold process 10 ms: the digest is
    kept in the user cache under the status of every file of the package (a stat each,
    ``pogen.batch.verdict``), and kept only when none of them changed just now.
    """
    started = verdict.now_ns()
    statuses = [(path, verdict.status(path)) for path in verdict.own_files()]
    key = hashlib.sha256(repr(statuses).encode()).hexdigest()[:32]
    entry = disk.cache_root() / "build" / f"{key}.entry"
    found = disk.read(entry)
    if found is not None and isinstance(found.get("digest"), str):
        return str(found["digest"])
    digest = _read_build()
    if verdict.settled((s for _p, s in statuses), started):
        disk.write(entry, {"digest": digest})
    return digest


def _read_build() -> str:
    digest = hashlib.sha256()

    def walk(folder: Traversable, prefix: str) -> None:
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            name = f"{prefix}{entry.name}"
            if entry.is_dir():
                if entry.name != "__pycache__" and name != "templates":
                    walk(entry, f"{name}/")
            elif entry.name.endswith((".py", ".txt", ".toml")):
                digest.update(name.encode() + b"\0" + entry.read_bytes() + b"\0")

    walk(resources.files("pogen"), "")
    walk(resources.files("pogen").joinpath("templates", "source"), "templates/source/")
    return digest.hexdigest()[:16]


def input_digest(data: dict[str, Any]) -> str:
    """Digest of a matter's case data after firm defaults are merged in (pogen.case.firm).

    What renders is the data, so a change in the case file or in its firm file makes
    the output stale, and a change in comments or layout of either does not.
    """
    return sha256(json.dumps(data, sort_keys=True, default=str, ensure_ascii=False).encode())


def stale_reason(
    entry: Entry | None,
    input_sha: str,
    template_sha: str,
    output: Path,
    *,
    pdf: bool,
    hasher: Callable[[Path], str] = file_sha256,
) -> str | None:
    """Why ``output`` must be (re)rendered, or None when ``entry`` shows it is current.
    ``hasher``: ``file_sha256``, or the same through ``pogen.batch.statcache``."""
    if not output.is_file():
        return "output missing"
    if entry is None:
        return "not in the manifest"
    pdf_path = output.with_suffix(".pdf")
    checks: list[tuple[Callable[[Entry], bool], str]] = [
        (lambda e: e.input_sha256 == input_sha, "case data changed"),
        (lambda e: e.template_sha256 == template_sha, "template changed"),
        (lambda e: (e.pogen_version, e.pogen_build) == current_build(), "pogen changed"),
        (lambda e: e.output_sha256 == hasher(output), "output edited since rendered"),
    ]
    if pdf:
        checks.append((lambda e: bool(e.pdf_sha256) and pdf_path.is_file(), "PDF missing"))
        checks.append((lambda e: e.pdf_sha256 == hasher(pdf_path), "PDF edited"))
    return next((reason for check, reason in checks if not check(entry)), None)


def current_build() -> tuple[str, str]:
    """This pogen's version and code digest, as recorded in manifest entries."""
    return __version__, build_digest()


@dataclass(frozen=True)
class Entry:
    """One output document in the manifest."""

    case_file: str
    input_sha256: str
    template_sha256: str
    output_sha256: str
    pdf_sha256: str = ""
    pogen_version: str = __version__
    pogen_build: str = ""

    def as_json(self) -> dict[str, str]:
        data = {
            "case_file": self.case_file,
            "input_sha256": self.input_sha256,
            "output_sha256": self.output_sha256,
            "pogen_build": self.pogen_build,
            "pogen_version": self.pogen_version,
            "template_sha256": self.template_sha256,
        }
        if self.pdf_sha256:
            data["pdf_sha256"] = self.pdf_sha256
        return data


def encode(matters: dict[str, dict[str, str]]) -> bytes:
    """The manifest file's bytes: ``json.dumps`` of ``{"format", "matters"}`` with
    ``indent=2, sort_keys=True, ensure_ascii=False`` and a newline, laid out here around
    json's C string encoder (an indent makes json use its pure-Python encoder, 15 ms
    for a thousand entries on every render).  Anything but strings takes json's path."""
    if not matters or not all(
        isinstance(v, str) for fields in matters.values() for v in fields.values()
    ):
        data = {"format": FORMAT, "matters": matters}
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
    quote = json.encoder.encode_basestring  # what json.dumps uses without ensure_ascii
    blocks = []
    for name in sorted(matters):
        fields = matters[name]
        body = ",\n".join(f"      {quote(k)}: {quote(fields[k])}" for k in sorted(fields))
        value = f"{{\n{body}\n    }}" if body else "{}"
        blocks.append(f"    {quote(name)}: {value}")
    text = ",\n".join(blocks)
    return f'{{\n  "format": {FORMAT},\n  "matters": {{\n{text}\n  }}\n}}\n'.encode()


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the output folder's manifest lock (exclusive, released on exit or death).

    The folder itself is locked where the system allows it (no file appears); on a file
    system that cannot lock a folder (some network shares) a lock file is used.  Where
    there is no ``fcntl`` (Windows) runs are not serialized.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    fd = -1
    for path, flags in ((folder, os.O_RDONLY), (folder / LOCK_NAME, os.O_RDWR | os.O_CREAT)):
        try:
            fd = os.open(path, flags, 0o600)
            fcntl.flock(fd, fcntl.LOCK_EX)
            break
        except OSError:
            if fd >= 0:
                os.close(fd)
            fd = -1
    try:
        yield
    finally:
        if fd >= 0:
            os.close(fd)  # closing releases the lock


def _read(path: Path) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
        matters = raw.get("matters", {}) if raw.get("format") == FORMAT else {}
        for name, fields in matters.items():
            entries[name] = Entry(**fields)
    except (OSError, ValueError, TypeError, AttributeError):
        return {}  # missing or unreadable: every output counts as stale
    return entries


class Manifest:
    """The manifest of one output folder; entries are keyed by output file name.

    ``record`` changes it in memory; ``save`` merges those changes into
    the manifest on disk under the folder's lock.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / MANIFEST_NAME
        started = verdict.now_ns()
        found = verdict.status(str(self.path))  # before reading: a later write moves it
        self.entries: dict[str, Entry] = _read(self.path)
        # The file as read, if its status can vouch for it (pogen.batch.verdict.settled).
        self._read_as = found if found is not None and verdict.settled([found], started) else None
        self._changes: dict[str, Entry] = {}

    def record(self, name: str, entry: Entry) -> None:
        self.entries[name] = entry
        self._changes[name] = entry

    def relative(self, source: Path) -> str:
        """A case file's path as seen from the output folder, with forward slashes."""
        return relative_case(source, self.folder)

    def to_bytes(self) -> bytes:
        return encode({name: self.entries[name].as_json() for name in sorted(self.entries)})

    def save(self) -> None:
        """Merge this run's changes into the manifest on disk, under the folder's lock,
        and write it atomically when its content changed."""
        if not self._changes or not self.folder.is_dir():
            return  # nothing changed, or nothing written: no file appears
        with locked(self.folder):
            if self._read_as is not None and verdict.status(str(self.path)) == self._read_as:
                merged = dict(self.entries)  # nobody wrote it since: what was read, changed
            else:
                merged = _read(self.path)
                merged.update(self._changes)
            self.entries = merged
            if not merged and not self.path.exists():
                return
            data = self.to_bytes()
            try:
                if self.path.read_bytes() == data:
                    self._changes = {}
                    return
            except OSError:
                pass
            write_atomic(self.path, data)
            self._changes = {}


def _git(args: list[str], cwd: Path) -> str:
    import subprocess

    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, check=False, timeout=60
        )
    except FileNotFoundError:
        raise UserError("--changed-since needs git, which is not installed") from None
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or ["git failed"])[0]
        raise UserError(f"--changed-since: git {args[0]} failed: {first}")
    return done.stdout


def changed_since(ref: str, cwd: Path | None = None) -> set[Path]:
    """Files (resolved) that differ from git ref ``ref`` in the work tree, staged or
    not, plus new untracked files."""
    where = cwd or Path.cwd()
    top = Path(_git(["rev-parse", "--show-toplevel"], where).strip())
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], where)
    except UserError:
        raise UserError(f"--changed-since: {ref!r} is not a commit in this repository") from None
    names = _git(["diff", "--name-only", "--no-renames", "-z", ref, "--"], top).split("\0")
    names += _git(["ls-files", "--others", "--exclude-standard", "-z"], top).split("\0")
    return {(top / name).resolve() for name in names if name}

"""Whether an existing output may be replaced: never silently, unless it is pogen's own.

An output already on disk is replaced only when it is what pogen last wrote there for
this same case file: its bytes match the manifest's record of it, and the record names
this case file.  Anything else is kept and the matter fails with the reason (another
case file's order, an order edited since pogen wrote it, a file pogen has no record of,
or a name that differs only by case or Unicode form from another output, which a
case-insensitive file system would overwrite); ``--force`` replaces it anyway.  A file
with exactly the bytes about to be written is no conflict (after a run was killed
before it saved the manifest, the next run finds its own work).  A symbolic link is
replaced, never followed, as before.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

from pogen.batch.manifest import Entry, Manifest, file_sha256, sha256
from pogen.errors import OutputError, display_path

FORCE_HINT = "pass --force to replace it (the file on disk is lost)"


def fold(name: str) -> str:
    """A file name as a case-insensitive, Unicode-normalizing file system sees it."""
    return unicodedata.normalize("NFKC", name).casefold()


class OutputConflictError(OutputError):
    """An output pogen would replace is not pogen's own unedited rendering of this matter."""

    code = "output-conflict"


def _conflict(target: Path, why: str) -> OutputConflictError:
    return OutputConflictError(
        f"{display_path(target)}: kept, not overwritten: it {why}; {FORCE_HINT}"
    )


def _same_bytes(target: Path, data: bytes) -> bool:
    try:
        return target.stat().st_size == len(data) and target.read_bytes() == data
    except OSError:
        return False


def check_docx(
    target: Path,
    data: bytes,
    case_file: str,
    entry: Entry | None,
    clash: tuple[str, Entry | None] | None = None,
) -> None:
    """Raise ``OutputConflictError`` unless writing ``data`` to ``target`` loses nothing.

    ``case_file`` names this matter's case file as the manifest does; ``entry`` is the
    manifest's record of ``target``; ``clash`` another output of the folder (its name
    and record) whose name differs from ``target``'s only by case or Unicode form.
    """
    if clash is not None:
        other, record = clash
        source = f", rendered from {record.case_file}" if record is not None else ""
        raise _conflict(
            target,
            f"would replace {other}{source} on a file system that ignores case or "
            "Unicode form (the names differ only so)",
        )
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"{display_path(target)}: cannot check it ({exc.strerror})") from None
    if stat.S_ISLNK(info.st_mode):
        return  # replaced by the rename, never followed
    if not stat.S_ISREG(info.st_mode):
        raise _conflict(target, "is not a regular file")
    if _same_bytes(target, data):
        return
    if entry is None:
        raise _conflict(target, "exists and pogen has no record of writing it (it is not in "
                        "the folder's pogen-manifest.json)")  # fmt: skip
    if entry.case_file != case_file:
        raise _conflict(target, f"was rendered from another case file, {entry.case_file}")
    if file_sha256(target) != entry.output_sha256:
        raise _conflict(target, "was edited since pogen wrote it")


def check_pdf(target: Path, case_file: str, entry: Entry | None) -> None:
    """Raise ``OutputConflictError`` if the PDF beside an output was edited since pogen
    converted it, or belongs to another case file's order.  A PDF with no record is
    replaced: it is derived from the .docx beside it, which was checked."""
    if entry is None or not target.is_file() or target.is_symlink():
        return
    if entry.case_file != case_file:
        raise _conflict(target, f"was converted from another case file's order, {entry.case_file}")
    if entry.pdf_sha256 and file_sha256(target) != entry.pdf_sha256:
        raise _conflict(target, "was edited since pogen wrote it")


class Folded:
    """The outputs already in a folder (its .docx files and its manifest's entries) by
    folded name, to find the one a new output's name would collide with."""

    def __init__(self, manifest: Manifest) -> None:
        self._found: dict[str, list[str]] = {}
        self._manifest = manifest
        try:
            names = [e.name for e in os.scandir(manifest.folder) if e.name.endswith(".docx")]
        except OSError:
            names = []
        for name in sorted({*names, *manifest.entries}):
            self._found.setdefault(fold(name), []).append(name)

    def clash(self, name: str) -> tuple[str, Entry | None] | None:
        """Another output whose name folds to ``name``'s, with its record."""
        other = next((n for n in self._found.get(fold(name), []) if n != name), None)
        return None if other is None else (other, self._manifest.entries.get(other))


__all__ = ["Folded", "OutputConflictError", "check_docx", "check_pdf", "fold", "sha256"]

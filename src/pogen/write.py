"""Stage 5, write: verify a rendered document and put it on disk atomically.

docxtpl cannot detect every broken document it produces (its issue #445), so every
XML part is parsed and the package opened before anything is written.  The file then
appears under its final name only once complete: a temporary file in the same
directory, flushed to disk, renamed over the target.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from lxml import etree

from pogen.errors import OutputError, TemplateError, display_path
from pogen.xmlparts import parse_part

# Zip entries get a fixed time so the same inputs give the same bytes on any day.
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def build_package(parts: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip of ``parts`` in the given order, with fixed entry times and attributes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in parts:
            entry = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, content)
    return out.getvalue()


def normalize_package(data: bytes) -> bytes:
    """Rewrite the zip with fixed entry times and attributes, keeping part order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    return build_package((info.filename, source.read(info)) for info in source.infolist())


def verify_package(data: bytes, name: str) -> dict[str, etree._Element]:
    """Parse every XML part; raise ``TemplateError`` naming the first broken one.

    Returns the parsed parts by name, for later checks to read rather than parse again
    (``pogen.mandatory``); the trees may be shared (``pogen.xmlparts``), so read only.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise TemplateError(f"{name}: rendered document is not a valid zip package") from None
    names = archive.namelist()
    for required in ("[Content_Types].xml", "word/document.xml"):
        if required not in names:
            raise TemplateError(f"{name}: rendered document lacks {required}")
    trees: dict[str, etree._Element] = {}
    for part in names:
        if part.endswith((".xml", ".rels")):
            try:
                trees[part] = parse_part(archive.read(part))
            except etree.XMLSyntaxError as exc:
                raise TemplateError(
                    f"{name}: rendered document has broken XML in {part}: {exc}"
                ) from None
    return trees


def _part_prefix(path: Path) -> str:
    # The writer's process id is in the name so a later run can tell an abandoned
    # temporary file (its writer was killed) from one that is still being written.
    return f".{path.name}.{os.getpid()}."


def process_alive(pid: int) -> bool:
    """Whether a process with this id exists (then its temporary files are kept)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists but belongs to someone else
        return True
    return True


def remove_stale_parts(path: Path) -> list[Path]:
    """Delete temporary files for ``path`` left by a writer that was killed.

    SIGKILL or a power cut leaves ``.NAME.PID.XXXX.part`` behind (nothing can clean up
    after a kill); it is never mistaken for output, and the next successful write of the
    same file removes it once its process is gone.
    """
    removed: list[Path] = []
    if os.name != "posix":
        return removed
    prefix = f".{path.name}."  # the names ``.NAME.*.part`` matches, without fnmatch
    try:
        names = [e.name for e in os.scandir(path.parent)]
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return removed
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".part")):
            continue
        if len(name) < len(prefix) + len(".part"):
            continue
        part = path.parent / name
        pid = part.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
            with contextlib.suppress(OSError):
                part.unlink()
                removed.append(part)
    return removed


def write_atomic(path: Path, data: bytes, check: Callable[[Path], None] | None = None) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never half.

    ``check`` runs on the complete temporary file before the rename, so a file that does
    not read back correctly never appears under the final name.
    """
    directory = path.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=_part_prefix(path), suffix=".part", dir=directory)
    except OSError as exc:
        raise OutputError(
            f"{display_path(directory)}: cannot write here ({exc.strerror or exc})"
        ) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if check is not None:
            check(tmp)
        tmp.chmod(0o644)
        tmp.replace(path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise OutputError(
                f"{display_path(path)}: cannot write ({exc.strerror or exc}); nothing was changed"
            ) from None
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable where possible
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    remove_stale_parts(path)

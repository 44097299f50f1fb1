"""Write a file atomically: readers see the old file or the new one, never half.

The file appears under its final name only once complete: a temporary file in the same
directory, flushed to disk, checked, renamed over the target.  Used for every output
pogen writes (orders, PDFs, the manifest).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from pogen.errors import OutputError, display_path


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

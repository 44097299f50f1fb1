"""Write a file atomically: readers see the old file or the new one, never half.

The file appears under its final name only once complete: a temporary file in the same
directory, flushed to disk, checked, renamed over the target.  Used for every output
pogen writes (orders, PDFs, the manifest).

The temporary file is private (0600) while it is written; the finished file gets the
permissions the umask gives a new file (0644 under the usual umask 022, 0600 under
077).  Its name carries the writer's host and process id,
``.NAME.HOST.PID.RANDOM.part``, so that a later run removes only what a writer on its
own host left behind when it was killed: a writer on another host sharing the folder
(a network share) is never mistaken for a dead one.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import tempfile
import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path

from pogen.errors import OutputError, display_path


@cache
def host_tag() -> str:
    """This machine's name as it appears in temporary file names (no dots)."""
    return re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname() or "host")[:40] or "host"


def _part_prefix(path: Path) -> str:
    # The writer's host and process id are in the name so a later run can tell an
    # abandoned temporary file (its writer was killed) from one still being written.
    return f".{path.name}.{host_tag()}.{os.getpid()}."


_umask_lock = threading.Lock()


def current_umask() -> int:
    """The process's umask (read from /proc where it can be, without changing it)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    with _umask_lock:  # elsewhere the only way to read it is to set it and set it back
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


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

    SIGKILL or a power cut leaves ``.NAME.HOST.PID.XXXX.part`` behind (nothing can clean
    up after a kill); it is never mistaken for output, and the next successful write of
    the same file on the same host removes it once its process is gone.  Files of other
    hosts, and of pogen versions that did not name the host, are left alone.
    """
    removed: list[Path] = []
    if os.name != "posix":
        return removed
    prefix = f".{path.name}."  # the names ``.NAME.*.part`` matches, without fnmatch
    host = host_tag()
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
        fields = name[len(prefix) :].split(".")
        if len(fields) < 3 or fields[0] != host:  # another host's, or an older pogen's
            continue
        pid = fields[1]
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
        tmp.chmod(0o666 & ~current_umask())  # as a new file would be: the umask decides
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

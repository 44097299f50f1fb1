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
import tempfile
import threading
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from pogen.errors import OutputError, display_path


@cache
def host_tag() -> str:
    """This machine's name as it appears in temporary file names (no dots)."""
    if hasattr(os, "uname"):  # what gethostname(2) returns, without importing socket
        name = os.uname().nodename
    else:  # pragma: no cover - Windows
        import socket

        name = socket.gethostname()
    return re.sub(r"[^A-Za-z0-9-]", "-", name or "host")[:40] or "host"


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
    return remove_stale_parts_of(path.parent, {path.name})


def remove_stale_parts_of(folder: Path, names: Iterable[str]) -> list[Path]:
    """``remove_stale_parts`` for every file of ``names`` in ``folder``, in one scan of
    the folder: a batch sweeps once after its writes (``write_atomic(sweep=False)``)
    instead of once per write, which grew with the folder (O(N^2) over a batch)."""
    removed: list[Path] = []
    wanted = set(names)
    if os.name != "posix" or not wanted:
        return removed
    host = host_tag()
    try:
        found = [e.name for e in os.scandir(folder)]
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return removed
    for name in found:
        if not (name.startswith(".") and name.endswith(".part")):
            continue
        fields = name[1 : -len(".part")].split(".")
        # .NAME.HOST.PID.RANDOM.part: NAME may hold dots, HOST, PID and RANDOM do not;
        # NAME is the longest prefix of the fields that names a file we wrote.
        owner = next(
            (k for k in range(len(fields) - 3, 0, -1) if ".".join(fields[:k]) in wanted), None
        )
        if owner is None:
            continue
        rest = fields[owner:]
        if len(rest) < 3 or rest[0] != host:  # another host's, or an older pogen's
            continue
        pid = rest[1]
        if pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
            part = folder / name
            with contextlib.suppress(OSError):
                part.unlink()
                removed.append(part)
    return removed


def write_atomic(
    path: Path, data: bytes, check: Callable[[Path], None] | None = None, *, sweep: bool = True
) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never half.

    ``check`` runs on the complete temporary file before the rename, so a file that does
    not read back correctly never appears under the final name.  ``sweep``: remove the
    temporary files killed writers left for ``path`` (a batch does it once, at its end).
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
    if sweep:
        remove_stale_parts(path)

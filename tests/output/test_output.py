"""Atomic, confined output: names cannot escape, and a crash never leaves half a file.

Covers output names derived from hostile file names, SIGKILL in the middle of a run
(a subprocess that is killed while writing), a full disk (ENOSPC) and a read-only
output directory; in each case earlier good outputs stay byte-for-byte as they were.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from pogen.docx.package import verify_package
from pogen.docx.reader import plain_text
from pogen.errors import OutputError
from pogen.output.atomic import current_umask, host_tag, remove_stale_parts, write_atomic
from pogen.pipeline import output_stem, render_case
from tests.conftest import BASE_CASE, COMBINED_EXAMPLES, EXAMPLES


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("../../etc/passwd.toml", "passwd"),
        ("/etc/cron.d/evil.toml", "evil"),
        ("..\\..\\windows\\evil.toml", "windows_evil"),
        ("CON.toml", "matter_CON"),
        ("nul.toml", "matter_nul"),
        ("NUL.tar.toml", "matter_NUL.tar"),
        ("com1.toml", "matter_com1"),
        ("LPT9 .toml", "matter_LPT9"),
        ('a<b>:c"d|e?f*g.toml', "a_b_c_d_e_f_g"),
        ("...toml", "matter"),
        (".hidden.toml", "hidden"),
        ("Müller v. Ölfirma.toml", "M_ller_v._lfirma"),
        ("x" * 300 + ".toml", "x" * 80),
        ("tab\there\nnewline.toml", "tab_here_newline"),
    ],
)
def test_output_name_is_sanitized(name: str, stem: str, tmp_path: Path) -> None:
    result = output_stem(Path(name))
    assert result == f"{stem}_protective_order"
    target = (tmp_path / f"{result}.docx").resolve()
    assert target.parent == tmp_path.resolve()


@pytest.mark.parametrize("name", ["CON.toml", "..toml", "a<b>|c.toml", "..%2f..%2fx.toml"])
def test_hostile_case_file_name_renders_inside_the_output_dir(name: str, tmp_path: Path) -> None:
    source = tmp_path / "in" / name
    source.parent.mkdir()
    shutil.copy(BASE_CASE, source)
    out = tmp_path / "out"
    result = render_case(source, out)
    assert result.docx.resolve().parent == out.resolve()
    assert [p.name for p in out.iterdir()] == [result.docx.name]


def test_symlinked_target_is_replaced_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    link = out / f"{EXAMPLES[0].stem}_protective_order.docx"
    link.symlink_to(outside)
    result = render_case(EXAMPLES[0], out)
    assert not result.docx.is_symlink()
    assert outside.read_text(encoding="utf-8") == "keep me"


def _files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_temp_file_is_private_until_renamed_and_then_removed(tmp_path: Path) -> None:
    seen: list[tuple[Path, int]] = []

    def check(tmp: Path) -> None:
        seen.append((tmp, tmp.stat().st_mode & 0o777))
        assert tmp.name.startswith(".order.docx.")
        assert tmp.name.endswith(".part")

    write_atomic(tmp_path / "order.docx", b"data", check=check)
    [(tmp, mode)] = seen
    assert mode == 0o600
    assert not tmp.exists()
    assert _files(tmp_path) == ["order.docx"]
    assert (tmp_path / "order.docx").stat().st_mode & 0o777 == 0o666 & ~current_umask()


def test_failed_check_leaves_nothing_and_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "order.docx"
    target.write_bytes(b"old")

    def reject(tmp: Path) -> None:
        raise OutputError("bad")

    with pytest.raises(OutputError):
        write_atomic(target, b"new", check=reject)
    assert target.read_bytes() == b"old"
    assert _files(tmp_path) == ["order.docx"]


def _enospc(*args: Any, **kwargs: Any) -> Any:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class _FullDisk:
    """A file handle that accepts a little data, then fails like a full disk."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, data: bytes) -> int:
        self.handle.write(data[:512])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:
        self.handle.flush()

    def fileno(self) -> int:
        return int(self.handle.fileno())


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_full_disk_is_a_clear_error_and_keeps_earlier_output(
    where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = render_case(EXAMPLES[0], tmp_path).docx
    before = good.read_bytes()
    real_fdopen = os.fdopen
    if where == "write":
        monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: _FullDisk(real_fdopen(fd, *a, **k)))
    else:
        monkeypatch.setattr(os, "fsync", _enospc)
    for example in EXAMPLES:
        with pytest.raises(OutputError) as info:
            render_case(example, tmp_path)
        message = str(info.value)
        assert re.search(
            r"_(protective_order|stipulation)\.docx: cannot write \(No space left on device\); "
            r"nothing was changed$",
            message,
        ), message
    monkeypatch.undo()
    assert good.read_bytes() == before
    assert _files(tmp_path) == [good.name]


def _make_read_only(directory: Path) -> None:
    if os.geteuid() != 0:
        directory.chmod(0o555)
        return
    if not shutil.which("chattr"):
        pytest.skip("running as root without chattr: cannot make a directory read-only")
    done = subprocess.run(["chattr", "+i", str(directory)], capture_output=True, check=False)
    if done.returncode:
        pytest.skip(f"chattr +i not supported here: {done.stderr.decode().strip()}")


def _make_writable(directory: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(directory)], capture_output=True, check=False)
    directory.chmod(0o755)


def test_read_only_output_directory(tmp_path: Path) -> None:
    out = tmp_path / "out"
    good = render_case(EXAMPLES[0], out).docx
    before = good.read_bytes()
    _make_read_only(out)
    try:
        for example in EXAMPLES:
            with pytest.raises(OutputError) as info:
                render_case(example, out)
            message = str(info.value)
            assert message.startswith(f"{out}: cannot write here (")
            assert ("Permission denied" in message) or ("Operation not permitted" in message)
    finally:
        _make_writable(out)
    assert good.read_bytes() == before
    assert _files(out) == [good.name]


def test_read_only_file_system_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(OutputError, match=r"out: cannot write here \(Read-only file system\)$"):
        render_case(EXAMPLES[0], tmp_path / "out")


# A child process renders several matters; it is killed with SIGKILL while the third
# one's temporary file is on disk (its fsync never returns).
KILLED_RUN = textwrap.dedent(
    """
    import os, signal, stat, sys
    from pathlib import Path
    from pogen.pipeline import render_case

    out, flag, *cases = sys.argv[1:]
    real_fsync, count = os.fsync, [0]

    def fsync(fd):
        real_fsync(fd)
        if stat.S_ISREG(os.fstat(fd).st_mode):
            count[0] += 1
            if count[0] == 3:
                Path(flag).write_text("writing", encoding="utf-8")
                signal.pause()

    os.fsync = fsync
    for case in cases:
        render_case(case, out)
    """
)


def _matters(tmp_path: Path, count: int) -> list[Path]:
    cases = []
    for i in range(count):
        path = tmp_path / "in" / f"matter_{i}.toml"
        path.parent.mkdir(exist_ok=True)
        shutil.copy(COMBINED_EXAMPLES[i % len(COMBINED_EXAMPLES)], path)
        cases.append(path)
    return cases


def _wait_for(predicate: Any, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(1200):  # up to two minutes on a loaded machine; not a timing assertion
        if predicate():
            return
        if proc.poll() is not None:
            pytest.fail(f"child exited early: {proc.stderr.read().decode() if proc.stderr else ''}")
        time.sleep(0.1)
    proc.kill()
    pytest.fail("child never reached the point of the test")


def _assert_complete(out: Path) -> list[str]:
    names = [p.name for p in out.glob("*.docx")]
    for path in out.glob("*.docx"):
        verify_package(path.read_bytes(), path.name)
        assert "GOOD CAUSE STATEMENT" in plain_text(path.read_bytes())
    return sorted(names)


def test_sigkill_mid_write_leaves_only_complete_files_and_rerun_finishes(tmp_path: Path) -> None:
    cases = _matters(tmp_path, 5)
    out, flag = tmp_path / "out", tmp_path / "flag"
    with subprocess.Popen(
        [sys.executable, "-c", KILLED_RUN, str(out), str(flag), *map(str, cases)],
        stderr=subprocess.PIPE,
    ) as proc:
        _wait_for(flag.exists, proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert _assert_complete(out) == [f"matter_{i}_protective_order.docx" for i in (0, 1)]
    [stale] = list(out.glob("*.part"))
    assert stale.name.startswith(f".matter_2_protective_order.docx.{host_tag()}.{proc.pid}.")
    assert stale.stat().st_mode & 0o777 == 0o600  # private even when abandoned
    for case in cases:
        render_case(case, out)
    assert _assert_complete(out) == [f"matter_{i}_protective_order.docx" for i in range(5)]
    assert _files(out) == [f"matter_{i}_protective_order.docx" for i in range(5)]


LOOPING_RUN = textwrap.dedent(
    """
    import sys
    from pogen.pipeline import render_case

    out, *cases = sys.argv[1:]
    while True:
        for case in cases:
            render_case(case, out)
    """
)


def test_sigkill_at_an_arbitrary_moment_leaves_only_valid_files(tmp_path: Path) -> None:
    cases = _matters(tmp_path, 4)
    out = tmp_path / "out"
    with subprocess.Popen(
        [sys.executable, "-c", LOOPING_RUN, str(out), *map(str, cases)], stderr=subprocess.PIPE
    ) as proc:
        _wait_for(lambda: len(list(out.glob("*.docx"))) >= 3, proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert len(_assert_complete(out)) >= 3
    assert all(p.name.endswith((".docx", ".part")) for p in out.iterdir())
    for case in cases:
        render_case(case, out)
    assert _files(out) == [f"matter_{i}_protective_order.docx" for i in range(4)]


def test_stale_part_of_a_live_writer_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "order.docx"
    host = host_tag()
    live = tmp_path / f".order.docx.{host}.{os.getppid()}.abc.part"
    dead_pid = 2**22 + 12345  # above the default pid_max: no such process
    dead = tmp_path / f".order.docx.{host}.{dead_pid}.abc.part"
    other = tmp_path / f".other.docx.{host}.{dead_pid}.abc.part"
    for path in (live, dead, other):
        path.write_bytes(b"partial")
    assert remove_stale_parts(target) == [dead]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])


def test_another_hosts_temporary_file_is_never_removed(tmp_path: Path) -> None:
    # Issue 15, item 8.  Before: names held only the pid, so a writer on another host
    # sharing the folder, whose pid happened not to exist here, lost its temporary file.
    target = tmp_path / "order.docx"
    dead_pid = 2**22 + 12345
    elsewhere = tmp_path / f".order.docx.other-host.{dead_pid}.abc.part"
    older = tmp_path / f".order.docx.{dead_pid}.abc.part"  # a name without its host
    for path in (elsewhere, older):
        path.write_bytes(b"partial")
    write_atomic(target, b"done")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["order.docx", elsewhere.name, older.name]
    )


@pytest.mark.parametrize(("mask", "mode"), [(0o077, 0o600), (0o022, 0o644), (0o002, 0o664)])
def test_outputs_follow_the_umask(tmp_path: Path, mask: int, mode: int) -> None:
    # Issue 15, item 8.  Before: every output was forced to 0644, even under umask 077.
    old = os.umask(mask)
    try:
        assert current_umask() == mask
        write_atomic(tmp_path / "order.docx", b"data")
        result = render_case(EXAMPLES[0], tmp_path / "out")
    finally:
        os.umask(old)
    assert (tmp_path / "order.docx").stat().st_mode & 0o777 == mode
    assert result.docx.stat().st_mode & 0o777 == mode


def test_ctrl_c_during_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    target = tmp_path / "order.docx"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new")
    monkeypatch.undo()
    assert _files(tmp_path) == ["order.docx"]
    assert target.read_bytes() == b"old"

"""A batch removes killed writers' temporary files once, after its writes (issue 13)."""

from __future__ import annotations

import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from pogen.batch import RENDERED, render_batch
from pogen.output.atomic import host_tag, remove_stale_parts, remove_stale_parts_of
from tests.conftest import BASE_CASE

DEAD = 2**22 + 12345  # above the default pid_max: no such process


def _batch(tmp_path: Path, count: int, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int]:
    """Render ``count`` matters in threads; how many times the output folder was listed."""
    cases = tmp_path / f"cases{count}"
    cases.mkdir()
    for i in range(count):
        shutil.copy(BASE_CASE, cases / f"m{i}.toml")
    out = tmp_path / f"out{count}"
    out.mkdir()
    listed = []
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == out:
            listed.append(path)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with ThreadPoolExecutor(2) as pool:
        batch = render_batch([cases], out, executor=pool)
    monkeypatch.setattr(os, "scandir", real)
    assert [r.status for r in batch.results] == [RENDERED] * count
    return out, len(listed)


def test_the_batch_sweeps_its_outputs_stale_parts_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    host = host_tag()
    out, few = _batch(tmp_path, 2, monkeypatch)
    _out, more = _batch(tmp_path, 6, monkeypatch)
    assert few == more  # not once per write: the folder is listed a fixed number of times
    dead = out / f".m0_protective_order.docx.{host}.{DEAD}.x1.part"
    live = out / f".m1_protective_order.docx.{host}.{os.getppid()}.x2.part"
    other = out / f".z_protective_order.docx.{host}.{DEAD}.x3.part"  # not written here
    for path in (dead, live, other):
        path.write_bytes(b"partial")
    render_batch([tmp_path / "cases2"], out, jobs=2, force=True)
    assert not dead.exists()
    assert live.exists()
    assert other.exists()


def test_one_scan_removes_what_the_per_file_sweeps_remove(tmp_path: Path) -> None:
    host = host_tag()
    names = ["o.docx", "m.v2.docx", "x_protective_order.docx"]
    made = []
    for name in [*names, "untouched.docx"]:
        for pid, tag in ((DEAD, "d"), (os.getppid(), "l")):
            path = tmp_path / f".{name}.{host}.{pid}.{tag}.part"
            path.write_bytes(b"p")
            made.append(path)
    (tmp_path / f".o.docx.other-host.{DEAD}.q.part").write_bytes(b"p")
    removed = sorted(remove_stale_parts_of(tmp_path, names))
    assert removed == sorted(tmp_path / f".{n}.{host}.{DEAD}.d.part" for n in names)
    for path in removed:
        path.write_bytes(b"p")
    again = sorted(p for n in names for p in remove_stale_parts(tmp_path / n))
    assert again == removed

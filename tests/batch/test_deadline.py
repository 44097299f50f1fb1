"""A lone matter's --timeout as an alarm in this process (``pogen.batch.deadline``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pogen import pipeline
from pogen.batch import FAILED, RENDERED, deadline, render_batch
from pogen.batch.pool import will_fork
from pogen.case.source import CaseSource
from tests.conftest import BASE_CASE

REAL_RENDER = pipeline.render_source


def _stand_in(source: CaseSource, *args: object, **kwargs: object) -> object:
    if source.path.stem == "hang":
        time.sleep(3600)
    if source.path.stem == "slowdisk":  # hangs with its temporary file open
        os.fsync = lambda fd: time.sleep(3600)
    return REAL_RENDER(source, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def matter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    if not deadline.available():
        pytest.skip("no SIGALRM here")
    monkeypatch.setattr(pipeline, "render_source", _stand_in)
    monkeypatch.setattr(os, "fsync", os.fsync)  # restored after the slow-disk stand-in
    (tmp_path / "cases").mkdir()
    return tmp_path / "cases"


@pytest.mark.parametrize("name", ["hang", "slowdisk"])
def test_a_lone_matter_past_its_time_fails_with_the_workers_message(
    matter: Path, tmp_path: Path, name: str
) -> None:
    case = matter / f"{name}.toml"
    case.write_bytes(BASE_CASE.read_bytes())
    out = tmp_path / "out"
    before = signal.getsignal(signal.SIGALRM)
    start = time.monotonic()
    batch = render_batch([case], out, timeout=1)
    assert time.monotonic() - start < 30
    (result,) = batch.results
    assert result.status == FAILED
    assert result.error.endswith(f"{name}.toml: timed out after 1 s; stopped")
    assert result.exit_code == 4
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert not out.exists() or sorted(p.name for p in out.iterdir()) == []  # no .part left


def test_a_lone_matter_in_time_renders_here(matter: Path, tmp_path: Path) -> None:
    case = matter / "fine.toml"
    case.write_bytes(BASE_CASE.read_bytes())
    batch = render_batch([case], tmp_path / "out", timeout=60)
    assert [r.status for r in batch.results] == [RENDERED]
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_an_alarm_in_use_elsewhere_leaves_the_matter_to_a_worker(
    matter: Path, tmp_path: Path
) -> None:
    if not will_fork():  # e.g. threads left by an earlier test (a Dask client's)
        pytest.skip("the stand-in reaches workers only when they are forked")
    signal.signal(signal.SIGALRM, lambda *_: None)
    try:
        assert not deadline.available()
        case = matter / "hang.toml"
        case.write_bytes(BASE_CASE.read_bytes())
        (result,) = render_batch([case], tmp_path / "out", timeout=1).results
        assert result.error.endswith("hang.toml: timed out after 1 s; stopped")
    finally:
        signal.signal(signal.SIGALRM, signal.SIG_DFL)


WATCHDOG = """
import signal, sys, time
from pogen.batch import deadline
deadline.GRACE = 0.5
def stuck(_item):  # as C code would be: the alarm is never delivered
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(60)
deadline.call_with_deadline(stuck, None, 0.5, "m.toml: timed out after 0.5 s; stopped")
"""


def test_the_watchdog_ends_a_render_the_alarm_cannot_reach() -> None:
    if not deadline.available():
        pytest.skip("no SIGALRM here")
    done = subprocess.run(
        [sys.executable, "-c", WATCHDOG], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 4
    assert done.stderr == "m.toml: timed out after 0.5 s; stopped\n"

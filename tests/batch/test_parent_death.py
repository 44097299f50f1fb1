"""Workers die with their parent and never hold its output pipes (issue 15, item 5).

Before: after SIGTERM or SIGKILL of pogen both workers stayed alive, went on writing,
and held pogen's stdout and stderr, so a caller reading pogen's output hung.  Here a
real pogen batch (its render stood in for by one that hangs) is killed while its
workers are busy; the caller's read of its output must end, and the workers must go.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import BASE_CASE, ROOT

SCRIPT = """
import os, sys, time
from pathlib import Path
from pogen import pipeline
from pogen.batch import render_batch

marks = Path(sys.argv[1])

def hang(source, *args, **kwargs):
    (marks / f"worker-{os.getpid()}").write_text("")
    print("a worker writes to its stdout", flush=True)
    while True:
        time.sleep(0.05)

pipeline.render_source = hang
print("pogen is running", flush=True)
render_batch(sys.argv[2:], marks / "out", jobs=2, timeout=3600)
"""


def _state(pid: int) -> str:
    """A process's state letter from /proc (Z: a zombie, dead but not yet reaped), or
    "" when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return stat.rsplit(")", 1)[1].split()[0]


def _wait(condition: object, limit: float = 60) -> bool:
    """Poll ``condition`` until it holds or ``limit`` seconds pass (a guard against a
    hang, not a measure of speed)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(sys.platform != "linux", reason="reads process states from /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_workers_die_with_their_parent_and_release_its_pipes(
    tmp_path: Path, sig: signal.Signals
) -> None:
    cases = []
    for name in ("a", "b", "c"):
        case = tmp_path / f"{name}.toml"
        case.write_bytes(BASE_CASE.read_bytes())
        cases.append(str(case))
    script = tmp_path / "parent.py"
    script.write_text(SCRIPT)
    parent = subprocess.Popen(
        [sys.executable, str(script), str(tmp_path), *cases],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    try:
        assert _wait(lambda: len(list(tmp_path.glob("worker-*"))) == 2), "workers never started"
        workers = [int(p.name.split("-")[1]) for p in tmp_path.glob("worker-*")]
        assert all(_state(pid) not in ("", "Z") for pid in workers)
        parent.send_signal(sig)
        out, _err = parent.communicate(timeout=60)  # hangs if a worker holds the pipes
    finally:
        parent.kill()
        parent.wait()
    assert b"pogen is running" in out
    assert b"a worker writes" not in out  # a worker's stdout is not the caller's
    assert _wait(lambda: all(_state(pid) in ("", "Z") for pid in workers)), [
        (pid, _state(pid)) for pid in workers
    ]

"""Batch isolation: a matter that crashes its worker or hangs fails alone, with its reason."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pogen import pipeline
from pogen.batch import FAILED, RENDERED, render_batch
from pogen.batch.pool import run_isolated, will_fork
from pogen.case.source import CaseSource
from pogen.cli.app import app
from pogen.docx.package import verify_package
from tests.conftest import BASE_CASE

REAL_RENDER = pipeline.render_source


def _misbehaving_render(source: CaseSource, *args: object, **kwargs: object) -> object:
    """Stands in for render_source in the forked workers: some matters misbehave."""
    name = source.path.stem
    if name == "crash":
        os.kill(os.getpid(), signal.SIGKILL)  # as a segfault in a C extension would
    if name == "hang":
        time.sleep(3600)
    if name == "slowdisk":  # hangs with its temporary file open, before the rename
        os.fsync = lambda fd: time.sleep(3600)  # only in this worker, which is then stopped
    return REAL_RENDER(source, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def misbehaving(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    if sys.platform != "linux" or not will_fork():
        pytest.skip("the stand-in reaches workers only when they are forked")
    monkeypatch.setattr(pipeline, "render_source", _misbehaving_render)
    folder = tmp_path / "cases"
    folder.mkdir()
    names = ["a", "crash", "b", "hang", "c", "d"]
    for name in names:
        (folder / f"{name}.toml").write_bytes(BASE_CASE.read_bytes())
    return [folder / f"{name}.toml" for name in names]


def test_crash_and_hang_fail_alone(misbehaving: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch = render_batch(misbehaving, out, jobs=2, timeout=3)
    status = {r.source.stem: r for r in batch.results}
    assert status["crash"].status == FAILED
    assert status["crash"].error.endswith("crash.toml: the worker was killed by SIGKILL")
    assert status["hang"].status == FAILED
    assert status["hang"].error.endswith("hang.toml: timed out after 3 s; stopped")
    for name in ("a", "b", "c", "d"):
        assert status[name].status == RENDERED, status[name].error
        docx = out / f"{name}_protective_order.docx"
        verify_package(docx.read_bytes(), docx.name)
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith("pogen-")) == [
        f"{n}_protective_order.docx" for n in "abcd"
    ]  # no partial file from the killed workers


def test_cli_reports_crash_and_timeout(misbehaving: list[Path], tmp_path: Path) -> None:
    folder = misbehaving[0].parent
    args = ["render", str(folder), "-o", str(tmp_path / "out"), "-j", "2", "--timeout", "2"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert "6 matters: 4 rendered, 2 failed, 0 skipped (up to date)" in result.stdout
    assert "crash.toml: the worker was killed by SIGKILL" in result.stderr
    assert "hang.toml: timed out after 2 s; stopped" in result.stderr


def test_a_stopped_worker_leaves_no_temporary_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    if sys.platform != "linux" or not will_fork():
        pytest.skip("the stand-in reaches workers only when they are forked")
    monkeypatch.setattr(pipeline, "render_source", _misbehaving_render)
    folder = tmp_path / "cases"
    folder.mkdir()
    for name in ("slowdisk", "fine"):
        (folder / f"{name}.toml").write_bytes(BASE_CASE.read_bytes())
    out = tmp_path / "out"
    batch = render_batch([folder], out, jobs=2, timeout=2)
    status = {r.source.stem: r for r in batch.results}
    assert status["slowdisk"].error.endswith("timed out after 2 s; stopped")
    assert status["fine"].status == RENDERED
    assert sorted(p.name for p in out.iterdir()) == [
        "fine_protective_order.docx",
        "pogen-manifest.json",
    ]


def _square_or_die(n: int) -> int:
    if n == 3:
        os._exit(7)
    if n == 5:
        raise ValueError("five")
    return n * n


def test_pool_survives_worker_death_and_exceptions() -> None:
    outcomes = sorted(run_isolated(_square_or_die, range(8), jobs=2), key=lambda o: o.index)
    assert [o.value for o in outcomes] == [0, 1, 4, None, 16, None, 36, 49]
    assert outcomes[3].failure == "the worker exited unexpectedly (exit code 7)"
    assert outcomes[5].failure == "ValueError: five"

"""A batch's scan of current matters (``pogen.batch.run._scan``): the first matter the
stat cache does not know starts in a worker of its own before the scan, with the same
results as without; what workers read of case files is kept for the next run."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

from pogen.batch import RENDERED, SKIPPED, pool, render_batch, run, verdict
from pogen.batch.pool import Started, will_fork
from pogen.batch.statcache import StatCache
from tests.batch.conftest import SHORT, SHORT_EDITED
from tests.conftest import BASE_CASE

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not will_fork(), reason="an early start needs forked workers"
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Five matters whose case files the stat cache can trust at once."""
    monkeypatch.setattr(verdict, "RACY", 0.0)  # forked workers inherit it
    monkeypatch.setattr(run, "OVERLAP_AFTER", 2)
    cases = tmp_path / "cases"
    cases.mkdir()
    for name in "abcde":
        shutil.copy(BASE_CASE, cases / f"{name}.toml")
    return cases


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    started: list[Path] = []
    real = Started.__init__

    def counting(self: Started[object], function: object, item: object) -> None:
        started.append(item.source)  # type: ignore[attr-defined]
        real(self, function, item)  # type: ignore[arg-type]

    monkeypatch.setattr(Started, "__init__", counting)
    return started


def _digests(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("*"))}


def test_an_edited_matter_starts_before_the_scan_with_the_same_results(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, plain = tmp_path / "out", tmp_path / "plain"
    assert render_batch([folder], out, jobs=2).ok
    assert render_batch([folder], plain, jobs=2).ok
    target = folder / "c.toml"
    target.write_text(target.read_text(encoding="utf-8").replace(SHORT, SHORT_EDITED))
    started = _counting(monkeypatch)
    early = render_batch([folder], out, jobs=2)
    assert started == [target]  # the one matter the stat cache no longer knew
    monkeypatch.setattr(run, "OVERLAP_AFTER", 10_000)
    without = render_batch([folder], plain, jobs=2)
    assert started == [target]
    assert [(r.source, r.status) for r in early.results] == [
        (r.source, r.status) for r in without.results
    ]
    assert [r.status for r in early.results] == [SKIPPED, SKIPPED, RENDERED, SKIPPED, SKIPPED]
    seen = [repr(r).replace(str(out), "OUT") for r in early.results]
    assert seen == [repr(r).replace(str(plain), "OUT") for r in without.results]  # every field
    assert _digests(out) == _digests(plain)


def test_as_many_matters_as_workers_all_start_early(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert render_batch([folder], out, jobs=2).ok
    edited = [folder / "b.toml", folder / "e.toml"]
    for target in edited:
        target.write_text(target.read_text(encoding="utf-8").replace(SHORT, SHORT_EDITED))
    started = _counting(monkeypatch)
    batch = render_batch([folder], out, jobs=2)
    assert started == edited
    assert [r.status for r in batch.results] == [SKIPPED, RENDERED, SKIPPED, SKIPPED, RENDERED]


def test_no_early_start_for_many_unknown_matters_or_a_single_core(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = _counting(monkeypatch)
    assert render_batch([folder], tmp_path / "out", jobs=2).ok  # five unknown: the pool's
    assert render_batch([folder], tmp_path / "one", jobs=1, force=True).ok  # no other core
    assert started == []


def test_what_workers_read_is_kept_for_the_next_run(
    folder: Path, tmp_path: Path, handed: list[int]
) -> None:
    out = tmp_path / "out"
    assert [r.status for r in render_batch([folder], out, jobs=2).results] == [RENDERED] * 5
    cache = StatCache(out)
    assert all(cache.inputs(case) is not None for case in sorted(folder.glob("*.toml")))
    again = render_batch([folder], out, jobs=2)
    assert [r.status for r in again.results] == [SKIPPED] * 5
    assert handed == [5, 0]  # the first batch's five; then each decided here, no worker


def test_a_record_made_by_another_pogen_is_not_kept(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    cache = StatCache(out)
    cache.adopt(folder / "a.toml", {"build": "9.9.9/other", "stamp": []})
    assert cache.cases == {}


def _sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def _die(code: int) -> int:
    os._exit(code)


def _kill(_item: int) -> int:
    os.kill(os.getpid(), signal.SIGKILL)
    return 0


def test_a_started_task_gives_its_value_or_why_there_is_none() -> None:
    assert pool.Started(_sleep, 0.01).outcome().value == 0.01
    overdue = pool.Started(_sleep, 60).outcome(timeout=0.5)
    assert overdue.value is None and overdue.failure == "timed out after 0.5 s; stopped"
    assert pool.Started(_die, 3).outcome().failure.endswith("(exit code 3)")
    assert pool.Started(_kill, 0).outcome().failure == "the worker was killed by SIGKILL"
    cancelled = pool.Started(_sleep, 60)
    cancelled.cancel()
    cancelled.cancel()  # once is enough; twice is harmless
    assert not cancelled._worker.process.is_alive()

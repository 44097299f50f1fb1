"""Staleness from file status (``pogen.batch.statcache``): the same verdicts as reading
and hashing everything, for every change that must be seen."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from pogen.batch import (
    FAILED,
    RENDERED,
    SKIPPED,
    check_batch,
    matter,
    render_batch,
    statcache,
    verdict,
)
from pogen.batch.statcache import StatCache
from tests.batch.conftest import SHORT, SHORT_EDITED, edit_case_quietly, flip_a_byte_quietly
from tests.conftest import BASE_CASE


def _age(path: Path, seconds: float = 60) -> None:
    """Set a file's times in the past, so its status is settled (not racy)."""
    past = time.time() - seconds
    os.utime(path, (past, past))


@pytest.fixture
def rendered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setattr(verdict, "RACY", 0.0)  # ctime cannot be set back in a test
    cases = tmp_path / "cases"
    cases.mkdir()
    for name in ("a", "b", "c"):
        shutil.copy(BASE_CASE, cases / f"{name}.toml")
        _age(cases / f"{name}.toml")
    out = tmp_path / "out"
    assert [r.status for r in render_batch([cases], out, jobs=1).results] == [RENDERED] * 3
    for docx in out.glob("*.docx"):
        _age(docx)
    first = check_batch([cases], out)  # fills the cache
    assert [r.status for r in first.results] == [SKIPPED] * 3
    return cases, out


def _verdicts(cases: Path, out: Path) -> list[tuple[str, str]]:
    return [(r.status, r.error) for r in check_batch([cases], out).results]


def _uncached(cases: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    with monkeypatch.context() as patch:
        patch.setattr(StatCache, "inputs", lambda self, case: None)
        patch.setattr(StatCache, "sha256", lambda self, path, compute: compute(path))
        return _verdicts(cases, out)


def test_unchanged_matters_are_judged_from_the_cache(
    rendered: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cases, out = rendered
    loaded: list[Path] = []
    from pogen.case import load

    real = load.load_case

    def counting(path: Path) -> object:
        loaded.append(path)
        return real(path)

    monkeypatch.setattr(matter, "load_case", counting)
    assert _verdicts(cases, out) == [(SKIPPED, "")] * 3
    assert loaded == []  # no case file parsed again


@pytest.mark.parametrize(
    "change",
    [
        "edit-case",  # new text, same length
        "edit-output",  # an edited .docx whose size and mtime are put back
        "new-firm-file",  # a firm.toml appears above the case files
        "remove-output",
    ],
)
def test_every_change_is_seen_as_without_the_cache(
    rendered: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    cases, out = rendered
    target = cases / "b.toml"
    docx = out / "b_protective_order.docx"
    if change == "edit-case":
        edit_case_quietly(target)
    elif change == "edit-output":
        flip_a_byte_quietly(docx)
    elif change == "new-firm-file":
        firm = 'template = "pogen:stipulated_protective_order_modern"\n'
        (cases / "firm.toml").write_text(firm, encoding="utf-8")
    else:
        docx.unlink()
    got = _verdicts(cases, out)
    assert got == _uncached(cases, out, monkeypatch)
    assert got[1][0] == FAILED
    if change == "new-firm-file":  # it feeds every matter of the folder
        assert [status for status, _error in got] == [FAILED] * 3
    else:
        assert got[0] == (SKIPPED, "")


def test_a_damaged_cache_file_is_ignored(rendered: tuple[Path, Path]) -> None:
    cases, out = rendered
    cache = StatCache(out)
    assert cache.cases
    cache.path.write_text("{not json", encoding="utf-8")
    assert _verdicts(cases, out) == [(SKIPPED, "")] * 3
    assert StatCache(out).cases  # rebuilt


def test_a_recent_status_is_not_remembered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verdict, "RACY", 0.5)
    fresh = tmp_path / "f.bin"
    fresh.write_bytes(b"x")
    cache = StatCache(tmp_path)
    assert cache.sha256(fresh, lambda p: "digest") == "digest"
    assert cache.files == {}  # written just now: a second write could go unseen
    time.sleep(0.6)
    cache.sha256(fresh, lambda p: "digest")
    assert str(fresh.resolve()) in cache.files


def test_a_rerender_skips_current_matters_without_a_worker(
    rendered: tuple[Path, Path], handed: list[int]
) -> None:
    cases, out = rendered
    (cases / "c.toml").write_text(
        (cases / "c.toml").read_text(encoding="utf-8").replace(SHORT, SHORT_EDITED),
        encoding="utf-8",
    )
    batch = render_batch([cases], out, jobs=2)
    assert [r.status for r in batch.results] == [SKIPPED, SKIPPED, RENDERED]
    assert handed == [1]  # only the changed matter was handed on
    again = render_batch([cases], out, jobs=2, force=True)
    assert [r.status for r in again.results] == [RENDERED] * 3


def test_another_pogen_reads_the_case_files_again(
    rendered: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _cases, out = rendered
    assert StatCache(out).cases
    monkeypatch.setattr(statcache, "current_build", lambda: ("9.9.9", "other"))
    fresh = StatCache(out)
    assert fresh.cases == {}  # derived by another pogen: not used
    assert fresh.files  # file hashes do not depend on pogen

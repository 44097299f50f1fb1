"""A repeated ``--check`` answered from the files' status (``pogen.batch.verdict``):
given again only while nothing it was drawn from has moved, otherwise worked out in
full, with the same words and exit code either way."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pogen.batch
from pogen.batch import SKIPPED, check_batch, render_batch, verdict
from pogen.batch.collect import collect_cases, scanned
from pogen.cli import commands
from tests.batch.conftest import edit_case_quietly, flip_a_byte_quietly
from tests.conftest import BASE_CASE


def _age(path: Path) -> None:
    past = time.time() - 60
    os.utime(path, (past, past))


@pytest.fixture
def recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Three current matters (one in a subfolder) whose all-current check is recorded."""
    monkeypatch.setattr(verdict, "RACY", 0.0)  # ctime cannot be set back in a test
    cases = tmp_path / "cases"
    (cases / "sub").mkdir(parents=True)
    for name in ("a.toml", "b.toml", "sub/c.toml"):
        shutil.copy(BASE_CASE, cases / name)
        _age(cases / name)
    out = tmp_path / "out"
    render_batch([cases], out, jobs=1)
    assert [r.status for r in check_batch([cases], out).results] == [SKIPPED] * 3
    assert _replayed(cases, out) == 3
    return cases, out


def _replayed(cases: Path, out: Path, **options: object) -> int | None:
    return verdict.replay([cases], out, pdf=bool(options.get("pdf")), form=None)


def _check(
    cases: Path, out: Path, capsys: pytest.CaptureFixture[str], **options: object
) -> tuple[int, str, str]:
    code = commands.run_check([cases], out, **options)  # type: ignore[arg-type]
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_repeated_check_is_answered_without_checking(
    recorded: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cases, out = recorded
    full = _check(cases, out, capsys)
    assert full == (0, "all 3 outputs up to date\n", "")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the full check ran")

    monkeypatch.setattr(pogen.batch, "check_batch", refuse)
    assert _check(cases, out, capsys) == full


def _change(cases: Path, out: Path, change: str) -> None:
    docx = out / "b_protective_order.docx"
    target = cases / "b.toml"
    if change == "edit-case":  # same length, modification time put back
        edit_case_quietly(target)
    elif change == "edit-output":
        flip_a_byte_quietly(docx)
    elif change == "remove-output":
        docx.unlink()
    elif change == "add-case":
        shutil.copy(BASE_CASE, cases / "d.toml")
    elif change == "add-case-below":
        shutil.copy(BASE_CASE, cases / "sub" / "d.toml")
    elif change == "firm-file-beside":
        (cases / "firm.toml").write_text('template = "pogen:stipulated_protective_order_modern"\n')
    elif change == "firm-file-above":
        (cases.parent / "firm.toml").write_text(
            'template = "pogen:stipulated_protective_order_modern"\n'
        )
    elif change == "manifest":
        manifest = out / "pogen-manifest.json"
        manifest.write_bytes(manifest.read_bytes())
    else:
        raise AssertionError(change)


CHANGES = [
    "edit-case",
    "edit-output",
    "remove-output",
    "add-case",
    "add-case-below",
    "firm-file-beside",
    "firm-file-above",
    "manifest",
]


@pytest.mark.parametrize("change", CHANGES)
def test_any_change_means_the_full_check(
    recorded: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    change: str,
) -> None:
    cases, out = recorded
    if change == "manifest":
        assert (out / "pogen-manifest.json").is_file()
    _change(cases, out, change)
    assert _replayed(cases, out) is None
    answer = _check(cases, out, capsys)
    with monkeypatch.context() as patch:
        patch.setattr(verdict, "replay", lambda *args, **kwargs: None)
        assert _check(cases, out, capsys) == answer  # what the full check says
    if change == "manifest":  # same content: still current, and recorded again
        assert answer == (0, "all 3 outputs up to date\n", "")
        assert _replayed(cases, out) == 3
    else:
        assert answer[0] == 1
        assert _replayed(cases, out) is None  # a stale answer is never recorded


def test_a_firm_file_edit_is_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(verdict, "RACY", 0.0)
    cases = tmp_path / "cases"
    cases.mkdir()
    shutil.copy(BASE_CASE, cases / "a.toml")
    firm = cases / "firm.toml"
    firm.write_text('template = "pogen:stipulated_protective_order_modern"\n', encoding="utf-8")
    out = tmp_path / "out"
    render_batch([cases], out, jobs=1)
    assert _check(cases, out, capsys)[0] == 0
    assert _replayed(cases, out) == 1
    firm.write_text('template = "pogen:stipulated_protective_order"\n', encoding="utf-8")
    assert _replayed(cases, out) is None
    assert _check(cases, out, capsys)[0] == 1


@pytest.mark.parametrize(
    "question",
    [
        {"pdf": True},
        {"form": "bundle"},
        {"arguments": "one file"},
        {"cwd": "elsewhere"},
    ],
)
def test_another_question_is_not_answered(
    recorded: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, question: dict[str, object]
) -> None:
    cases, out = recorded
    if question.get("cwd"):
        monkeypatch.chdir(cases)
        assert verdict.replay([cases], out, pdf=False, form=None) is None
        return
    arguments = [cases / "a.toml"] if question.get("arguments") else [cases]
    pdf = bool(question.get("pdf"))
    form = question.get("form")
    assert verdict.replay(arguments, out, pdf=pdf, form=form) is None  # type: ignore[arg-type]


def test_a_template_or_git_ref_is_always_checked_in_full(
    recorded: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cases, out = recorded
    asked: list[object] = []
    monkeypatch.setattr(verdict, "replay", lambda *args, **kwargs: asked.append(args))
    template = commands.chosen_template("pogen:stipulated_protective_order", None)
    assert _check(cases, out, capsys, template=template)[0] == 0
    assert asked == []


def test_a_recent_change_is_not_recorded(
    recorded: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cases, out = recorded
    monkeypatch.setattr(verdict, "RACY", 3600.0)  # every status is "just now"
    verdict._record_path(out).unlink()
    assert [r.status for r in check_batch([cases], out).results] == [SKIPPED] * 3
    assert not verdict._record_path(out).exists()
    assert _replayed(cases, out) is None


def test_a_damaged_record_is_ignored_and_rebuilt(recorded: tuple[Path, Path]) -> None:
    cases, out = recorded
    path = verdict._record_path(out)
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    assert _replayed(cases, out) is None
    check_batch([cases], out)
    assert _replayed(cases, out) == 3


def test_pogens_own_files_are_part_of_what_is_read() -> None:
    files = verdict.own_files()
    package = Path(pogen.batch.__file__).parent.parent
    assert str(package / "__init__.py") in files
    assert str(package / "templates" / "stipulated_protective_order.docx") in files
    assert str(package / "batch") in files  # a module added to a folder moves its status
    assert not any("__pycache__" in f for f in files)


def test_scanned_folders_cover_every_collected_case(tmp_path: Path) -> None:
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for name in ("a.toml", "x/b.toml", "x/y/c.toml", ".hidden/d.toml"):
        (tmp_path / name).write_text("", encoding="utf-8")
    folders = scanned([tmp_path])
    assert folders is not None
    for case in collect_cases([tmp_path]):
        assert str(case.parent) in folders
    assert str(tmp_path / ".hidden") not in folders  # never collected from
    assert scanned([str(tmp_path / "*.toml")]) is None  # a glob: no status vouches for it


def test_the_replay_starts_without_the_rest_of_pogen() -> None:
    code = (
        "import sys, pogen.batch.verdict\n"
        "print(*sorted(m for m in sys.modules if m.startswith('pogen')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert loaded == {
        "pogen",
        "pogen._version",
        "pogen.batch",
        "pogen.batch.verdict",
        "pogen.cache",
        "pogen.cache.disk",
    }


def test_the_command_line_replays_after_the_files_settle(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    shutil.copy(BASE_CASE, cases / "a.toml")
    out = tmp_path / "out"
    command = [sys.executable, "-X", "importtime", "-m", "pogen.cli.entry", "render"]
    subprocess.run([*command, str(cases), "-o", str(out)], capture_output=True, check=True)
    time.sleep(verdict.RACY + 0.2)  # the outputs were written just now
    runs = [
        subprocess.run(
            [*command, str(cases), "-o", str(out), "--check"],
            capture_output=True,
            text=True,
            check=False,
        )
        for _ in range(2)
    ]
    assert [(r.returncode, r.stdout) for r in runs] == [(0, "all 1 outputs up to date\n")] * 2
    # (pogen.batch.run itself comes through importlib, which -X importtime does not list)
    assert "pogen.batch.collect" in runs[0].stderr  # the full check, which recorded
    assert "pogen.batch.collect" not in runs[1].stderr  # answered from the status alone

"""Batch rendering: many matters, failures reported, outputs current, executors."""

from __future__ import annotations

import hashlib
import io
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pogen import render_batch
from pogen.batch import (
    FAILED,
    RENDERED,
    BatchResult,
    MatterResult,
    check_batch,
    collect_cases,
)
from pogen.batch.manifest import MANIFEST_NAME
from pogen.cli.app import app
from pogen.cli.progress import Reporter
from pogen.docx.package import verify_package
from pogen.errors import ExitCode, UserError
from tests.conftest import BASE_CASE, EXAMPLES, ROOT, require_soffice

runner = CliRunner()
TITLE = "Acme Widgets v. Borealis Logistics"
BROKEN_LINE = f'short_title = "{TITLE}"'


def _matters(folder: Path, count: int, *, broken: int | None = None) -> list[Path]:
    """``count`` copies of the Acme example; number ``broken`` has an unknown key."""
    folder.mkdir(parents=True, exist_ok=True)
    text = BASE_CASE.read_text(encoding="utf-8")
    assert BROKEN_LINE in text
    paths = []
    for i in range(count):
        content = text if i != broken else text.replace(BROKEN_LINE, BROKEN_LINE + "\nshrot = 1")
        path = folder / f"matter_{i:03d}.toml"
        path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths


def _line_of(path: Path, needle: str) -> int:
    return next(
        n
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if needle in line
    )


def test_hundred_matters_one_broken(tmp_path: Path) -> None:
    paths = _matters(tmp_path / "cases", 100, broken=42)
    out = tmp_path / "out"
    result = runner.invoke(app, ["render", str(tmp_path / "cases"), "-o", str(out), "-j", "2"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    broken = paths[42]
    line = _line_of(broken, "shrot = 1")
    assert f"failed: {broken}:{line}:1: case.shrot: unknown key 'shrot' [unknown-key]" in (
        result.stderr
    )
    assert f"  {broken}:{line}:1: case.shrot: unknown key 'shrot'" in result.stderr  # summary
    assert "100 matters: 99 rendered, 1 failed, 0 skipped (up to date)" in result.stdout
    progress = [line for line in result.stdout.splitlines() if " wrote " in line]
    assert len(progress) == 99
    assert {line.split("]")[0] for line in progress} <= {f"[{i}/100" for i in range(1, 101)}
    written = sorted(p.name for p in out.glob("*.docx"))
    assert len(written) == 99
    assert "matter_042_protective_order.docx" not in written
    for docx in out.glob("*.docx"):
        verify_package(docx.read_bytes(), docx.name)
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert len(manifest["matters"]) == 99


def test_check_after_render_and_after_an_edit(tmp_path: Path) -> None:
    paths = _matters(tmp_path / "cases", 3)
    out = tmp_path / "out"
    args = ["render", str(tmp_path / "cases"), "-o", str(out), "-j", "2"]
    assert runner.invoke(app, args).exit_code == 0
    before = {p: p.stat().st_mtime_ns for p in out.iterdir()}
    check = runner.invoke(app, [*args, "--check"])
    assert check.exit_code == 0, check.output
    assert "all 3 outputs up to date" in check.stdout
    edited = paths[1]
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace(TITLE, TITLE + " Two"), encoding="utf-8")
    stale = runner.invoke(app, [*args, "--check"])
    assert stale.exit_code == ExitCode.INVALID
    assert f"{edited}: {out / 'matter_001_protective_order.docx'} is stale (case data changed)" in (
        stale.stderr
    )
    assert "1 of 3 outputs missing or stale" in stale.stderr
    assert str(paths[0]) not in stale.stderr
    assert {p: p.stat().st_mtime_ns for p in out.iterdir()} == before  # --check wrote nothing
    again = runner.invoke(app, args)
    assert again.exit_code == 0
    assert "3 matters: 1 rendered, 0 failed, 2 skipped (up to date)" in again.stdout
    forced = runner.invoke(app, [*args, "--force"])
    assert "3 matters: 3 rendered, 0 failed, 0 skipped" in forced.stdout


def test_edited_output_and_changed_template_are_stale(tmp_path: Path) -> None:
    [path] = _matters(tmp_path / "cases", 1)
    out = tmp_path / "out"
    template = tmp_path / "firm.docx"
    shutil.copy(ROOT / "templates" / "stipulated_protective_order.docx", template)
    assert render_batch([path], out, jobs=1, template=template).rendered
    assert render_batch([path], out, jobs=1, template=template).skipped
    docx = out / "matter_000_protective_order.docx"
    docx.write_bytes(docx.read_bytes() + b"\0")
    edited_bytes = docx.read_bytes()
    [edited] = check_batch([path], out, template=template).failed
    assert edited.code == "output-conflict"
    assert f"{docx} was edited since pogen wrote it; pogen render keeps it" in edited.error
    [result] = render_batch([path], out, jobs=1, template=template).results
    assert result.status == FAILED  # the edited output is kept (issue 15, item 6)
    assert result.code == "output-conflict"
    assert docx.read_bytes() == edited_bytes
    [result] = render_batch([path], out, jobs=1, template=template, force=True).results
    assert result.status == RENDERED
    template.write_bytes(template.read_bytes() + b"\0")
    [stale] = check_batch([path], out, template=template).failed
    assert stale.error.endswith("(template changed)")


def test_output_name_clash_is_reported_and_nothing_overwritten(tmp_path: Path) -> None:
    first = _matters(tmp_path / "east", 1)[0]
    second = _matters(tmp_path / "west", 1)[0]
    out = tmp_path / "out"
    batch = render_batch([tmp_path / "east", tmp_path / "west"], out, jobs=1)
    assert [r.status for r in batch.results] == [FAILED, FAILED]
    assert f"also produced by {second}" in batch.results[0].error
    assert f"also produced by {first}" in batch.results[1].error
    assert not out.exists()


def test_collect_cases_files_folders_and_globs(tmp_path: Path) -> None:
    paths = _matters(tmp_path / "cases" / "deep", 2)
    hidden = tmp_path / "cases" / ".git" / "x.toml"
    hidden.parent.mkdir()
    hidden.write_text("", encoding="utf-8")
    assert collect_cases([tmp_path / "cases"]) == paths
    assert collect_cases([f"{tmp_path}/cases/**/*_001.toml"]) == [paths[1]]
    assert collect_cases([paths[0], tmp_path / "cases"]) == paths  # no duplicates
    assert collect_cases([tmp_path / "missing.toml"]) == [tmp_path / "missing.toml"]
    with pytest.raises(UserError, match="no file matches this pattern"):
        collect_cases([f"{tmp_path}/*.nothing"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError, match="no case files"):
        collect_cases([tmp_path / "empty"])


@pytest.mark.parametrize("kind", ["thread", "process"])
def test_any_executor_renders_the_batch(tmp_path: Path, kind: str) -> None:
    reference = render_batch(EXAMPLES, tmp_path / "ref", jobs=2)
    executor = (
        ThreadPoolExecutor(2)
        if kind == "thread"
        else ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"))
    )  # spawn: jobs must travel pickled, as to a remote executor
    with executor:
        batch = render_batch(EXAMPLES, tmp_path / kind, executor=executor)
    assert [r.status for r in batch.results] == [RENDERED] * len(EXAMPLES)
    for ours, theirs in zip(batch.results, reference.results, strict=True):
        assert ours.docx is not None
        assert theirs.docx is not None
        assert ours.docx.read_bytes() == theirs.docx.read_bytes()
    assert (tmp_path / kind / MANIFEST_NAME).read_bytes().replace(b'"../', b'"') == (
        tmp_path / "ref" / MANIFEST_NAME
    ).read_bytes().replace(b'"../', b'"')


def test_pdf_uses_one_libreoffice_launch_per_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    launches: list[list[Path]] = []

    def fake_convert(
        groups: list[list[Path]], timeout: float = 300, on_done: Any = None
    ) -> dict[Path, Path]:
        done = {}
        for documents in groups:
            launches.append(documents)
            for document in documents:
                document.with_suffix(".pdf").write_bytes(b"%PDF-1.4 fake\n%%EOF\n")
                done[document] = document.with_suffix(".pdf")
                on_done(document, done[document])
        return done

    monkeypatch.setattr("pogen.output.pdf.convert_many", fake_convert)
    paths = _matters(tmp_path / "cases", 5)
    batch = render_batch(paths, tmp_path / "out", jobs=2, pdf=True)
    assert len(launches) == 2
    assert sorted(len(chunk) for chunk in launches) == [2, 3]
    assert all(r.pdf is not None and r.pdf.is_file() for r in batch.results)
    again = render_batch(paths, tmp_path / "out", jobs=2, pdf=True)
    assert len(again.skipped) == 5


def test_pdf_batch_with_libreoffice(tmp_path: Path) -> None:
    require_soffice()
    paths = _matters(tmp_path / "cases", 2)
    batch = render_batch(paths, tmp_path / "out", jobs=2, pdf=True)
    assert batch.ok, [r.error for r in batch.results]
    for result in batch.results:
        assert result.pdf is not None
        assert result.pdf.read_bytes().startswith(b"%PDF-")


def test_reporter_draws_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    err = io.StringIO()
    reporter = Reporter(single=False, tty=True, out=io.StringIO(), err=err)
    reporter.start(2)
    ok = MatterResult(tmp_path / "a.toml", RENDERED, docx=tmp_path / "a.docx")
    bad = MatterResult(tmp_path / "b.toml", FAILED, error="b.toml:3:1: broken [x]\nmore")
    reporter.result(ok)
    reporter.result(bad)
    code = reporter.finish(BatchResult([ok, bad]))
    assert code == 1
    assert "2/2" in err.getvalue()
    assert "b.toml:3:1: broken [x]" in err.getvalue()


def test_single_matter_output_is_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = runner.invoke(app, ["render", str(EXAMPLES[0]), "-o", str(out)])
    assert first.exit_code == 0
    assert first.stdout == f"wrote {out / (EXAMPLES[0].stem + '_protective_order.docx')}\n"
    second = runner.invoke(app, ["render", str(EXAMPLES[0]), "-o", str(out)])
    assert second.exit_code == 0
    assert "is up to date (add --force to render it again)" in second.stdout


def _git(cwd: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


def test_changed_since_renders_only_changed_matters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shutil.which("git") is None:
        pytest.skip("git not installed")
    repo = tmp_path / "repo"
    paths = _matters(repo / "cases", 3)
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "cases")
    text = paths[2].read_text(encoding="utf-8")
    paths[2].write_text(text.replace(TITLE, TITLE + " II"), encoding="utf-8")
    new = repo / "cases" / "new.toml"
    new.write_text(text, encoding="utf-8")
    monkeypatch.chdir(repo)
    batch = render_batch(["cases"], "out", jobs=1, since="HEAD")
    assert sorted(r.source.name for r in batch.results) == ["matter_002.toml", "new.toml"]
    with pytest.raises(UserError, match="not a commit"):
        render_batch(["cases"], "out", jobs=1, since="no-such-ref")


REPRODUCE = """
import sys
from pogen.pipeline import render_case
print(render_case(sys.argv[1], sys.argv[2]).docx)
"""


def test_two_processes_give_identical_bytes(tmp_path: Path) -> None:
    outputs = []
    for run, zone in enumerate(("UTC", "America/Los_Angeles")):
        env = {**os.environ, "TZ": zone, "PYTHONHASHSEED": str(run)}
        env.pop("SOURCE_DATE_EPOCH", None)
        done = subprocess.run(
            [sys.executable, "-c", REPRODUCE, str(EXAMPLES[1]), str(tmp_path / f"run{run}")],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        outputs.append(Path(done.stdout.strip()).read_bytes())
    assert outputs[0] == outputs[1]


def test_firm_file_changes_make_outputs_stale(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()  # the search for firm.toml stops here
    firm = tmp_path / "firm.toml"
    firm.write_text("[options]\nfre_502d = true\n", encoding="utf-8")
    text = BASE_CASE.read_text(encoding="utf-8")
    assert "fre_502d = true\n" in text
    case = tmp_path / "matters" / "acme.toml"
    case.parent.mkdir()
    case.write_text(text.replace("fre_502d = true\n", ""), encoding="utf-8")
    out = tmp_path / "out"
    assert render_batch([case], out, jobs=1).rendered
    assert not check_batch([case], out).failed
    firm.write_text("[options]\nfre_502d = false\n", encoding="utf-8")
    [stale] = check_batch([case], out).failed
    assert stale.error.endswith("(case data changed)")
    assert render_batch([case], out, jobs=1).rendered
    firm.write_text(
        'template = "pogen:stipulated_protective_order_modern"\n[options]\nfre_502d = false\n',
        encoding="utf-8",
    )
    [stale] = check_batch([case], out).failed
    assert stale.error.endswith("(template changed)")
    [result] = render_batch([case], out, jobs=1).results
    modern = ROOT / "templates" / "stipulated_protective_order_modern.docx"
    assert result.template_sha256 == hashlib.sha256(modern.read_bytes()).hexdigest()
    assert not check_batch([case], out).failed

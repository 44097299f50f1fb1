"""No silent overwrites, and a manifest that keeps every run's entries (issue 15, items 6, 8).

Before: a later run replaced another matter's order without a word (``a/acme.toml``
then ``b/acme.toml``; names differing only by case), an order edited in Word since it
was rendered was overwritten, and ``--check`` told the user to run the command that
destroys the edit; concurrent runs into one folder kept 10-20 of 40 manifest entries;
a full disk at the manifest write lost the batch summary.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pogen import render_batch
from pogen.batch import FAILED, RENDERED, SKIPPED, check_batch
from pogen.batch.manifest import MANIFEST_NAME, Entry, Manifest
from pogen.cli.app import app
from pogen.errors import ExitCode, OutputError
from tests.conftest import BASE_CASE, ROOT

runner = CliRunner()
NATURE = "nature = "


def _case(path: Path, *, variant: str = "") -> Path:
    """The Acme example at ``path``; ``variant`` changes its nature (another matter)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = BASE_CASE.read_text(encoding="utf-8")
    if variant:
        text = text.replace('nature = """', f'nature = """{variant} ', 1)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_case_file_of_the_same_name_elsewhere_does_not_replace_the_first(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    first = _case(tmp_path / "a" / "acme.toml")
    second = _case(tmp_path / "b" / "acme.toml", variant="Another matter.")
    assert render_batch([first], out, jobs=1).ok
    docx = out / "acme_protective_order.docx"
    original = docx.read_bytes()
    [result] = render_batch([second], out, jobs=1).results
    assert result.status == FAILED
    assert result.code == "output-conflict"
    assert result.exit_code == ExitCode.OUTPUT
    assert result.error.endswith(
        "acme_protective_order.docx: kept, not overwritten: it was rendered from another "
        "case file, ../a/acme.toml; pass --force to replace it (the file on disk is lost)"
    )
    assert docx.read_bytes() == original
    [forced] = render_batch([second], out, jobs=1, force=True).results
    assert forced.status == RENDERED
    assert docx.read_bytes() != original
    entry = Manifest(out).entries["acme_protective_order.docx"]
    assert entry.case_file == "../b/acme.toml"


def test_an_order_edited_in_word_is_kept_and_check_says_so(tmp_path: Path) -> None:
    out = tmp_path / "out"
    case = _case(tmp_path / "cases" / "acme.toml")
    args = ["render", str(case), "-o", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    docx = out / "acme_protective_order.docx"
    docx.write_bytes(docx.read_bytes() + b"edited in Word")
    edited = docx.read_bytes()
    check = runner.invoke(app, [*args, "--check"])
    assert check.exit_code == ExitCode.INVALID
    assert "was edited since pogen wrote it; pogen render keeps it" in check.stderr
    assert "run pogen render to update" not in check.stderr  # it would not, and must not
    assert "1 kept by pogen render (edited, or another matter's)" in check.stderr
    # The case file changes too: the order is stale, and still not overwritten.
    case.write_text(case.read_text().replace('nature = """', 'nature = """New. ', 1))
    result = runner.invoke(app, args)
    assert result.exit_code == ExitCode.OUTPUT
    assert "kept, not overwritten: it was edited since pogen wrote it" in result.stderr
    assert docx.read_bytes() == edited
    assert runner.invoke(app, [*args, "--force"]).exit_code == 0
    assert docx.read_bytes() != edited


def test_a_file_pogen_has_no_record_of_is_kept_unless_it_is_what_pogen_would_write(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    case = _case(tmp_path / "acme.toml")
    assert render_batch([case], out, jobs=1).ok
    (out / MANIFEST_NAME).unlink()  # as after a run killed before it saved its manifest
    [again] = render_batch([case], out, jobs=1).results
    assert again.status == RENDERED  # the same bytes: nothing is lost, the record returns
    assert "acme_protective_order.docx" in Manifest(out).entries
    (out / MANIFEST_NAME).unlink()
    (out / "acme_protective_order.docx").write_bytes(b"someone else's file")
    [kept] = render_batch([case], out, jobs=1).results
    assert kept.status == FAILED
    assert "pogen has no record of writing it" in kept.error
    assert (out / "acme_protective_order.docx").read_bytes() == b"someone else's file"


def test_a_failed_render_keeps_the_record_of_the_file_on_disk(tmp_path: Path) -> None:
    out = tmp_path / "out"
    case = _case(tmp_path / "acme.toml")
    assert render_batch([case], out, jobs=1).ok
    text = case.read_text()
    case.write_text(text.replace("[court]", "shrot = 1\n[court]", 1))  # now invalid
    assert render_batch([case], out, jobs=1).results[0].status == FAILED
    case.write_text(text.replace('nature = """', 'nature = """Fixed. ', 1))
    [fixed] = render_batch([case], out, jobs=1).results  # pogen's own file: replaced
    assert fixed.status == RENDERED, fixed.error


def test_names_that_differ_only_by_case_clash_within_and_across_runs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    upper = _case(tmp_path / "x" / "Acme.toml")
    lower = _case(tmp_path / "y" / "acme.toml", variant="Other.")
    batch = render_batch([upper, lower], out, jobs=1)
    assert [r.code for r in batch.results] == ["output-clash", "output-clash"]
    assert render_batch([upper], out, jobs=1).ok
    [result] = render_batch([lower], out, jobs=1).results
    assert result.status == FAILED
    assert result.code == "output-conflict"
    assert "would replace Acme_protective_order.docx, rendered from ../x/Acme.toml" in result.error
    assert sorted(p.name for p in out.glob("*.docx")) == ["Acme_protective_order.docx"]


def test_the_pdf_beside_an_order_is_kept_when_edited(tmp_path: Path) -> None:
    out = tmp_path / "out"
    case = _case(tmp_path / "acme.toml")
    assert render_batch([case], out, jobs=1).ok
    manifest = Manifest(out)
    entry = manifest.entries["acme_protective_order.docx"]
    pdf = out / "acme_protective_order.pdf"
    pdf.write_bytes(b"%PDF-1.7 edited\n%%EOF\n")
    manifest.record(
        pdf.with_suffix(".docx").name, Entry(**{**entry.as_json(), "pdf_sha256": "0" * 64})
    )
    manifest.save()
    [result] = render_batch([case], out, jobs=1, pdf=True).results
    assert result.status == FAILED
    assert "acme_protective_order.pdf: kept, not overwritten: it was edited" in result.error


def test_two_runs_saving_at_once_keep_both_runs_entries(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    first, second = Manifest(out), Manifest(out)  # both read the folder before either saves
    entry = Entry("../a.toml", "1" * 64, "2" * 64, "3" * 64)
    first.record("a_protective_order.docx", entry)
    second.record("b_protective_order.docx", entry)
    first.save()
    second.save()
    assert sorted(Manifest(out).entries) == ["a_protective_order.docx", "b_protective_order.docx"]


CONCURRENT = """
import sys
from pogen import render_batch
batch = render_batch(sys.argv[2:], sys.argv[1], jobs=1)
assert batch.ok, [r.error for r in batch.failed]
"""


def test_concurrent_runs_into_one_folder_keep_every_entry(tmp_path: Path) -> None:
    out = tmp_path / "out"
    runs = []
    for run in range(4):
        cases = [str(_case(tmp_path / f"run{run}" / f"m{run}_{i}.toml")) for i in range(10)]
        runs.append(
            subprocess.Popen(
                [sys.executable, "-c", CONCURRENT, str(out), *cases],
                cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
                stderr=subprocess.PIPE,
            )
        )
    for proc in runs:
        _out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err.decode()
    matters = json.loads((out / MANIFEST_NAME).read_text())["matters"]
    assert len(matters) == 40
    assert sorted(p.name for p in out.iterdir() if not p.name.endswith(".docx")) == [
        MANIFEST_NAME
    ]  # no lock file, no temporary file left


def test_a_full_disk_at_the_manifest_write_still_prints_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: Manifest) -> None:
        raise OutputError(
            f"{self.path}: cannot write (No space left on device); nothing was changed"
        )

    monkeypatch.setattr(Manifest, "save", full)
    cases = [_case(tmp_path / "c" / f"m{i}.toml") for i in range(2)]
    result = runner.invoke(
        app, ["render", str(tmp_path / "c"), "-o", str(tmp_path / "out"), "-j", "1"]
    )
    assert "2 matters: 2 rendered, 0 failed, 0 skipped (up to date)" in result.stdout
    assert "No space left on device" in result.stderr
    assert "the next run will not know them" in result.stderr
    assert result.exit_code == ExitCode.OUTPUT
    assert len(list((tmp_path / "out").glob("*.docx"))) == len(cases)
    check = check_batch(cases, tmp_path / "out")
    assert {r.status for r in check.results} <= {FAILED, SKIPPED}

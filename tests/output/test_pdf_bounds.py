"""LibreOffice bounded per file, killed with its process group, stopped by Ctrl-C at once
(issue 15, item 7).

Before: a hung ``soffice`` cost (1 + N/jobs) x 300 s, ``--timeout`` was ignored there and
N+1 converters were left running (only the launcher was killed, never its children);
Ctrl-C during the PDF phase relaunched LibreOffice for minutes and ended in a traceback;
no finished PDF reached the manifest; the PDF phase showed no progress.  A stand-in
LibreOffice (a script named ``soffice`` first on PATH) converts normally, hangs on a
document whose name says "hang", and starts a child process as the real one does.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pogen import render_batch
from pogen.batch import FAILED, RENDERED
from pogen.batch.manifest import MANIFEST_NAME
from pogen.cli.app import app
from tests.conftest import BASE_CASE, ROOT

FAKE_SOFFICE = """\
#!{python}
import os, subprocess, sys, time
from pathlib import Path

args = sys.argv[1:]
outdir = Path(args[args.index("--outdir") + 1])
outdir.mkdir(parents=True, exist_ok=True)
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)"])
with open(os.environ["FAKE_SOFFICE_LOG"], "a") as log:
    log.write(f"{{os.getpid()}} {{child.pid}}\\n")
for doc in args[args.index("--outdir") + 2 :]:
    if "hang" in Path(doc).stem:
        time.sleep(3600)
    (outdir / (Path(doc).stem + ".pdf")).write_bytes(b"%PDF-1.7 stand-in\\n%%EOF\\n")
child.kill()
"""


@pytest.fixture
def fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if sys.platform != "linux":
        pytest.skip("reads process states from /proc")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    soffice = bin_dir / "soffice"
    soffice.write_text(FAKE_SOFFICE.format(python=sys.executable), encoding="utf-8")
    soffice.chmod(soffice.stat().st_mode | stat.S_IXUSR)
    log = tmp_path / "soffice.log"
    log.touch()
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_SOFFICE_LOG", str(log))
    return log


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _launched(log: Path) -> list[int]:
    return [int(pid) for line in log.read_text().splitlines() for pid in line.split()]


def _cases(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        path = folder / f"{name}.toml"
        path.write_bytes(BASE_CASE.read_bytes())
        paths.append(path)
    return paths


def test_a_hung_conversion_costs_one_timeout_and_leaves_no_converter(
    tmp_path: Path, fake_soffice: Path
) -> None:
    cases = _cases(tmp_path / "cases", "a", "b_hang", "c")
    batch = render_batch(cases, tmp_path / "out", jobs=1, pdf=True, timeout=2)
    status = {r.source.stem: r for r in batch.results}
    assert status["a"].status == RENDERED and status["a"].pdf is not None
    assert status["c"].status == RENDERED and status["c"].pdf is not None  # a fresh launch
    assert status["b_hang"].status == FAILED
    assert status["b_hang"].code == "pdf-timeout"
    assert status["b_hang"].error.endswith("did not convert it within 2 s; stopped")
    launched = _launched(fake_soffice)
    assert len(launched) == 4  # two launches, each with its child
    assert not [pid for pid in launched if _alive(pid)]
    entries = json.loads((tmp_path / "out" / MANIFEST_NAME).read_text())["matters"]
    assert entries["a_protective_order.docx"]["pdf_sha256"]
    assert "pdf_sha256" not in entries["b_hang_protective_order.docx"]


def test_the_pdf_phase_shows_progress(tmp_path: Path, fake_soffice: Path) -> None:
    _cases(tmp_path / "cases", "a", "b")
    result = CliRunner().invoke(
        app, ["render", str(tmp_path / "cases"), "-o", str(tmp_path / "out"), "--pdf", "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.startswith("[PDF ")]
    assert [line.split(" wrote ")[0] for line in lines] == ["[PDF 1/2]", "[PDF 2/2]"]
    assert lines[0].endswith("a_protective_order.pdf")


def test_ctrl_c_in_the_pdf_phase_stops_at_once_and_records_what_is_done(
    tmp_path: Path, fake_soffice: Path
) -> None:
    _cases(tmp_path / "cases", "a", "b_hang", "c")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pogen.cli.entry", "render", str(tmp_path / "cases"), "-o",
         str(out), "--pdf", "-j", "1"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not (out / "a_protective_order.pdf").exists():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the first PDF never appeared"
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)  # once
        _stdout, stderr = proc.communicate(timeout=60)  # not minutes of relaunching
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 130
    assert b"interrupted" in stderr
    assert b"Traceback" not in stderr
    launched = _launched(fake_soffice)
    assert len(launched) == 2  # one launch, never relaunched after Ctrl-C
    assert not [pid for pid in launched if _alive(pid)]
    entries = json.loads((out / MANIFEST_NAME).read_text())["matters"]
    assert sorted(entries) == [f"{n}_protective_order.docx" for n in ("a", "b_hang", "c")]
    assert entries["a_protective_order.docx"]["pdf_sha256"]  # the next run keeps it
    assert not (out / "c_protective_order.pdf").exists()

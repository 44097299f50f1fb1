"""Confidentiality: case data stays out of logs, tracebacks and shared temporary places."""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pogen.cli.app import app
from pogen.errors import ExitCode, ValidationError
from pogen.output.atomic import host_tag
from pogen.output.pdf import convert_to_pdf, remove_stale_workdirs
from pogen.pipeline import check_case, render_case
from tests.conftest import EXAMPLES

# Phrases from the Acme example that must never reach a log or a traceback.
SECRETS = ("Acme Widgets", "misrouting Acme", "slotting algorithm", "jdoe@doeroe.example")


def test_no_case_data_in_logs_even_at_debug(
    caplog: pytest.LogCaptureFixture, tmp_path: Path, case_file: Any
) -> None:
    caplog.set_level(logging.DEBUG)  # stricter than the default (WARNING)
    render_case(EXAMPLES[0], tmp_path)
    with pytest.raises(ValidationError):
        check_case(case_file(('email = "jdoe@doeroe.example"', 'email = "not-an-email"')))
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for secret in (*SECRETS, "not-an-email"):
        assert secret not in logged


def _crash(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("renderer exploded")


@pytest.mark.parametrize("debug", [False, True])
def test_internal_error_shows_no_locals(
    debug: bool, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("pogen.document.render.render_document", _crash)
    args = ["--debug"] if debug else []
    result = CliRunner().invoke(app, [*args, "render", str(EXAMPLES[0]), "-o", str(tmp_path)])
    assert result.exit_code == ExitCode.INTERNAL
    assert "internal error: RuntimeError: renderer exploded" in result.stderr
    assert ("Traceback" in result.stderr) is debug
    for secret in SECRETS:
        assert secret not in result.stderr
    assert not any(tmp_path.iterdir())


DEAD_PID = 2**22 + 12345  # above the default pid_max: no such process


def test_only_folders_of_dead_conversions_are_removed(tmp_path: Path) -> None:
    host = host_tag()
    names = [
        f"pogen-pdf-{host}.{DEAD_PID}-x",
        f"pogen-pdf-{host}.{os.getppid()}-y",
        f"pogen-pdf-other-host.{DEAD_PID}-z",  # another host's, in a shared /tmp
        "pogen-pdf-abc",
        "other",
    ]
    for name in names:
        (tmp_path / name / "profile").mkdir(parents=True)
    assert remove_stale_workdirs(tmp_path) == [tmp_path / names[0]]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names[1:])


FAKE_SOFFICE = """\
#!{python}
# Stand-in for LibreOffice: records how it was run, fills its profile, writes PDFs.
import json, os, sys
from pathlib import Path
from urllib.parse import unquote, urlparse

args = sys.argv[1:]
profile = Path(unquote(urlparse(args[0].split("=", 1)[1]).path))
outdir = Path(args[args.index("--outdir") + 1])
(profile / "user").mkdir(parents=True)
(profile / "user" / "registrymodifications.xcu").write_text("recent documents: ...")
outdir.mkdir(parents=True, exist_ok=True)
for doc in args[args.index("--outdir") + 2 :]:
    (outdir / (Path(doc).stem + ".pdf")).write_bytes(b"%PDF-1.7 fake\\n%%EOF\\n")
with open(os.environ["FAKE_SOFFICE_LOG"], "a") as log:
    log.write(json.dumps({{
        "profile": str(profile),
        "outdir": str(outdir),
        "mode": os.stat(profile.parent).st_mode & 0o777,
        "owner": os.stat(profile.parent).st_uid,
    }}) + "\\n")
"""


def test_pdf_step_uses_a_private_throwaway_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    soffice = bin_dir / "soffice"
    soffice.write_text(FAKE_SOFFICE.format(python=sys.executable), encoding="utf-8")
    soffice.chmod(soffice.stat().st_mode | stat.S_IXUSR)
    log = tmp_path / "soffice.log"
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_SOFFICE_LOG", str(log))
    temp_root = tmp_path / "tmp"
    temp_root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp_root))
    stale = temp_root / f"pogen-pdf-{host_tag()}.{DEAD_PID}-abc"  # left by a killed conversion
    (stale / "out").mkdir(parents=True)
    (stale / "out" / "matter.pdf").write_bytes(b"%PDF- confidential")
    docs = [render_case(example, tmp_path / "out").docx for example in EXAMPLES[:2]]
    first = convert_to_pdf(docs)
    assert not stale.exists()
    second = convert_to_pdf(docs[:1])
    assert [p.read_bytes() for p in first] == [b"%PDF-1.7 fake\n%%EOF\n"] * 2
    assert second == first[:1]
    runs = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert len(runs) == 2
    assert runs[0]["profile"] != runs[1]["profile"]  # parallel runs never share a profile
    for run in runs:
        assert run["mode"] == 0o700  # only this user can read the profile
        assert run["owner"] == os.getuid()
        assert not Path(run["profile"]).exists()  # nothing persists
        assert not Path(run["outdir"]).exists()
        assert not Path(run["profile"]).parent.exists()
        assert Path(run["profile"]).parent.parent == temp_root
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [d.name for d in docs] + [p.name for p in first]
    )

"""``pogen check`` on hostile drafts: each refused with exit 2 and a clear message, or read.

The corpus is built in ``tmp_path`` (tests/check/hostile.py): oversized and bomb
packages and PDFs, devices, FIFOs, symlink loops, fake prefixes, deep XML and style
chains, huge paragraphs, and mandatory text hidden from the reader.  No outcome may be
exit 70.  Worst cases measured with ``python -m benchmarks.check_hostile``: see
README "Checking a draft".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pogen import check_draft
from pogen.cli.app import app
from pogen.errors import PogenError
from tests.check.hostile import HOSTILE, Hostile


def test_the_corpus_is_large_and_covers_every_outcome() -> None:
    assert len(HOSTILE) >= 40
    assert len({h.name for h in HOSTILE}) == len(HOSTILE)
    assert {h.outcome for h in HOSTILE} == {"refused", "finding"}
    assert sum(h.detail == "invisible-text" for h in HOSTILE) >= 10


@pytest.mark.parametrize("hostile", HOSTILE, ids=[h.name for h in HOSTILE])
def test_hostile_draft_gets_its_expected_outcome(tmp_path: Path, hostile: Hostile) -> None:
    path = hostile.make(tmp_path / hostile.name)
    if hostile.outcome == "refused":
        with pytest.raises(PogenError) as caught:
            check_draft(path)
        assert caught.value.code == hostile.detail
        assert hostile.message in str(caught.value)
        assert "\n" not in str(caught.value)
        assert caught.value.exit_code == 2
    else:
        report = check_draft(path)
        assert hostile.detail in {f.rule for f in report.findings}


@pytest.mark.parametrize(
    "name", ["dev-zero.docx", "zip-bomb-part.docx", "pdf-flate-bomb.pdf", "fifo.docx"]
)
def test_cli_refuses_with_exit_2_and_one_line(tmp_path: Path, name: str) -> None:
    hostile = next(h for h in HOSTILE if h.name == name)
    path = hostile.make(tmp_path / name)
    result = CliRunner().invoke(app, ["check", str(path)])
    assert result.exit_code == 2, result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "a bug in pogen" not in result.output

"""Per-template memos do not keep each matter's trees alive (found in issue 13: a
worker's memory grew by about 20 KB a document, from the footers' trees)."""

from __future__ import annotations

from pathlib import Path

from pogen.batch.matter import render_matter
from pogen.batch.results import MatterJob
from pogen.docx import styles
from tests.conftest import BASE_CASE

SHORT = 'short_title = "Acme Widgets v. Borealis Logistics"'


def _render(tmp_path: Path, first: int, count: int) -> None:
    for i in range(first, first + count):
        case = tmp_path / f"m{i}.toml"
        title = f'short_title = "Acme Widgets v. Borealis {i}"'  # a footer of its own
        case.write_text(BASE_CASE.read_text(encoding="utf-8").replace(SHORT, title))
        assert render_matter(MatterJob(case, tmp_path / "out", sweep=False)).status == "rendered"


def _memo_entries() -> int:
    """Entries of every style sheet's memo this thread keeps (``pogen.docx.styles``)."""
    return sum(len(sheet.memo) for sheet in styles._kept.sheets.values())


def test_the_memos_stay_the_same_size_over_many_matters(tmp_path: Path) -> None:
    _render(tmp_path, 0, 3)
    before = _memo_entries()
    _render(tmp_path, 3, 12)
    assert _memo_entries() == before

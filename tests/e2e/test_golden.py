"""Golden text renditions of every example order: a prose change shows up in the diff.

Regenerate deliberately with ``pytest tests/test_golden.py --update-goldens`` and review
the diff of ``tests/golden/*.txt`` like any change to the order's wording.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from pogen.docx.reader import text_rendition
from pogen.pipeline import render_case
from tests.conftest import EXAMPLES

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_rendered_order_matches_golden(example: Path, tmp_path: Path, update_goldens: bool) -> None:
    rendition = text_rendition(render_case(example, tmp_path).docx.read_bytes())
    golden = GOLDEN / f"{example.stem}.txt"
    if update_goldens:
        golden.write_text(rendition, encoding="utf-8")
        return
    assert golden.is_file(), f"no golden file; run pytest --update-goldens and review {golden}"
    expected = golden.read_text(encoding="utf-8")
    if rendition != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(True), rendition.splitlines(True), str(golden), "rendered", n=1
            )
        )
        pytest.fail(f"rendered text differs from {golden.name}:\n{diff[:6000]}")


def test_every_example_has_a_golden_and_no_orphans() -> None:
    assert {p.stem for p in GOLDEN.glob("*.txt")} == {p.stem for p in EXAMPLES}

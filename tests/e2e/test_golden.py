"""Golden text renditions of every example order: a prose change shows up in the diff.

Regenerate deliberately with ``pytest tests/e2e/test_golden.py --update-goldens`` and
review the diff of ``tests/e2e/golden/**/*.txt`` like any change to the order's wording.

- ``golden/<example>.txt``: the order each example's case file asks for (the combined
  order, or the bundle's [Proposed] Protective Order);
- ``golden/bundle/<example>_<document>.txt``: every document of the bundle, for the
  examples in ``BUNDLE_EXAMPLES`` (one in the common layout, one in a judge's profile).

A footnote (a judge's model footnote) is appended as ``footnote/N | text``.
"""

from __future__ import annotations

import difflib
import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from pogen.docx.ns import W
from pogen.docx.reader import text_rendition
from pogen.pipeline import render_case
from tests.conftest import EXAMPLES

GOLDEN = Path(__file__).parent / "golden"
BUNDLE_EXAMPLES = ["acme_v_borealis", "halvorsen_v_tidewater_robotics"]


def rendition(data: bytes) -> str:
    """The golden form of a .docx: ``text_rendition`` and any footnotes after it."""
    text = text_rendition(data)
    archive = zipfile.ZipFile(io.BytesIO(data))
    if "word/footnotes.xml" in archive.namelist():
        root = etree.fromstring(archive.read("word/footnotes.xml"))
        for note in root.iter(f"{W}footnote"):
            number = int(note.get(f"{W}id") or 0)
            if number > 0:
                words = "".join(t.text or "" for t in note.iter(f"{W}t")).strip()
                text += f"footnote/{number} | {words}\n"
    return text


def _compare(golden: Path, text: str, update: bool) -> None:
    if update:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
        return
    assert golden.is_file(), f"no golden file; run pytest --update-goldens and review {golden}"
    expected = golden.read_text(encoding="utf-8")
    if text != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(True), text.splitlines(True), str(golden), "rendered", n=1
            )
        )
        pytest.fail(f"rendered text differs from {golden.name}:\n{diff[:6000]}")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_rendered_order_matches_golden(example: Path, tmp_path: Path, update_goldens: bool) -> None:
    data = render_case(example, tmp_path).docx.read_bytes()
    _compare(GOLDEN / f"{example.stem}.txt", rendition(data), update_goldens)


@pytest.mark.parametrize("stem", BUNDLE_EXAMPLES)
def test_bundle_documents_match_golden(stem: str, tmp_path: Path, update_goldens: bool) -> None:
    example = next(p for p in EXAMPLES if p.stem == stem)
    for path in render_case(example, tmp_path, form="bundle").files:
        _compare(
            GOLDEN / "bundle" / f"{path.stem}.txt", rendition(path.read_bytes()), update_goldens
        )


def test_every_example_has_a_golden_and_no_orphans() -> None:
    assert {p.stem for p in GOLDEN.glob("*.txt")} == {p.stem for p in EXAMPLES}
    kinds = ("stipulation", "proposed_order", "proposed_order_chambers")
    wanted = {f"{stem}_{kind}" for stem in BUNDLE_EXAMPLES for kind in kinds}
    assert {p.stem for p in (GOLDEN / "bundle").glob("*.txt")} == wanted

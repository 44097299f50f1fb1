"""PDF output through LibreOffice, measured on the PDF itself.

CI installs LibreOffice and poppler-utils, so there these tests fail rather than skip.
"""

from __future__ import annotations

import itertools
import re
import subprocess
from pathlib import Path

import pytest

from pogen.pipeline import render_case

from .conftest import EXAMPLES, require_soffice

_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
    r"([^<]*)</word>"
)


def _pages(pdf: Path) -> list[list[tuple[float, float, float, str]]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        pages.append(
            [
                (float(x0), float(y1), float(x1), text)
                for x0, _y0, x1, y1, text in _WORD.findall(page)
            ]
        )
    return pages


@pytest.fixture(scope="module")
def rendered_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_soffice()
    result = render_case(EXAMPLES[0], tmp_path_factory.mktemp("pdf"), pdf=True)
    assert result.pdf is not None
    return result.pdf


def test_pdf_is_written_beside_the_docx(rendered_pdf: Path) -> None:
    assert rendered_pdf.read_bytes().startswith(b"%PDF-")
    assert rendered_pdf.with_suffix(".docx").is_file()
    assert not list(rendered_pdf.parent.glob(".*.part"))


def test_every_page_has_28_numbers_24_pt_apart(rendered_pdf: Path) -> None:
    pages = _pages(rendered_pdf)
    assert len(pages) >= 10
    for index, words in enumerate(pages, start=1):
        margin = sorted((y, t) for x0, y, x1, t in words if x1 < 100 and t.isdigit())
        assert [t for _, t in margin] == [str(n) for n in range(1, 29)], f"page {index}"
        gaps = {round(b[0] - a[0], 1) for a, b in itertools.pairwise(margin)}
        assert gaps == {24.0}, f"page {index}: {gaps}"
        assert margin[0][0] == pytest.approx(72 + 19.2 + 0.35 * 14 * 0.9, abs=4)


def test_body_lines_sit_on_the_numbers(rendered_pdf: Path) -> None:
    on_grid = total = 0
    for words in _pages(rendered_pdf):
        numbers = sorted(y for x0, y, x1, t in words if x1 < 100 and t.isdigit())
        lines = {round(y, 1) for x0, y, x1, t in words if x0 >= 108 and 72 < y < numbers[-1] + 3}
        for y in lines:
            total += 1
            offset = min(abs(y - n) for n in numbers)
            half = min(abs(y - n - 12) for n in numbers)
            single = min(abs(y - n - 14.4) for n in numbers)
            on_grid += min(offset, half, single) <= 1.5
    assert on_grid / total >= 0.95


def test_court_title_and_text_of_page_one(rendered_pdf: Path) -> None:
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(rendered_pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "UNITED STATES DISTRICT COURT" in text
    assert "DISCOVERY MATTER" in text
    assert "Jane Q. Doe (SBN 123456)" in text.splitlines()[0] + text

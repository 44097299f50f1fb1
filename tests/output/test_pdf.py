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
from tests.conftest import EXAMPLES, require_soffice

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
                for x0, y0, x1, y1, text in _WORD.findall(page)
                # a superscript (a footnote's reference) is not a line of its own
                if float(y1) - float(y0) >= 12
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


@pytest.fixture(scope="module")
def every_pdf(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Every example matter with every shipped template, as PDF."""
    from tools.buildtemplate import TEMPLATES

    from tests.conftest import ROOT

    require_soffice()
    out = tmp_path_factory.mktemp("pdfs")
    pdfs = []
    for stem in TEMPLATES:
        for example in EXAMPLES:
            result = render_case(
                example,
                out / stem,
                template=ROOT / "templates" / f"{stem}.docx",
                pdf=True,
                form="combined",  # a shipped template is a combined order
            )
            assert result.pdf is not None
            pdfs.append(result.pdf)
    return pdfs


def _grid_offsets(pdf: Path) -> list[tuple[int, float, str]]:
    """(page, offset mod 24 pt from the nearest number's baseline, text) per body line."""
    found = []
    for page, words in enumerate(_pages(pdf), start=1):
        numbers = sorted(y for x0, y, x1, t in words if x1 < 100 and t.isdigit())
        lines = {
            (round(y, 1), t) for x0, y, x1, t in words if x0 >= 108 and 60 < y < numbers[-1] + 12
        }
        for y, text in sorted(lines):
            found.append((page, (y - numbers[0]) % 24, text))
    return found


def test_body_lines_sit_on_the_numbers(every_pdf: list[Path]) -> None:
    """Double-spaced text sits on the numbers; 12-pt lines pair up on them (80 % rule).

    A 12-pt line's baseline falls 9.6 pt below its top, so the pair of single-spaced lines
    that fills one numbered line sits at offsets 14.4 and 2.4 pt.  Text at 12 pt offset is
    double-spaced text half a line off the numbers: an odd single-spaced block above it.
    """
    for pdf in every_pdf:
        offsets = _grid_offsets(pdf)
        off = [
            (page, round(d, 1), text)
            for page, d, text in offsets
            if min(abs(d - g) for g in (0, 2.4, 14.4, 24)) > 1.5
        ]
        assert not off, f"{pdf.parent.name}/{pdf.name}: off the grid: {off[:5]}"


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

"""Pleading-paper layout of the rendered .docx (L.R. 11-3), checked in its XML.

These are the project's own layout tests; a PDF-level check is in test_pdf.py.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from pogen.pipeline import render_case
from tests.conftest import EXAMPLES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
NS = {"w": W, "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"}
EMU_PER_PT = 12700
Parts = dict[str, etree._Element]


def _find(element: etree._Element, path: str) -> etree._Element:
    found = element.find(path, NS)
    assert found is not None, path
    return found


def _get(element: etree._Element, name: str) -> str:
    value = element.get(f"{{{W}}}{name}")
    assert value is not None, name
    return value


def _int(element: etree._Element, name: str) -> int:
    return int(_get(element, name))


def _text(element: etree._Element) -> str:
    return "".join(str(t) for t in element.itertext())


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Parts:
    out = tmp_path_factory.mktemp("layout")
    data = render_case(EXAMPLES[0], out).docx.read_bytes()
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {
        name: etree.fromstring(archive.read(name))
        for name in archive.namelist()
        if name.endswith(".xml")
    }


def test_letter_page_and_margins(package: Parts) -> None:
    sect = _find(package["word/document.xml"], ".//w:body/w:sectPr")
    size = _find(sect, "w:pgSz")
    assert (_int(size, "w"), _int(size, "h")) == (12240, 15840)  # 8.5 x 11 in
    margins = _find(sect, "w:pgMar")
    assert _int(margins, "top") == 1440  # line 1 starts 1 in from the top
    assert _int(margins, "left") == 2160
    assert _int(margins, "right") == 720
    # 28 lines of 24 pt must fit between the top and bottom margins.
    assert 15840 - _int(margins, "bottom") >= 1440 + 28 * 480
    assert sect.find("w:lnNumType", NS) is None  # Word line numbering is not pleading paper


def test_header_has_28_numbers_at_24_pt(package: Parts) -> None:
    anchor = _find(package["word/header1.xml"], ".//wp:anchor")
    assert _find(anchor, "wp:positionV").get("relativeFrom") == "page"
    assert int(_find(anchor, "wp:positionV/wp:posOffset").text or "") == 72 * EMU_PER_PT
    numbers = _find(anchor, ".//w:txbxContent").findall("w:p", NS)
    assert [_text(p) for p in numbers] == [str(n) for n in range(1, 29)]
    for p in numbers:
        spacing = _find(p, "w:pPr/w:spacing")
        assert (_get(spacing, "line"), _get(spacing, "lineRule")) == ("480", "exact")
    body_pr = _find(anchor, f".//{{{WPS}}}bodyPr")
    assert {body_pr.get(k) for k in ("lIns", "tIns", "rIns", "bIns")} == {"0"}


def test_body_styles_sit_on_the_grid(package: Parts) -> None:
    styles = package["word/styles.xml"]
    used = {_get(p, "val") for p in package["word/document.xml"].iter(f"{{{W}}}pStyle")}
    for style_id in used:
        spacing = _find(styles, f"w:style[@w:styleId='{style_id}']/w:pPr/w:spacing")
        assert _get(spacing, "lineRule") == "exact", style_id
        assert _get(spacing, "line") in ("480", "240"), style_id
        assert (_get(spacing, "before"), _get(spacing, "after")) == ("0", "0"), style_id
    size = _find(styles, "w:docDefaults/w:rPrDefault/w:rPr/w:sz")
    assert _get(size, "val") == "28"  # 14 pt (L.R. 11-3.1.1)


def test_footer_fits_the_bottom_margin(package: Parts) -> None:
    footer_style = _find(package["word/styles.xml"], "w:style[@w:styleId='Footer']/w:pPr/w:spacing")
    total = 0
    for p in package["word/footer1.xml"].findall("w:p", NS):
        spacing = p.find("w:pPr/w:spacing", NS)
        spacing = footer_style if spacing is None else spacing
        assert _get(spacing, "lineRule") == "exact"
        total += _int(spacing, "line")
    margins = _find(package["word/document.xml"], ".//w:pgMar")
    # 40 twips for the title rule and its gap.
    assert total + 40 <= _int(margins, "bottom") - _int(margins, "footer")
    assert "STIPULATION AND [PROPOSED] PROTECTIVE ORDER" in _text(package["word/footer1.xml"])
    assert _get(_find(package["word/footer1.xml"], ".//w:fldSimple"), "instr").strip() == "PAGE"


def _styled(package: Parts, style: str) -> list[etree._Element]:
    body = _find(package["word/document.xml"], "w:body")
    return [p for p in body.findall("w:p", NS) if _get(_find(p, "w:pPr/w:pStyle"), "val") == style]


def test_single_spaced_blocks_have_even_line_counts(package: Parts) -> None:
    counsel = _styled(package, "PogenCounsel")
    assert counsel
    assert len(counsel) % 2 == 0
    assert len(counsel) >= 14  # the court title falls on line 8 or below
    assert len(_styled(package, "PogenCourt")) % 2 == 0


def test_caption_row_is_a_whole_number_of_lines(package: Parts) -> None:
    height = _find(package["word/document.xml"], ".//w:tbl//w:trHeight")
    assert _int(height, "val") % 480 == 0
    assert _get(height, "hRule") == "atLeast"


def test_package_parts_are_in_fixed_order_with_fixed_times(tmp_path: Path) -> None:
    data = render_case(EXAMPLES[0], tmp_path).docx.read_bytes()
    infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}

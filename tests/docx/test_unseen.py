"""What ``pogen check`` counts as unseen in a draft: small print (6-10 pt) is still seen,
but small print hidden another way (squeezed, camouflaged) is not."""

from __future__ import annotations

import pytest
from lxml import etree

from pogen.docx.ns import W
from pogen.docx.styles import StyleSheet
from pogen.docx.unseen import run_unseen

W_NS = W[1:-1]


def _run(props: str) -> etree._Element:
    run = f"<w:r><w:rPr>{props}</w:rPr><w:t>x</w:t></w:r>"
    body = etree.fromstring(f'<w:body xmlns:w="{W_NS}"><w:p>{run}</w:p></w:body>')
    return next(body.iter(f"{W}r"))


@pytest.mark.parametrize(
    ("props", "why"),
    [
        ('<w:sz w:val="16"/>', ""),  # 8 pt: small print, seen
        ('<w:sz w:val="8"/>', "4-pt text"),
        ('<w:sz w:val="16"/><w:w w:val="20"/>', "squeezed to 20% width"),
        ('<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/><w:sz w:val="16"/>', "Wingdings"),
        ('<w:sz w:val="24"/><w:w w:val="20"/>', "squeezed to 20% width"),
    ],
)
def test_small_print_is_seen_unless_hidden_another_way(props: str, why: str) -> None:
    found = run_unseen(StyleSheet(None), _run(props))
    assert (why in found) if why else found == "", found

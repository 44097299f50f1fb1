"""What a reader sees of the mandatory parts (issue 15, item 2).

Every template in ``tests/e2e/hostile/hidden.py`` keeps all five placeholders, so the
parts are present and identical to pogen's, yet a reader would not see them: each must
be refused (exit 3, nothing written) naming what hides the text.  Before issue 15 every
one of them rendered with exit 0.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pogen.document.template import Template
from pogen.errors import TemplateError
from pogen.pipeline import render_case
from tests.conftest import BASE_CASE, EXAMPLES
from tests.e2e.hostile.hidden import HIDDEN, SHIPPED, Attack, build, rpr


def test_the_corpus_is_large_enough() -> None:
    assert len(HIDDEN) >= 40


@pytest.mark.parametrize("name", sorted(HIDDEN))
def test_a_template_that_hides_a_part_is_refused(name: str, tmp_path: Path) -> None:
    attack = HIDDEN[name]
    out = tmp_path / "out"
    with pytest.raises(TemplateError) as info:
        render_case(BASE_CASE, out, template=Template("firm.docx", build(attack), name))
    message = str(info.value)
    assert info.value.code == "mandatory-part"
    assert attack.expected in message, message
    assert message.startswith("template firm.docx: ")
    assert message.endswith("nothing was written.")
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize("template", sorted((SHIPPED.parent).glob("*.docx")), ids=lambda p: p.stem)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_shipped_templates_pass(template: Path, example: Path, tmp_path: Path) -> None:
    render_case(example, tmp_path, template=template, form="combined")  # combined templates


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_bundle_templates_pass(example: Path, tmp_path: Path) -> None:
    assert len(render_case(example, tmp_path, form="bundle").files) == 3


NEAR_MISSES = {
    # House style a firm may choose for its own headings and body, which the shared
    # styles (PogenHeading1, PogenBody...) also give pogen's parts.
    "dark-grey-text": [rpr("PogenBody", '<w:color w:val="595959"/>')],
    "underlined-italic-headings": [rpr("PogenHeading2", '<w:i/><w:u w:val="single"/>')],
    "small-caps-and-a-font": [
        rpr("PogenHeading1", '<w:smallCaps/><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/>')
    ],
    "pale-highlight-of-black-text": [
        rpr("PogenBody", '<w:color w:val="000000"/><w:highlight w:val="yellow"/>')
    ],
    "a-little-letter-spacing": [rpr("PogenBody", '<w:spacing w:val="10"/><w:kern w:val="28"/>')],
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_house_style_that_keeps_the_text_readable_renders(name: str, tmp_path: Path) -> None:
    raw = build(Attack(NEAR_MISSES[name], ""))
    render_case(BASE_CASE, tmp_path, template=Template("firm.docx", raw, name))

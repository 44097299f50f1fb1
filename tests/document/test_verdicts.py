"""The cheap verification gives the verdicts of the full one (issue 13, item 2).

The pipeline now proves template-only facts once per template and data-dependent ones
once per matter: the template's package is checked once (the compiled form, in memory
or in the disk cache, exists only for bytes that passed), the mandatory blocks are
compared with the copy taken before the template ran instead of a second rendering,
and the template's constant parts are parsed once (``pogen.docx.parse``).  Here every
document is also put through today's full verification from scratch: the template's
package checked, docxtpl's own render, every part parsed fresh from the bytes, the
blocks rendered again; both must reach the same verdict (written, or the same error)
for the shipped templates, templates built to hide a mandatory part, templates the
package check refuses, and hostile case data.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from pogen import pipeline
from pogen.case.load import load_case
from pogen.document.context import build_context
from pogen.document.mandatory import verify_mandatory
from pogen.document.render import render_document_plain
from pogen.document.template import Template, bundle_template, find_template
from pogen.docx import parse
from pogen.docx.package import verify_package
from pogen.docx.safety import check_template_package
from pogen.errors import PogenError
from tests.e2e.hostile.hidden import HIDDEN, build
from tests.e2e.hostile.templates import TEMPLATES
from tests.golden_bytes.cases import sources

SAMPLE_ATTACKS = sorted(HIDDEN)[::3]  # a third of the hiding corpus: every kind of attack
SAMPLE_REFUSED = sorted(TEMPLATES)[::4]


def _outcome(run: Any) -> tuple[str, str]:
    try:
        run()
    except PogenError as exc:
        return type(exc).__name__, str(exc)
    return "ok", ""


def _full(source: Any, item: pipeline.Planned, template: Template) -> None:
    """Today's verification of one document, from scratch."""
    case = pipeline.validate_case(source)
    check_template_package(template.raw, template.label)
    context = build_context(case, item.document, locked=item.locked)
    properties = {"title": "t", "subject": "s", "author": "a", "keywords": "k"}
    data = render_document_plain(context, template, properties=properties)
    parse._state.trees.clear()  # no tree kept from earlier documents
    parsed = verify_package(data, source.name)
    verify_mandatory(data, context, template.label, parsed=None)  # parsed again, blocks again
    if not item.locked:
        pipeline._nothing_locked(parsed, template.label)


def _cheap(source: Any, item: pipeline.Planned, template: Template) -> None:
    case = pipeline.validate_case(source)
    pipeline._render_one(case, item, template, source)


def _template(raw: bytes, label: str) -> Template:
    return Template(label, raw, hashlib.sha256(raw).hexdigest())


def _cases(tmp_path: Path) -> dict[str, Path]:
    return dict(sources(tmp_path))


COMBINED = pipeline.COMBINED[0]


@pytest.mark.parametrize("label", ["acme_v_borealis", "hostile_markup", "hostile_unicode"])
@pytest.mark.parametrize("attack", SAMPLE_ATTACKS)
def test_a_hiding_template_gets_the_same_verdict(tmp_path: Path, label: str, attack: str) -> None:
    source = load_case(_cases(tmp_path)[label])
    template = _template(build(HIDDEN[attack]), f"{attack}.docx")
    cheap = _outcome(lambda: _cheap(source, COMBINED, template))
    assert cheap == _outcome(lambda: _full(source, COMBINED, template))
    assert cheap[0] == "TemplateError"  # and it is refused


@pytest.mark.parametrize("refused", SAMPLE_REFUSED)
def test_a_refused_template_gets_the_same_verdict(tmp_path: Path, refused: str) -> None:
    source = load_case(_cases(tmp_path)["acme_v_borealis"])
    template = _template(TEMPLATES[refused][0](), f"{refused}.docx")
    cheap = _outcome(lambda: _cheap(source, COMBINED, template))
    assert cheap == _outcome(lambda: _full(source, COMBINED, template))
    assert cheap[0] == "TemplateError"
    again = _outcome(lambda: _cheap(source, COMBINED, template))  # never cached as sound
    assert again == cheap


def test_every_shipped_document_passes_both_ways(tmp_path: Path) -> None:
    modern = Template.of(find_template("pogen:stipulated_protective_order_modern"))
    for label, path in _cases(tmp_path).items():
        source = load_case(path)
        for item in (*pipeline.planned("combined", True), *pipeline.BUNDLE):
            if item.document == "combined":
                templates = [Template.of(None), modern]
            else:
                templates = [bundle_template(item.document)]
            for template in templates:
                cheap = _outcome(lambda: _cheap(source, item, template))  # noqa: B023
                full = _outcome(lambda: _full(source, item, template))  # noqa: B023
                assert cheap == full == ("ok", ""), (label, item.kind, template.label)

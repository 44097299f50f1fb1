"""Render a context into an order's .docx bytes, in memory, with a chosen template.

Nothing touches the disk here: the bytes go on to verification (``document.mandatory``,
``docx.package``) and only then to ``output.atomic``.
"""

from __future__ import annotations

from typing import Any

from pogen.document.caption import FOOTNOTE_ID
from pogen.document.compiled import render_compiled
from pogen.document.template import Location, Template
from pogen.docx.footnotes import with_footnote


def render_document(
    context: dict[str, Any],
    template: Template | Location | None = None,
    *,
    properties: dict[str, str] | None = None,
) -> bytes:
    """Render ``template`` (default: the shipped order) and return the .docx bytes.

    The template is parsed and compiled once per process; the package comes out
    normalized already (``pogen.docx.package.normalize_package``).
    """
    chosen = Template.of(template)
    data = render_compiled(chosen.raw, chosen.label, context, properties)
    if context.get("footnote"):
        data = with_footnote(data, FOOTNOTE_ID, str(context["footnote"]))
    return data


def render_document_plain(
    context: dict[str, Any],
    template: Template | Location | None = None,
    *,
    properties: dict[str, str] | None = None,
) -> bytes:
    """Render through docxtpl's own ``render`` and ``save``: the reference for the
    compiled path, and the naive baseline in the benchmark."""
    from pogen.document.reference import render_plain

    chosen = Template.of(template)
    data = render_plain(chosen.raw, chosen.label, context, properties)
    if context.get("footnote"):
        data = with_footnote(data, FOOTNOTE_ID, str(context["footnote"]))
    return data

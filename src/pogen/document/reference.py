"""docxtpl's own ``render`` and ``save``: the reference ``CompiledTemplate`` is held to.

``tests/golden_bytes`` renders every example through both and through the disk cache;
the benchmark's naive baseline is this path too.  Each rendered part is still read
strictly before docxtpl repairs or loads it, and errors are located as the compiled
path locates them.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from docxtpl import DocxTemplate  # noqa: TID251 - docxtpl's own render, on purpose

from pogen.document.compiled import (
    DOCUMENT_PART,
    FOOTNOTES_TYPE,
    TEMPLATE_CODE_ERRORS,
    CompiledTemplate,
    compiled_template,
    has_core_part,
    settle_dates,
)
from pogen.document.environment import make_environment
from pogen.document.failures import template_errors
from pogen.document.metadata import scrub_core, scrub_part
from pogen.docx.package import build_package


class _StrictDocxTemplate(DocxTemplate):  # type: ignore[misc]
    """docxtpl's own ``render``, with each rendered part read strictly before docxtpl
    repairs or loads it, and errors located as ``CompiledTemplate`` locates them."""

    def __init__(self, raw: bytes, name: str) -> None:
        super().__init__(io.BytesIO(raw))
        self._raw = raw
        self._name = name
        self._context: dict[str, Any] = {}

    def _compiled(self) -> CompiledTemplate:
        return compiled_template(self._raw, self._name)

    def render(self, context: dict[str, Any], *args: Any, **kwargs: Any) -> None:
        self._context = context
        super().render(context, *args, **kwargs)
        for part in self.docx.part.package.parts:  # rendered by docxtpl, never parsed
            if part.content_type == FOOTNOTES_TYPE:
                self._compiled().strict(part.partname.membername, part.blob, context)

    def render_xml_part(self, src_xml: str, part: Any, context: Any, jinja_env: Any) -> str:
        try:
            return str(super().render_xml_part(src_xml, part, context, jinja_env))
        except TEMPLATE_CODE_ERRORS as exc:
            self._compiled().locate(exc, part.partname.membername)
            raise

    def fix_tables(self, xml: str) -> Any:
        self._compiled().strict(DOCUMENT_PART, xml, self._context)
        return super().fix_tables(xml)

    def map_headers_footers_xml(self, rel_key: str, xml: bytes) -> None:
        part = self.docx._part.rels[rel_key].target_part
        self._compiled().strict(part.partname.membername, xml, self._context)
        super().map_headers_footers_xml(rel_key, xml)


def render_plain(
    raw: bytes, name: str, context: dict[str, Any], properties: dict[str, str] | None = None
) -> bytes:
    """Render through docxtpl's own ``render`` and ``save``: the reference for
    ``CompiledTemplate``, and the naive baseline in the benchmark."""
    from pogen.docx.safety import check_template_package

    check_template_package(raw, name)
    with template_errors(name):
        doc = _StrictDocxTemplate(raw, name)
        doc.render(context, jinja_env=make_environment(), autoescape=False)
        core = doc.docx.core_properties
        scrub_core(core)
        for key, value in (properties or {}).items():
            setattr(core, key, value)
        settle_dates(core, invented=not has_core_part(raw))
        out = io.BytesIO()
        doc.save(out)
    with zipfile.ZipFile(out) as archive:
        entries = [(n, archive.read(n)) for n in archive.namelist()]
    scrubbed = [(n, scrub_part(n, data)) for n, data in entries]
    return out.getvalue() if scrubbed == entries else build_package(scrubbed)

"""One matter through the layers: load -> validate -> build context -> render -> verify
-> write (``case``, ``document``, ``docx``, ``output``).

This module only strings them together and decides output names.  Output names come
from the case file's name and never leave the output directory.  Many matters at once
are ``pogen.batch``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pogen.case.load import load_case
from pogen.case.model import Case
from pogen.case.source import CaseSource
from pogen.case.validate import validate_case
from pogen.document.context import build_context
from pogen.document.template import Location, Template, resolve_template
from pogen.errors import OutputError, display_path

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class RenderResult:
    """What one matter produced."""

    source: Path
    docx: Path
    pdf: Path | None
    case: Case


def output_stem(source: Path) -> str:
    """A file name stem that is safe on every platform and stays in the output folder."""
    stem = _UNSAFE.sub("_", source.stem).strip("._-") or "matter"
    if _WINDOWS_RESERVED.match(stem):
        stem = f"matter_{stem}"
    return f"{stem[:80]}_protective_order"


def _same_bytes(written: Path, data: bytes) -> None:
    """The file on disk holds exactly the verified bytes."""
    if written.read_bytes() != data:
        raise OutputError(
            f"{display_path(written)}: the file read back differs from what was written",
            code="output-readback",
        )


def check_case(path: str | Path) -> Case:
    """Load and validate one case file; raise on any problem."""
    return validate_case(load_case(path))


def render_case(
    path: str | Path,
    output_dir: str | Path = "output",
    *,
    template: Template | Location | None = None,
    pdf: bool = False,
) -> RenderResult:
    """Render one case file to ``output_dir``; nothing is written unless all is sound."""
    return render_source(load_case(path), output_dir, template=template, pdf=pdf)


def render_source(
    source: CaseSource,
    output_dir: str | Path = "output",
    *,
    template: Template | Location | None = None,
    pdf: bool = False,
    guard: Callable[[Path, bytes], None] | None = None,
    quote: bool = False,
) -> RenderResult:
    """``render_case`` for a case file already loaded (the batch loads it to hash it).

    ``guard(target, data)`` runs once the document is verified and before it is
    written, and may refuse to replace the file there (``pogen.batch.overwrite``);
    ``quote``: messages may quote rendered text (case data), for ``--debug``."""
    # Imported here so that `pogen validate`, which imports this module's neighbours,
    # does not pay for docxtpl, python-docx and lxml's parsing of the verification.
    from pogen.document import render
    from pogen.document.mandatory import verify_mandatory
    from pogen.docx.package import verify_package
    from pogen.output.atomic import write_atomic

    case = validate_case(source)
    context = build_context(case)
    properties = {
        "title": context["document_title"],
        "subject": f"{context['case']['caption_title']}, Case No. {case.number.text}",
        "author": context["filer"]["firm"] or context["filer"]["name"],
        "keywords": "stipulated protective order; C.D. Cal.",
    }
    chosen = resolve_template(template, firm=source.template)  # explicit > the firm file's
    data = render.render_document(context, chosen, properties=properties)  # normalized
    parsed = verify_package(data, source.name)  # parsed once, read by both checks
    verify_mandatory(data, context, chosen.label, parsed=parsed, quote=quote)
    target = Path(output_dir) / f"{output_stem(source.path)}.docx"
    if guard is not None:
        guard(target, data)
    write_atomic(target, data, check=lambda tmp: _same_bytes(tmp, data))
    pdf_path = None
    if pdf:
        from pogen.output.pdf import convert_to_pdf

        pdf_path = convert_to_pdf([target])[0]
    return RenderResult(source=source.path, docx=target, pdf=pdf_path, case=case)

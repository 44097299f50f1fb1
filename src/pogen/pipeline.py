"""One matter through the layers: load -> validate -> build context -> render -> verify
-> write (``case``, ``document``, ``docx``, ``output``).

This module only strings them together and decides which documents a matter produces
and their names.  The form ([form] document, or ``--form``) decides the documents:

- ``combined``: ``<matter>_protective_order.docx`` (and .pdf), plus, with
  ``[form] chambers_copy``, ``<matter>_protective_order_chambers.docx``;
- ``bundle``: ``<matter>_stipulation.docx`` and ``<matter>_proposed_order.docx`` (each
  with a .pdf for filing and lodging) and ``<matter>_proposed_order_chambers.docx``,
  the Word copy for chambers with nothing locked.

``<matter>`` is the case file's name made safe; names never leave the output folder.
Every document is rendered and verified before any is written.  Many matters at once
are ``pogen.batch``'s.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pogen.case.load import load_case
from pogen.case.profiles import chosen_form
from pogen.case.source import CaseSource
from pogen.document.template import (
    Location,
    Template,
    bundle_template,
    named_template,
    resolve_template,
)
from pogen.errors import OutputError, TemplateError, display_path

if TYPE_CHECKING:
    from pogen.case.model import Case

# Validation (Cerberus) and context building (Jinja, the layout) are imported where
# they run, so that planning outputs and ``--check`` (``pogen.batch``) need neither.


def validate_case(source: CaseSource) -> Case:
    """``pogen.case.validate.validate_case``, imported when first needed."""
    from pogen.case.validate import validate_case as validate

    return validate(source)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Planned:
    """One document of a matter's output: its name's suffix and how it is made."""

    kind: str  # protective_order | protective_order_chambers | stipulation | proposed_order...
    document: str  # build_context's document: combined | stipulation | proposed_order
    locked: bool = True  # mandatory parts locked (False: the Word copy for chambers)
    lodged: bool = True  # gets a PDF with --pdf (filed or lodged; not the chambers copy)

    @property
    def is_order(self) -> bool:
        """The order the Court signs: the combined order or the proposed order (locked)."""
        return self.document in ("combined", "proposed_order") and self.locked


COMBINED = (Planned("protective_order", "combined"),)
COMBINED_CHAMBERS = Planned("protective_order_chambers", "combined", locked=False, lodged=False)
BUNDLE = (
    Planned("stipulation", "stipulation"),
    Planned("proposed_order", "proposed_order"),
    Planned("proposed_order_chambers", "proposed_order", locked=False, lodged=False),
)
KINDS = tuple(p.kind for p in (*COMBINED, COMBINED_CHAMBERS, *BUNDLE))


def planned(form: str, chambers: bool) -> tuple[Planned, ...]:
    """The documents of one form, in the order they are written and listed."""
    if form == "bundle":
        return BUNDLE
    return (*COMBINED, COMBINED_CHAMBERS) if chambers else COMBINED


@dataclass(frozen=True)
class RenderResult:
    """What one matter produced: ``docx`` is the order (combined, or the proposed
    order of the bundle), ``files`` every .docx written, ``pdfs`` every PDF."""

    source: Path
    docx: Path
    pdf: Path | None
    case: Case
    files: tuple[Path, ...] = ()
    pdfs: tuple[Path, ...] = field(default=())


@functools.lru_cache(maxsize=8192)
def matter_stem(source: Path) -> str:
    """The safe part of every output name of a matter: the case file's name, reduced
    (asked a dozen times per matter by a batch's staleness and clash checks)."""
    stem = _UNSAFE.sub("_", source.stem).strip("._-") or "matter"
    if _WINDOWS_RESERVED.match(stem):
        stem = f"matter_{stem}"
    return stem[:80]


def output_stem(source: Path) -> str:
    """The combined order's file name stem (``<matter>_protective_order``)."""
    return f"{matter_stem(source)}_protective_order"


def output_name(source: Path, kind: str) -> str:
    """A document's file name: ``<matter>_<kind>.docx``."""
    return f"{matter_stem(source)}_{kind}.docx"


def planned_outputs(source: CaseSource, form: str | None = None) -> list[tuple[Planned, str]]:
    """(document, file name) of every .docx a matter will write, from its raw data."""
    chosen, chambers = chosen_form(source.data, form)
    return [(p, output_name(source.path, p.kind)) for p in planned(chosen, chambers)]


def _same_bytes(written: Path, data: bytes) -> None:
    """The file on disk holds exactly the verified bytes."""
    if written.read_bytes() != data:
        raise OutputError(
            f"{display_path(written)}: the file read back differs from what was written",
            code="output-readback",
        )


def _readback(written: Path, *, data: bytes) -> None:
    _same_bytes(written, data)


def check_case(path: str | Path) -> Case:
    """Load and validate one case file; raise on any problem."""
    return validate_case(load_case(path))


def render_case(
    path: str | Path,
    output_dir: str | Path = "output",
    *,
    template: Template | Location | None = None,
    pdf: bool = False,
    form: str | None = None,
) -> RenderResult:
    """Render one case file to ``output_dir``; nothing is written unless all is sound.

    ``form`` ("combined" or "bundle") overrides the case file's ``[form] document``.
    """
    return render_source(load_case(path), output_dir, template=template, pdf=pdf, form=form)


def template_for(
    item: Planned, template: Template | Location | None, source: CaseSource
) -> Template:
    """The template one document of a matter renders with (what the manifest hashes)."""
    if item.document == "combined":
        return resolve_template(template, firm=source.template)  # explicit > the firm file's
    if template is not None or source.template:
        named = named_template(template) if template is not None else None
        label = named.label if named is not None else str(source.template)
        raise TemplateError(
            f"{source.name}: the template {label} is a combined order; the bundle's "
            "Stipulation and [Proposed] Protective Order use pogen's own templates "
            '(drop the template, or set [form] document = "combined")',
            code="bundle-template",
        )
    return bundle_template(item.document)


def _render_one(
    case: Case, item: Planned, chosen: Template, source: CaseSource, quote: bool = False
) -> bytes:
    from pogen.document import render
    from pogen.document.context import build_context
    from pogen.document.mandatory import verify_mandatory
    from pogen.docx.package import verify_package

    context = build_context(case, item.document, locked=item.locked)
    blocks = dict(context["blocks"])  # pogen's own blocks, before the template sees them
    properties = {
        "title": context["document_title"],
        "subject": f"{context['case']['caption_title']}, Case No. {case.number.text}",
        "author": context["filer"]["firm"] or context["filer"]["name"],
        "keywords": "stipulated protective order; C.D. Cal.",
    }
    data = render.render_document(context, chosen, properties=properties)  # normalized
    parsed = verify_package(data, source.name)  # parsed once, read by both checks
    verify_mandatory(data, context, chosen.label, parsed=parsed, quote=quote, blocks=blocks)
    if not item.locked:
        _nothing_locked(parsed, chosen.label)
    return data


def _nothing_locked(parsed: dict[str, Any], label: str) -> None:
    """The Word copy for chambers must be editable throughout: no ``w:lock`` anywhere."""
    from pogen.docx.ns import W

    for part, tree in parsed.items():
        if next(tree.iter(f"{W}lock"), None) is not None:
            raise TemplateError(
                f"template {label}: the Word copy for chambers would have a locked content "
                f"control (w:lock in {part}); chambers must be able to edit every part",
                code="chambers-locked",
            )


def _render_all(
    source: CaseSource,
    template: Template | Location | None,
    form: str | None,
    *,
    quote: bool = False,
) -> tuple[Case, list[tuple[Planned, str, bytes]]]:
    """Validate, then render and verify every document of the matter, in memory."""
    case = validate_case(source)
    rendered = [
        (item, name, _render_one(case, item, template_for(item, template, source), source, quote))
        for item, name in planned_outputs(source, form)
    ]
    return case, rendered


def render_order_bytes(
    source: CaseSource, template: Template | Location | None = None, form: str | None = None
) -> bytes:
    """The verified bytes of a matter's order (the combined order, or the bundle's
    [Proposed] Protective Order), written nowhere: what ``pogen redline`` compares."""
    case = validate_case(source)
    item = next(item for item, _name in planned_outputs(source, form) if item.is_order)
    return _render_one(case, item, template_for(item, template, source), source)


def render_source(
    source: CaseSource,
    output_dir: str | Path = "output",
    *,
    template: Template | Location | None = None,
    pdf: bool = False,
    form: str | None = None,
    guard: Callable[[Path, bytes], None] | None = None,
    quote: bool = False,
    sweep: bool = True,
) -> RenderResult:
    """``render_case`` for a case file already loaded (the batch loads it to hash it).

    ``guard(target, data)`` runs for every document once all are verified and before any
    is written, and may refuse to replace the file there (``pogen.batch.overwrite``);
    ``quote``: messages may quote rendered text (case data), for ``--debug``;
    ``sweep``: remove killed writers' temporary files of these outputs now (a batch
    sweeps its folder once, after every matter: ``pogen.output.atomic``)."""
    # Imported here so that `pogen validate`, which imports this module's neighbours,
    # does not pay for docxtpl, python-docx and lxml's parsing of the verification.
    from pogen.output.atomic import write_atomic

    case, rendered = _render_all(source, template, form, quote=quote)
    documents = [(Path(output_dir) / name, data, item) for item, name, data in rendered]
    if guard is not None:
        for target, data, _item in documents:
            guard(target, data)
    for target, data, _item in documents:  # every document verified; now write them
        write_atomic(target, data, check=functools.partial(_readback, data=data), sweep=sweep)
    files = tuple(target for target, _data, _item in documents)
    lodged = [target for target, _data, item in documents if item.lodged]
    pdfs: tuple[Path, ...] = ()
    if pdf:
        from pogen.output.pdf import convert_to_pdf

        pdfs = tuple(convert_to_pdf(lodged))
    main = next(target for target, _data, item in documents if item.is_order)
    main_pdf = next((p for p in pdfs if p.stem == main.stem), None)
    return RenderResult(source.path, main, main_pdf, case, files=files, pdfs=pdfs)

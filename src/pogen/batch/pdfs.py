"""The PDF phase of a batch: convert the new .docx files, shown and recorded as it goes.

One LibreOffice per worker, each document bounded by the batch's ``--timeout``
(``pogen.output.pdf``).  ``on_pdf`` sees each document as it finishes (for progress); on
Ctrl-C the conversions stop at once and the results hold what was finished, marked, so
the batch records it before it stops.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pogen.batch.results import FAILED, RENDERED, MatterResult
from pogen.errors import OutputError
from pogen.output import pdf as converter

DEFAULT_TIMEOUT = 300.0


class PdfPhaseInterruptedError(KeyboardInterrupt):
    """Ctrl-C during the PDF phase; ``results`` hold the PDFs finished before it."""

    def __init__(self, results: list[MatterResult]) -> None:
        super().__init__()
        self.results = results


def _lodged(result: MatterResult) -> tuple[Path, ...]:
    """The documents of a matter that get a PDF (all but a chambers copy)."""
    if result.lodged:
        return result.lodged
    return (result.docx,) if result.docx is not None else ()


def _apply(
    results: list[MatterResult], converted: dict[Path, converter.Outcome]
) -> list[MatterResult]:
    updated = []
    for result in results:
        made = [converted[d] for d in _lodged(result) if d in converted]
        broken = next((p for p in made if isinstance(p, OutputError)), None)
        if broken is not None:
            error, code = str(broken), int(broken.exit_code)
            updated.append(
                replace(result, status=FAILED, error=error, exit_code=code, code=broken.code)
            )
            continue
        pdfs = tuple(p for p in made if isinstance(p, Path))
        main = next((p for p in pdfs if result.docx and p.stem == result.docx.stem), None)
        updated.append(replace(result, pdf=main, pdfs=pdfs) if pdfs else result)
    return updated


def add_pdfs(
    results: list[MatterResult],
    workers: int,
    timeout: float | None,
    on_pdf: Callable[[MatterResult, int, int], None] | None = None,
) -> list[MatterResult]:
    """Convert every newly rendered .docx; each result gains its PDF or its failure.
    ``on_pdf(result, done, total)`` is told of each conversion as it finishes."""
    documents = [d for r in results if r.status == RENDERED for d in _lodged(r)]
    if not documents:
        return results
    groups = [documents[i::workers] for i in range(workers) if documents[i::workers]]
    by_docx = {d: r for r in results for d in _lodged(r)}
    count = 0

    def done(document: Path, outcome: converter.Outcome) -> None:
        nonlocal count
        count += 1
        if on_pdf is not None:
            on_pdf(_apply([by_docx[document]], {document: outcome})[0], count, len(documents))

    try:
        converted = converter.convert_many(groups, timeout or DEFAULT_TIMEOUT, done)
    except converter.ConversionInterruptedError as stop:
        raise PdfPhaseInterruptedError(_apply(results, stop.done)) from None
    except OutputError as exc:  # LibreOffice missing: every document fails with it
        converted = dict.fromkeys(documents, exc)
    return _apply(results, converted)

"""What a batch hands its workers and gets back: picklable jobs and results."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pogen.batch.manifest import Entry
from pogen.document.template import Template

RENDERED, FAILED, SKIPPED = "rendered", "failed", "skipped"


@dataclass(frozen=True)
class MatterJob:
    """One matter to render; picklable, so any executor can carry it."""

    source: Path
    output_dir: Path
    template: Template | None = None  # None: the firm file's, or the shipped one
    debug: bool = False
    force: bool = False  # render even when ``entries`` show the outputs are current
    pdf: bool = False  # a PDF is wanted (for deciding whether the output is current)
    entries: dict[str, Entry] = field(default_factory=dict)  # the manifest's, by file name
    form: str | None = None  # "combined" or "bundle" over the case file's [form] document
    # outputs of the folder whose names fold to one of ours, by our file name
    clashes: dict[str, tuple[str, Entry | None]] = field(default_factory=dict)
    sweep: bool = True  # False in a batch, which sweeps temporary files once at its end


@dataclass(frozen=True)
class MatterResult:
    """What became of one matter."""

    source: Path
    status: str  # "rendered", "failed" or "skipped"
    docx: Path | None = None
    pdf: Path | None = None
    error: str = ""  # the full message when failed; the reason when stale (--check)
    exit_code: int = 0
    code: str = ""  # the failure's code (``pogen explain CODE``) when failed
    input_sha256: str = ""
    template_sha256: str = ""
    output_sha256: str = ""
    warnings: tuple[str, ...] = ()  # the case file's warnings, printed with the result
    files: tuple[Path, ...] = ()  # every .docx of the matter (the bundle has several)
    lodged: tuple[Path, ...] = ()  # those that get a PDF with --pdf
    outputs: tuple[tuple[str, str], ...] = ()  # (file name, SHA-256) of each written
    pdfs: tuple[Path, ...] = ()  # the PDFs written
    # What the batch's stat cache may keep of the case file (pogen.batch.statcache's
    # case_record, made where it was loaded); not part of what became of the matter.
    remembered: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    @property
    def first_error(self) -> str:
        """The first line of the error: the one to show in a summary."""
        return self.error.splitlines()[0] if self.error else ""


@dataclass(frozen=True)
class BatchResult:
    """Every matter's result, in the order the case files were given."""

    results: list[MatterResult]
    manifest_error: str = ""  # the manifest could not be saved (a full disk): why

    def _count(self, status: str) -> list[MatterResult]:
        return [r for r in self.results if r.status == status]

    @property
    def rendered(self) -> list[MatterResult]:
        return self._count(RENDERED)

    @property
    def failed(self) -> list[MatterResult]:
        return self._count(FAILED)

    @property
    def skipped(self) -> list[MatterResult]:
        return self._count(SKIPPED)

    @property
    def ok(self) -> bool:
        return not self.failed


def in_order(sources: list[Path], results: list[MatterResult]) -> BatchResult:
    order = {source: i for i, source in enumerate(sources)}
    return BatchResult(sorted(results, key=lambda r: order.get(r.source, len(order))))

"""One matter of a batch, as a worker runs it: skip it when current, or render it.

``render_matter`` and ``check_matter`` never raise: every failure becomes the matter's
result, so a batch goes on past it.  Both take a picklable ``MatterJob``, so any
executor (pogen's own workers, a ``concurrent.futures`` pool, Dask) can carry them.
A matter writes one or more documents (``pogen.pipeline.planned_outputs``); it is
current only when every one of them is.
"""

from __future__ import annotations

import hashlib
import traceback
from dataclasses import dataclass, replace
from pathlib import Path

from pogen import pipeline
from pogen.batch.manifest import input_digest, sha256, stale_reason
from pogen.batch.results import FAILED, RENDERED, SKIPPED, MatterJob, MatterResult
from pogen.case.load import load_case
from pogen.case.source import CaseSource
from pogen.errors import ExitCode, PogenError, display_path, failure


@dataclass(frozen=True)
class _Inputs:
    """What a matter's output depends on, as the manifest records it."""

    source: CaseSource
    input_sha256: str
    template_sha256: str
    outputs: tuple[Path, ...]  # every .docx, in order
    lodged: tuple[Path, ...]  # those that get a PDF
    order: Path  # the order the Court signs (the combined or the proposed order)


def _inputs(job: MatterJob) -> _Inputs:
    """Load the case (with firm defaults) and hash what its output depends on."""
    source = load_case(job.source)
    templates = pipeline.templates_for(source, job.template, job.form)
    if len(templates) == 1:
        template_sha = templates[0].sha256
    else:  # the bundle: one digest over its documents' templates, in order
        template_sha = hashlib.sha256("".join(t.sha256 for t in templates).encode()).hexdigest()
    planned = pipeline.planned_outputs(source, job.form)
    outputs = tuple(job.output_dir / name for _item, name in planned)
    lodged = tuple(job.output_dir / name for item, name in planned if item.lodged)
    order = next(job.output_dir / name for item, name in planned if item.is_order)
    return _Inputs(source, input_digest(source.data), template_sha, outputs, lodged, order)


def _stale(job: MatterJob, inputs: _Inputs) -> str | None:
    """Why the matter must be rendered again, or None when every output is
    current: the first stale output, named when the matter has several."""
    for output in inputs.outputs:
        reason = stale_reason(
            job.entries.get(output.name),
            inputs.input_sha256,
            inputs.template_sha256,
            output,
            pdf=job.pdf and output in inputs.lodged,
        )
        if reason is not None:
            return reason if len(inputs.outputs) == 1 else f"{output.name}: {reason}"
    return None


def _failure(job: MatterJob, exc: Exception) -> MatterResult:
    message, code = failure(exc)
    kind = exc.code if isinstance(exc, PogenError) else "internal-error"
    if job.debug:  # tracebacks never carry local variables: case data is private
        message += "\n" + "".join(traceback.format_exception(exc)).rstrip()
    return MatterResult(job.source, FAILED, error=message, exit_code=int(code), code=kind)


def render_matter(job: MatterJob) -> MatterResult:
    """Render one matter, or skip it when its output is current; every failure becomes a
    result, never an exception."""
    try:
        inputs = _inputs(job)
        main = inputs.order
        skipped = MatterResult(
            job.source,
            SKIPPED,
            docx=main,
            pdf=main.with_suffix(".pdf") if job.pdf else None,
            input_sha256=inputs.input_sha256,
            template_sha256=inputs.template_sha256,
            files=inputs.outputs,
            lodged=inputs.lodged,
        )
        if not job.force and _stale(job, inputs) is None:
            return skipped
        done = pipeline.render_source(
            inputs.source, job.output_dir, template=job.template, form=job.form
        )
        shas = tuple((path.name, sha256(path.read_bytes())) for path in done.files)
    except Exception as exc:  # every failure is this matter's result; the batch goes on
        return _failure(job, exc)
    return replace(
        skipped,
        status=RENDERED,
        docx=done.docx,
        pdf=None,
        output_sha256=dict(shas)[done.docx.name],
        outputs=shas,
        warnings=tuple(str(w) for w in done.case.warnings),
    )


def check_matter(job: MatterJob) -> MatterResult:
    """Whether a matter's output is current, without writing: "skipped" if it is,
    "failed" with the reason if it is missing or stale."""
    try:
        inputs = _inputs(job)
    except Exception as exc:
        failed = _failure(job, exc)
        return replace(
            failed,
            error=f"{display_path(job.source)}: stale (cannot load: {failed.first_error})",
            exit_code=ExitCode.INVALID,
            code="output-stale",
        )
    reason = _stale(job, inputs)
    main = inputs.order
    if reason is None:
        return MatterResult(job.source, SKIPPED, docx=main, files=inputs.outputs)
    message = f"{display_path(job.source)}: {display_path(main)} is stale ({reason})"
    return MatterResult(
        job.source,
        FAILED,
        docx=main,
        error=message,
        exit_code=ExitCode.INVALID,
        code="output-stale",
        files=inputs.outputs,
    )


def lost(job: MatterJob, reason: str) -> MatterResult:
    """The result of a matter whose worker died, timed out or could not run it."""
    return MatterResult(
        job.source,
        FAILED,
        error=f"{display_path(job.source)}: {reason}",
        exit_code=int(ExitCode.INTERNAL),
        code="worker-lost",
    )

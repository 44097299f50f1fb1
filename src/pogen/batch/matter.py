"""One matter of a batch, as a worker runs it: skip it when current, or render it.

``render_matter`` and ``check_matter`` never raise: every failure becomes the matter's
result, so a batch goes on past it.  Both take a picklable ``MatterJob``, so any
executor (pogen's own workers, a ``concurrent.futures`` pool, Dask) can carry them.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, replace
from pathlib import Path

from pogen import pipeline
from pogen.batch.manifest import input_digest, sha256, stale_reason
from pogen.batch.results import FAILED, RENDERED, SKIPPED, MatterJob, MatterResult
from pogen.case.load import load_case
from pogen.case.source import CaseSource
from pogen.document.template import Template, resolve_template
from pogen.errors import ExitCode, PogenError, display_path, failure
from pogen.pipeline import output_stem


@dataclass(frozen=True)
class _Inputs:
    """What a matter's output depends on, as the manifest records it."""

    source: CaseSource
    template: Template
    input_sha256: str
    template_sha256: str
    output: Path


def _inputs(job: MatterJob) -> _Inputs:
    """Load the case (with firm defaults) and hash what its output depends on."""
    source = load_case(job.source)
    template = resolve_template(job.template, firm=source.template)
    output = job.output_dir / f"{output_stem(job.source)}.docx"
    return _Inputs(source, template, input_digest(source.data), template.sha256, output)


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
        skipped = MatterResult(
            job.source,
            SKIPPED,
            docx=inputs.output,
            pdf=inputs.output.with_suffix(".pdf") if job.pdf else None,
            input_sha256=inputs.input_sha256,
            template_sha256=inputs.template_sha256,
        )
        if not job.force and job.entry is not None:
            stale = stale_reason(
                job.entry, inputs.input_sha256, inputs.template_sha256, inputs.output, pdf=job.pdf
            )
            if stale is None:
                return skipped
        done = pipeline.render_source(inputs.source, job.output_dir, template=inputs.template)
        output_sha = sha256(done.docx.read_bytes())
    except Exception as exc:  # every failure is this matter's result; the batch goes on
        return _failure(job, exc)
    return replace(
        skipped,
        status=RENDERED,
        docx=done.docx,
        pdf=None,
        output_sha256=output_sha,
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
    reason = stale_reason(
        job.entry, inputs.input_sha256, inputs.template_sha256, inputs.output, pdf=job.pdf
    )
    if reason is None:
        return MatterResult(job.source, SKIPPED, docx=inputs.output)
    message = f"{display_path(job.source)}: {display_path(inputs.output)} is stale ({reason})"
    return MatterResult(
        job.source,
        FAILED,
        docx=inputs.output,
        error=message,
        exit_code=ExitCode.INVALID,
        code="output-stale",
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

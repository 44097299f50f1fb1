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
from pogen.batch.manifest import input_digest, relative_case, sha256, stale_reason
from pogen.batch.overwrite import check_docx, check_pdf
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


def _keep(job: MatterJob, target: Path, data: bytes) -> None:
    """Refuse to replace an output that is not this matter's own unedited rendering."""
    case_file = relative_case(job.source, job.output_dir)
    check_docx(target, data, case_file, job.entry, job.clash)
    if job.pdf:
        check_pdf(target.with_suffix(".pdf"), case_file, job.entry)


def _failure(job: MatterJob, exc: Exception) -> MatterResult:
    message, exit_code = failure(exc)
    code = exc.code if isinstance(exc, PogenError) else "internal-error"
    if isinstance(exc, MemoryError):  # the machine's limit, not a bug; say which matter
        message = (
            f"{display_path(job.source)}: ran out of memory while rendering it (MemoryError); "
            "render it alone, or with fewer --jobs"
        )
        exit_code = ExitCode.OUTPUT
        code = "out-of-memory"
    elif not isinstance(exc, PogenError):
        message = f"{display_path(job.source)}: {message}"  # which matter hit the bug
    if job.debug:  # tracebacks never carry local variables: case data is private
        message += "\n" + "".join(traceback.format_exception(exc)).rstrip()
    return MatterResult(job.source, FAILED, error=message, exit_code=int(exit_code), code=code)


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
        done = pipeline.render_source(
            inputs.source,
            job.output_dir,
            template=inputs.template,
            guard=None if job.force else lambda target, data: _keep(job, target, data),
            quote=job.debug,
        )
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
    where = f"{display_path(job.source)}: {display_path(inputs.output)}"
    kept = _kept(job, inputs.output, reason)
    if kept:  # `pogen render` would keep it: say so, never advise a command that loses it
        message = (
            f"{where} {kept}; pogen render keeps it: carry the change into the case file or "
            "template, or rerun with --force to discard it"
        )
        code = "output-conflict"
    else:
        message, code = f"{where} is stale ({reason})", "output-stale"
    return MatterResult(
        job.source, FAILED, docx=inputs.output, error=message, exit_code=ExitCode.INVALID, code=code
    )


def _kept(job: MatterJob, output: Path, reason: str) -> str:
    """Why ``pogen render`` would keep this existing output rather than replace it."""
    entry = job.entry
    if entry is not None and entry.case_file != relative_case(job.source, job.output_dir):
        return f"was rendered from another case file, {entry.case_file}"
    if reason in ("output edited since rendered", "PDF edited"):
        what = "its PDF was" if reason == "PDF edited" else "was"
        return f"{what} edited since pogen wrote it"
    if job.clash is not None:
        return f"would replace {job.clash[0]}, whose name differs only by case or Unicode form"
    return ""


def lost(job: MatterJob, reason: str) -> MatterResult:
    """The result of a matter whose worker died, timed out or could not run it.  A
    time limit reached is exit code 4 (no output within the time allowed), anything else
    70 (a worker should not die)."""
    timed_out = reason.startswith("timed out")
    return MatterResult(
        job.source,
        FAILED,
        error=f"{display_path(job.source)}: {reason}",
        exit_code=int(ExitCode.OUTPUT if timed_out else ExitCode.INTERNAL),
        code="worker-lost",
    )

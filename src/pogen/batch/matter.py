"""One matter of a batch, as a worker runs it: skip it when current, or render it.

``render_matter`` and ``check_matter`` never raise: every failure becomes the matter's
result, so a batch goes on past it.  Both take a picklable ``MatterJob``, so any
executor (pogen's own workers, a ``concurrent.futures`` pool, Dask) can carry them.
A matter writes one or more documents (``pogen.pipeline.planned_outputs``); it is
current only when every one of them is.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pogen import pipeline
from pogen.batch.manifest import file_sha256, input_digest, relative_case, sha256, stale_reason
from pogen.batch.overwrite import check_docx, check_pdf
from pogen.batch.results import FAILED, RENDERED, SKIPPED, MatterJob, MatterResult
from pogen.batch.statcache import StatCache, case_record, discovered_firm
from pogen.case.load import load_case
from pogen.case.source import CaseSource
from pogen.errors import ExitCode, PogenError, display_path, failure


@dataclass(frozen=True)
class _Inputs:
    """What a matter's output depends on, as the manifest records it."""

    source: CaseSource | None  # None when it came from the stat cache, unparsed
    input_sha256: str
    template_sha256: str
    outputs: tuple[Path, ...]  # every .docx, in order
    lodged: tuple[Path, ...]  # those that get a PDF
    order: Path  # the order the Court signs (the combined or the proposed order)
    derived: dict[str, Any]  # what ``_derived`` gave (or the stat cache remembered)


def _derived(source: CaseSource) -> dict[str, Any]:
    """What ``_inputs`` needs of a loaded case file: the digest of its data, the firm
    file's template, and the tables that choose its documents (``chosen_form``)."""
    view = {key: source.data[key] for key in ("form", "judges") if key in source.data}
    return {"input_sha256": input_digest(source.data), "template": source.template, "view": view}


def _inputs(job: MatterJob, cache: StatCache | None = None) -> _Inputs:
    """Load the case (with firm defaults) and hash what its output depends on; with a
    ``cache``, what a case file unchanged since it was last loaded gave then."""
    found = _known_inputs(job, cache, parse=True)
    assert found is not None  # parse=True: loaded when not remembered
    return found


def _known_inputs(
    job: MatterJob, cache: StatCache | None, *, parse: bool, known: dict[str, Any] | None = None
) -> _Inputs | None:
    """``_inputs``; without ``parse``, None unless the cache remembers the case file.
    ``known``: what ``cache.inputs`` gave for it already."""
    source: CaseSource | None = None
    derived = known if known is not None or cache is None else cache.inputs(job.source)
    if derived is None and not parse:
        return None
    if derived is None:
        if cache is not None:  # before reading: a firm file that comes or goes after it
            cache.discovered(job.source)  # then leaves a record that cannot hold
        source = load_case(job.source)
        derived = _derived(source)
        if cache is not None:
            cache.remember(source, derived)
    # What planning and template choice read of a case file, and only that.
    planning = CaseSource(
        path=job.source,
        text="",
        data=derived["view"],
        label="",  # ``name`` gives display_path(path) when a message needs it
        template=derived["template"],
    )
    planned = pipeline.planned_outputs(planning, job.form)
    templates = [pipeline.template_for(item, job.template, planning) for item, _name in planned]
    if len(templates) == 1:
        template_sha = templates[0].sha256
    else:  # the bundle: one digest over its documents' templates, in order
        template_sha = hashlib.sha256("".join(t.sha256 for t in templates).encode()).hexdigest()
    outputs = tuple(job.output_dir / name for _item, name in planned)
    lodged = tuple(job.output_dir / name for item, name in planned if item.lodged)
    order = next(job.output_dir / name for item, name in planned if item.is_order)
    return _Inputs(source, derived["input_sha256"], template_sha, outputs, lodged, order, derived)


def _first_stale(
    job: MatterJob, inputs: _Inputs, cache: StatCache | None = None
) -> tuple[Path, str] | None:
    """The first output that must be rendered again and why, or None when every output
    of the matter is current."""
    hasher = file_sha256 if cache is None else functools.partial(cache.sha256, compute=file_sha256)
    for output in inputs.outputs:
        reason = stale_reason(
            job.entries.get(output.name),
            inputs.input_sha256,
            inputs.template_sha256,
            output,
            pdf=job.pdf and output in inputs.lodged,
            hasher=hasher,
        )
        if reason is not None:
            return output, reason
    return None


def _keep(job: MatterJob, lodged: tuple[Path, ...], target: Path, data: bytes) -> None:
    """Refuse to replace an output that is not this matter's own unedited rendering."""
    case_file = relative_case(job.source, job.output_dir)
    entry = job.entries.get(target.name)
    check_docx(target, data, case_file, entry, job.clashes.get(target.name))
    if job.pdf and target in lodged:
        check_pdf(target.with_suffix(".pdf"), case_file, entry)


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
        import traceback

        message += "\n" + "".join(traceback.format_exception(exc)).rstrip()
    return MatterResult(job.source, FAILED, error=message, exit_code=int(exit_code), code=code)


def _skipped(job: MatterJob, inputs: _Inputs) -> MatterResult:
    main = inputs.order
    return MatterResult(
        job.source,
        SKIPPED,
        docx=main,
        pdf=main.with_suffix(".pdf") if job.pdf else None,
        input_sha256=inputs.input_sha256,
        template_sha256=inputs.template_sha256,
        files=inputs.outputs,
        lodged=inputs.lodged,
    )


def current_matter(
    job: MatterJob, cache: StatCache, known: dict[str, Any] | None = None
) -> MatterResult | None:
    """The result ``render_matter`` gives a current matter, decided from the stat cache
    alone (no parsing: a matter the cache does not know, or any doubt, is None and goes
    to ``render_matter`` as before), so a batch need not hand it to a worker.
    ``known``: what ``cache.inputs`` gave for its case file already."""
    if job.force:
        return None
    try:
        inputs = _known_inputs(job, cache, parse=False, known=known)
        if inputs is not None and _first_stale(job, inputs, cache) is None:
            return _skipped(job, inputs)
    except Exception:
        return None
    return None


def render_matter(job: MatterJob) -> MatterResult:
    """Render one matter, or skip it when its output is current; every failure becomes a
    result, never an exception."""
    try:
        discovered = discovered_firm(job.source)  # before reading, as _known_inputs does
        inputs = _inputs(job)
        assert inputs.source is not None  # loaded: no cache here
        # What the batch's stat cache may keep of the case file, so that the next run
        # knows it without a worker; its status taken here, just after reading it.
        record = case_record(inputs.source, inputs.derived, discovered)
        skipped = replace(_skipped(job, inputs), remembered=record)
        if not job.force and _first_stale(job, inputs) is None:
            return skipped
        done = pipeline.render_source(
            inputs.source,
            job.output_dir,
            template=job.template,
            form=job.form,
            guard=None if job.force else functools.partial(_keep, job, inputs.lodged),
            quote=job.debug,
            sweep=job.sweep,
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


def check_matter(job: MatterJob, cache: StatCache | None = None) -> MatterResult:
    """Whether a matter's output is current, without writing: "skipped" if it is,
    "failed" with the reason if it is missing or stale.  ``cache``: the folder's
    ``StatCache``, which saves parsing and hashing what did not change."""
    try:
        inputs = _inputs(job, cache)
    except Exception as exc:
        failed = _failure(job, exc)
        return replace(
            failed,
            error=f"{display_path(job.source)}: stale (cannot load: {failed.first_error})",
            exit_code=ExitCode.INVALID,
            code="output-stale",
        )
    found = _first_stale(job, inputs, cache)
    if found is None:
        return MatterResult(job.source, SKIPPED, docx=inputs.order, files=inputs.outputs)
    output, reason = found
    where = f"{display_path(job.source)}: {display_path(output)}"
    kept = _kept(job, output, reason)
    if kept:  # `pogen render` would keep it: say so, never advise a command that loses it
        message = (
            f"{where} {kept}; pogen render keeps it: carry the change into the case file or "
            "template, or rerun with --force to discard it"
        )
        code = "output-conflict"
    else:
        message, code = f"{where} is stale ({reason})", "output-stale"
    return MatterResult(
        job.source,
        FAILED,
        docx=inputs.order,
        error=message,
        exit_code=ExitCode.INVALID,
        code=code,
        files=inputs.outputs,
    )


def _kept(job: MatterJob, output: Path, reason: str) -> str:
    """Why ``pogen render`` would keep this existing output rather than replace it."""
    entry = job.entries.get(output.name)
    if entry is not None and entry.case_file != relative_case(job.source, job.output_dir):
        return f"was rendered from another case file, {entry.case_file}"
    if reason in ("output edited since rendered", "PDF edited"):
        what = "its PDF was" if reason == "PDF edited" else "was"
        return f"{what} edited since pogen wrote it"
    clash = job.clashes.get(output.name)
    if clash is not None:
        return f"would replace {clash[0]}, whose name differs only by case or Unicode form"
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

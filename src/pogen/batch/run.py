"""Render many matters: collect case files, skip current outputs, render in parallel.

A batch keeps going past a failing matter and reports each failure with its first
error.  By default matters render in ``pogen.batch.pool``'s isolated worker processes (a
crash or hang fails only its own matter); any ``concurrent.futures.Executor`` can be
passed instead, e.g. a Dask or Ray executor to spread the work over machines.  Each
worker compiles a template once (``pogen.document.compiled``) and reuses it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from pogen.batch import deadline, verdict
from pogen.batch.collect import collect_cases, default_jobs, plan, scanned, select
from pogen.batch.manifest import Entry, Manifest, build_digest, file_sha256
from pogen.batch.matter import check_matter, current_matter, lost, render_matter
from pogen.batch.overwrite import Folded
from pogen.batch.results import (
    RENDERED,
    SKIPPED,
    BatchResult,
    MatterJob,
    MatterResult,
    in_order,
)
from pogen.batch.statcache import StatCache
from pogen.document.template import SHIPPED, Location, Template
from pogen.errors import OutputError, PogenError
from pogen.output.atomic import remove_stale_parts_of
from pogen.pipeline import KINDS, output_name

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

    from pogen.batch.pool import Started


def _run_executor(
    executor: Executor,
    jobs: list[MatterJob],
    report: Callable[[MatterResult], None],
    results: dict[int, MatterResult],
) -> None:
    from concurrent.futures import as_completed

    futures: dict[Future[MatterResult], int] = {
        executor.submit(render_matter, job): i for i, job in enumerate(jobs)
    }
    for future in as_completed(futures):
        index = futures[future]
        error = future.exception()
        if error is None:
            results[index] = future.result()
        else:
            results[index] = lost(jobs[index], f"the executor failed to run it ({error!r})")
        report(results[index])


def _run_isolated(
    jobs: list[MatterJob],
    *,
    workers: int,
    timeout: float | None,
    report: Callable[[MatterResult], None],
    tick: Callable[[], None] | None,
    results: dict[int, MatterResult],
) -> None:
    from pogen.batch.pool import run_isolated, will_fork  # workers: only when needed

    if will_fork() and jobs:  # compile once here; forked workers inherit it
        with contextlib.suppress(PogenError):  # each matter reports a template problem
            Template.of(jobs[0].template).compiled()
    for outcome in run_isolated(render_matter, jobs, jobs=workers, timeout=timeout, tick=tick):
        if outcome.value is not None:
            results[outcome.index] = outcome.value
        else:
            results[outcome.index] = lost(jobs[outcome.index], outcome.failure)
        report(results[outcome.index])


def _run(
    todo: list[MatterJob],
    executor: Executor | None,
    *,
    workers: int,
    timeout: float | None,
    report: Callable[[MatterResult], None],
    tick: Callable[[], None] | None,
    results: dict[int, MatterResult],
) -> None:
    """Render ``todo`` into ``results`` (index -> result), which holds what is done
    even when Ctrl-C stops the run."""
    if executor is not None:
        _run_executor(executor, todo, report, results)
    elif len(todo) == 1 and timeout is None:  # one matter, no bound: no worker to start
        results[0] = render_matter(todo[0])
        report(results[0])
    elif len(todo) == 1 and timeout is not None and deadline.available():  # an alarm, no worker
        results[0] = _alone(todo[0], timeout)
        report(results[0])
    else:  # a lone matter too, when no alarm can bound it here
        _run_isolated(
            todo, workers=workers, timeout=timeout, report=report, tick=tick, results=results
        )


OVERLAP_AFTER = 64
"""Matters a scan must look through for a worker started first to pay: forking costs
this process a few milliseconds, a current matter about 60 microseconds."""


def _scan(
    todo: list[MatterJob], cache: StatCache, *, overlap: bool, workers: int
) -> tuple[list[MatterResult | None], dict[int, Started[MatterResult]]]:
    """Each matter's result when the stat cache shows it current (None: render it),
    decided here with no worker.

    First, for every case file, what the stat cache remembers of it (a stat or three
    each); a matter it does not remember as it is now must be rendered (or at least
    loaded) by a worker anyway.  With ``overlap``, more than ``OVERLAP_AFTER`` matters
    and no more of those than ``workers`` (more go to the pool), each of them starts
    at once in a worker of its own (returned by index), so that its start-up,
    importing the renderer, runs on another core while this process looks through the
    rest: a re-render after a change or two among a thousand matters does not wait
    for the scan, then the render."""
    known = [None if job.force else cache.inputs(job.source) for job in todo]
    unknown = [index for index, found in enumerate(known) if found is None]
    early: dict[int, Started[MatterResult]] = {}
    try:
        if overlap and len(todo) > OVERLAP_AFTER and 0 < len(unknown) <= workers:
            from pogen.batch.pool import Started, will_fork

            if will_fork():  # elsewhere a worker starts too slowly to win anything
                for index in unknown:
                    early[index] = Started(render_matter, todo[index])
        current = [
            None if found is None else current_matter(job, cache, found)
            for job, found in zip(todo, known, strict=True)
        ]
    except BaseException:
        for started in early.values():
            started.cancel()
        raise
    return current, early


def _alone(job: MatterJob, timeout: float) -> MatterResult:
    """One matter in this process under its time limit (``pogen.batch.deadline``)."""
    stopped = f"timed out after {timeout:g} s; stopped"
    try:
        return deadline.call_with_deadline(render_matter, job, timeout, lost(job, stopped).error)
    except deadline.DeadlineError:
        return lost(job, stopped)


def matter_entries(manifest: Manifest, source: Path) -> dict[str, Entry]:
    """The manifest's entries for every file a matter may have written (any form)."""
    return {n: manifest.entries[n] for n in matter_names(source) if n in manifest.entries}


def matter_names(source: Path) -> list[str]:
    """Every file name a matter may write, in any form (``pogen.pipeline.KINDS``)."""
    return [output_name(source, kind) for kind in KINDS]


def _record(manifest: Manifest, fresh: Iterable[MatterResult]) -> None:
    """Enter every file of each rendered matter in the manifest.  A failed matter's
    entries stay: they describe the files still on disk (the failure wrote nothing),
    stale by their inputs, which a later run may replace (``pogen.batch.overwrite``);
    so do the entries of a form a matter no longer uses, whose files are still there."""
    for result in fresh:
        if result.status != RENDERED:
            continue
        pdfs = {p.name: p for p in result.pdfs}
        for name, sha in result.outputs:
            pdf = pdfs.get(name.removesuffix(".docx") + ".pdf")
            manifest.record(
                name,
                Entry(
                    case_file=manifest.relative(result.source),
                    input_sha256=result.input_sha256,
                    template_sha256=result.template_sha256,
                    output_sha256=sha,
                    pdf_sha256=file_sha256(pdf) if pdf is not None else "",
                    pogen_build=build_digest(),
                ),
            )


def _clashes(folded: Folded, source: Path) -> dict[str, tuple[str, Entry | None]]:
    """Outputs of the folder whose names fold to one a matter may write."""
    found = {name: folded.clash(name) for name in matter_names(source)}
    return {name: clash for name, clash in found.items() if clash is not None}


def _save(manifest: Manifest) -> str:
    """Save the manifest; the error's message if that failed (a full disk), which the
    batch reports after its summary instead of losing the summary."""
    try:
        manifest.save()
    except OutputError as exc:
        return f"{exc}; the outputs written are complete, but the next run will not know them"
    return ""


def _stop(manifest: Manifest, done: Iterable[MatterResult]) -> None:
    """Ctrl-C: record what is finished, so the next run does not do it again."""
    with contextlib.suppress(Exception):
        _record(manifest, done)
        manifest.save()


def render_batch(
    paths: Iterable[str | Path],
    output_dir: str | Path = "output",
    *,
    executor: Executor | None = None,
    jobs: int | None = None,
    timeout: float | None = None,
    template: Template | Location | None = None,
    pdf: bool = False,
    force: bool = False,
    since: str | None = None,
    debug: bool = False,
    form: str | None = None,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[MatterResult], None] | None = None,
    tick: Callable[[], None] | None = None,
    on_pdf: Callable[[MatterResult, int, int], None] | None = None,
) -> BatchResult:
    """Render every matter in ``paths`` (files, folders, globs) into ``output_dir``.

    Matters whose output is current (see ``pogen.batch.manifest``) are skipped unless
    ``force``; an existing output that is not this matter's own unedited rendering is
    kept and its matter fails (``pogen.batch.overwrite``) unless ``force``.  With
    ``since`` (a git ref) only matters whose case file changed since then are
    considered (all of them when a firm file or template changed).
    ``template`` overrides each matter's own (its firm file's, or the shipped one).
    ``executor`` runs the matters (any ``concurrent.futures.Executor``); without one,
    ``jobs`` isolated worker processes do, each matter limited to ``timeout`` seconds
    (a lone matter renders in this process, under an alarm when ``timeout`` is
    set: ``pogen.batch.deadline``), and each PDF
    conversion too.  ``on_result`` sees each result as it arrives, after ``on_start``
    was told how many matters there are; ``on_pdf(result, done, total)`` each PDF.
    On Ctrl-C what is finished is recorded in the manifest before the interrupt goes on.
    ``form`` ("combined" or "bundle") overrides each case file's ``[form] document``.
    """
    folder = Path(output_dir)
    chosen = None if template is None else Template.of(template)  # read once for all
    workers = jobs or default_jobs()
    report = on_result or (lambda _result: None)
    sources = select(collect_cases(paths), since, folder)
    if on_start is not None:
        on_start(len(sources))
    planned, results = plan(sources, folder)
    for clash in results:
        report(clash)
    manifest = Manifest(folder)
    folded = Folded(manifest)
    todo = [
        MatterJob(
            source,
            folder,
            chosen,
            debug,
            force,
            pdf,
            matter_entries(manifest, source),
            form,
            {} if force else _clashes(folded, source),
            sweep=False,  # swept below, once for the batch
        )
        for source, _out in planned
    ]
    cache = StatCache(folder)
    current, early = _scan(todo, cache, overlap=executor is None and workers > 1, workers=workers)
    for result in current:
        if result is not None:
            report(result)
    stale = [i for i, r in enumerate(current) if r is None and i not in early]
    done: dict[int, MatterResult] = {}
    try:
        _run([todo[i] for i in stale], executor, workers=workers, timeout=timeout,
             report=report, tick=tick, results=done)  # fmt: skip
        for index, started in early.items():
            outcome = started.outcome(timeout, tick)
            value = outcome.value
            result = value if value is not None else lost(todo[index], outcome.failure)
            current[index] = result
            report(result)
    except KeyboardInterrupt:  # what is finished, the early matters' too (current)
        _stop(manifest, [*done.values(), *(r for r in current if r is not None)])
        raise
    finally:
        for started in early.values():
            started.cancel()
    rendered = iter(done[k] for k in range(len(stale)))
    fresh = [next(rendered) if r is None else r for r in current]
    for result in fresh:  # what workers read of case files: the next run needs none
        cache.adopt(result.source, result.remembered)
    cache.save()
    remove_stale_parts_of(folder, (name for r in fresh for name, _sha in r.outputs))
    _record(manifest, fresh)  # the .docx files are on disk: recorded before the PDFs
    if pdf:
        from pogen.batch.pdfs import PdfPhaseInterruptedError, add_pdfs

        try:
            fresh = add_pdfs(fresh, workers, timeout, on_pdf)
        except PdfPhaseInterruptedError as stop:
            _stop(manifest, stop.results)
            raise KeyboardInterrupt from None
        _record(manifest, fresh)
    manifest_error = _save(manifest)
    return replace(in_order(sources, results + fresh), manifest_error=manifest_error)


def check_batch(
    paths: Iterable[str | Path],
    output_dir: str | Path = "output",
    *,
    template: Template | Location | None = None,
    pdf: bool = False,
    since: str | None = None,
    form: str | None = None,
) -> BatchResult:
    """Which outputs are missing or stale, without writing anything: each such matter
    is a "failed" result whose ``error`` says why.  When all are current (and no
    template or git ref is given), the answer is remembered (``pogen.batch.verdict``)."""
    started = verdict.now_ns()
    paths = list(paths)
    folder = Path(output_dir)
    chosen = None if template is None else Template.of(template)  # read once for all
    sources = select(collect_cases(paths), since, folder)
    planned, results = plan(sources, folder)
    manifest = Manifest(folder)
    folded = Folded(manifest)
    cache = StatCache(folder)
    for source, _out in planned:
        job = MatterJob(
            source,
            folder,
            chosen,
            pdf=pdf,
            entries=matter_entries(manifest, source),
            form=form,
            clashes=_clashes(folded, source),
        )
        results.append(check_matter(job, cache))
    cache.save()
    if chosen is None and since is None and all(r.status == SKIPPED for r in results):
        read = verdict_files(paths, manifest, results, cache, pdf=pdf)
        if read is not None:
            verdict.record(
                paths,
                folder,
                pdf=pdf,
                form=form,
                count=len(results),
                files=read[0],
                present=read[1],
                started_ns=started,
            )
    return in_order(sources, results)


def verdict_files(
    arguments: list[str | Path],
    manifest: Manifest,
    results: list[MatterResult],
    cache: StatCache,
    *,
    pdf: bool,
) -> tuple[list[str], list[str]] | None:
    """Every file and folder an all-current check's answer was drawn from (what
    ``pogen.batch.verdict`` must find unmoved to give it again) and the paths whose
    existence alone it asked about, or None when one of them is not known well
    enough: a glob argument, a case file the stat cache holds no current record of."""
    from pogen.case.firm import FIRM_FILE, searched

    files = scanned(arguments)
    if files is None:
        return None
    files += [str(manifest.folder), str(manifest.path)]
    present: list[str] = []
    folders: set[str] = set()
    for result in results:
        known = cache.known(result.source)
        if known is None:
            return None
        layers, template = known
        files += [str(result.source), *layers]
        if template and not template.startswith(SHIPPED):
            files.append(template)
        if (parent := str(result.source.parent)) not in folders:
            folders.add(parent)
            for place in searched(result.source):  # where discovery looked, up to its find
                files.append(str(place / FIRM_FILE))
                present.append(str(place / ".git"))
                if (place / FIRM_FILE).is_file():
                    break
        for output in result.files:
            files.append(str(output))
            if pdf:
                files.append(str(output.with_suffix(".pdf")))
    return files + verdict.own_files(), present

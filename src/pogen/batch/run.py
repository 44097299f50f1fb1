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

from pogen.batch.collect import collect_cases, default_jobs, plan, select
from pogen.batch.manifest import Entry, Manifest, build_digest, file_sha256
from pogen.batch.matter import check_matter, lost, render_matter
from pogen.batch.pool import run_isolated, will_fork
from pogen.batch.results import FAILED, RENDERED, BatchResult, MatterJob, MatterResult, in_order
from pogen.document.template import Location, Template
from pogen.errors import OutputError, PogenError
from pogen.output import pdf as converter
from pogen.pipeline import KINDS, matter_stem

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future


def _run_executor(
    executor: Executor, jobs: list[MatterJob], report: Callable[[MatterResult], None]
) -> dict[int, MatterResult]:
    from concurrent.futures import as_completed

    futures: dict[Future[MatterResult], int] = {
        executor.submit(render_matter, job): i for i, job in enumerate(jobs)
    }
    results: dict[int, MatterResult] = {}
    for future in as_completed(futures):
        index = futures[future]
        error = future.exception()
        if error is None:
            results[index] = future.result()
        else:
            results[index] = lost(jobs[index], f"the executor failed to run it ({error!r})")
        report(results[index])
    return results


def _run_isolated(
    jobs: list[MatterJob],
    workers: int,
    timeout: float | None,
    report: Callable[[MatterResult], None],
    tick: Callable[[], None] | None,
) -> dict[int, MatterResult]:
    if will_fork() and jobs:  # compile once here; forked workers inherit it
        with contextlib.suppress(PogenError):  # each matter reports a template problem
            Template.of(jobs[0].template).compiled()
    results: dict[int, MatterResult] = {}
    for outcome in run_isolated(render_matter, jobs, jobs=workers, timeout=timeout, tick=tick):
        if outcome.value is not None:
            results[outcome.index] = outcome.value
        else:
            results[outcome.index] = lost(jobs[outcome.index], outcome.failure)
        report(results[outcome.index])
    return results


def _add_pdfs(results: list[MatterResult], workers: int) -> list[MatterResult]:
    """Convert every new .docx that is filed or lodged (not a chambers copy) with one
    LibreOffice launch per worker."""
    documents = [d for r in results if r.status == RENDERED for d in r.lodged]
    chunks = [documents[i::workers] for i in range(workers) if documents[i::workers]]

    def convert(chunk: list[Path]) -> dict[Path, Path | OutputError]:
        try:
            return dict(zip(chunk, converter.convert_to_pdf(chunk), strict=True))
        except OutputError as exc:
            if len(chunk) == 1 or exc.__class__ is not OutputError:
                return dict.fromkeys(chunk, exc)
            outcome: dict[Path, Path | OutputError] = {}  # find the one that fails
            for document in chunk:
                try:
                    outcome[document] = converter.convert_to_pdf([document])[0]
                except OutputError as single:
                    outcome[document] = single
            return outcome

    converted: dict[Path, Path | OutputError] = {}
    if chunks:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(len(chunks)) as threads:
            for part in threads.map(convert, chunks):
                converted.update(part)
    updated = []
    for result in results:
        made = [converted[d] for d in result.lodged if d in converted]
        broken = next((p for p in made if isinstance(p, OutputError)), None)
        if broken is not None:
            error, code = str(broken), int(broken.exit_code)
            updated.append(replace(result, status=FAILED, error=error, exit_code=code))
            continue
        pdfs = tuple(p for p in made if isinstance(p, Path))
        main = next((p for p in pdfs if result.docx and p.stem == result.docx.stem), None)
        updated.append(replace(result, pdf=main, pdfs=pdfs) if pdfs else result)
    return updated


def _run(
    todo: list[MatterJob],
    executor: Executor | None,
    *,
    workers: int,
    timeout: float | None,
    report: Callable[[MatterResult], None],
    tick: Callable[[], None] | None,
) -> dict[int, MatterResult]:
    if executor is not None:
        return _run_executor(executor, todo, report)
    if len(todo) == 1:  # one matter: no worker to start (it alone would fail anyway)
        done = render_matter(todo[0])
        report(done)
        return {0: done}
    return _run_isolated(todo, workers, timeout, report, tick)


def matter_entries(manifest: Manifest, source: Path) -> dict[str, Entry]:
    """The manifest's entries for every file a matter may have written (any form)."""
    stem = matter_stem(source)
    names = (f"{stem}_{kind}.docx" for kind in KINDS)
    return {name: manifest.entries[name] for name in names if name in manifest.entries}


def _record(manifest: Manifest, fresh: list[MatterResult]) -> None:
    """Enter each file of a rendered matter in the manifest (and forget the files of a
    form it no longer has); forget failed ones (their output is stale)."""
    for result in fresh:
        if result.status not in (RENDERED, FAILED):
            continue
        for name in matter_entries(manifest, result.source):
            del manifest.entries[name]
        if result.status == FAILED:
            continue
        pdfs = {p.name: p for p in result.pdfs}
        for name, sha in result.outputs:
            pdf = pdfs.get(name.removesuffix(".docx") + ".pdf")
            manifest.entries[name] = Entry(
                case_file=manifest.relative(result.source),
                input_sha256=result.input_sha256,
                template_sha256=result.template_sha256,
                output_sha256=sha,
                pdf_sha256=file_sha256(pdf) if pdf is not None else "",
                pogen_build=build_digest(),
            )


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
) -> BatchResult:
    """Render every matter in ``paths`` (files, folders, globs) into ``output_dir``.

    Matters whose output is current (see ``pogen.batch.manifest``) are skipped unless
    ``force``; with ``since`` (a git ref) only matters whose case file changed since
    then are considered (all of them when a firm file or template changed).
    ``template`` overrides each matter's own (its firm file's, or the shipped one).
    ``executor`` runs the matters (any ``concurrent.futures.Executor``); without one,
    ``jobs`` isolated worker processes do, each matter limited to ``timeout`` seconds
    (a lone matter renders in this process, without a time limit).  ``form``
    ("combined" or "bundle") overrides each case file's ``[form] document``.  ``on_result`` sees
    each result as it arrives, after ``on_start`` was told how many matters there are.
    """
    folder = Path(output_dir)
    chosen = None if template is None else Template.of(template)  # read once for all
    workers = jobs or default_jobs()
    report = on_result or (lambda _result: None)
    sources = select(collect_cases(paths), since)
    if on_start is not None:
        on_start(len(sources))
    planned, results = plan(sources, folder)
    for clash in results:
        report(clash)
    manifest = Manifest(folder)
    todo = [
        MatterJob(source, folder, chosen, debug, force, pdf, matter_entries(manifest, source), form)
        for source, _out in planned
    ]
    done = _run(todo, executor, workers=workers, timeout=timeout, report=report, tick=tick)
    fresh = [done[i] for i in range(len(todo))]
    if pdf:
        fresh = _add_pdfs(fresh, workers)
    _record(manifest, fresh)
    if any(r.status == RENDERED for r in fresh) or folder.is_dir():
        manifest.save()  # nothing is created for a run in which nothing was written
    return in_order(sources, results + fresh)


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
    is a "failed" result whose ``error`` says why."""
    folder = Path(output_dir)
    chosen = None if template is None else Template.of(template)  # read once for all
    sources = select(collect_cases(paths), since)
    planned, results = plan(sources, folder)
    manifest = Manifest(folder)
    for source, _out in planned:
        job = MatterJob(
            source, folder, chosen, pdf=pdf, entries=matter_entries(manifest, source), form=form
        )
        results.append(check_matter(job))
    return in_order(sources, results)

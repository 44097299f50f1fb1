"""Render many matters: collect case files, skip current outputs, render in parallel.

A batch keeps going past a failing matter and reports each failure with its first
error.  By default matters render in ``pogen.pool``'s isolated worker processes (a
crash or hang fails only its own matter); any ``concurrent.futures.Executor`` can be
passed instead, e.g. a Dask or Ray executor to spread the work over machines.  Each
worker compiles a template once (``pogen.render.compiled_template``) and reuses it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from importlib.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from pogen.errors import ExitCode, OutputError, PogenError, UserError, display_path
from pogen.manifest import (
    Entry,
    Manifest,
    build_digest,
    changed_since,
    file_sha256,
    input_digest,
    sha256,
    stale_reason,
)
from pogen.pipeline import output_stem

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

    from pogen.load import CaseSource

RENDERED, FAILED, SKIPPED = "rendered", "failed", "skipped"


@dataclass(frozen=True)
class MatterJob:
    """One matter to render; picklable, so any executor can carry it."""

    source: Path
    output_dir: Path
    template: Path | Traversable | None = None  # None: the firm file's, or the shipped one
    debug: bool = False
    force: bool = False  # render even when ``entry`` shows the output is current
    pdf: bool = False  # a PDF is wanted (for deciding whether the output is current)
    entry: Entry | None = None  # the manifest's entry for this matter's output


@dataclass(frozen=True)
class MatterResult:
    """What became of one matter."""

    source: Path
    status: str  # "rendered", "failed" or "skipped"
    docx: Path | None = None
    pdf: Path | None = None
    error: str = ""  # the full message when failed; the reason when stale (--check)
    exit_code: int = 0
    input_sha256: str = ""
    template_sha256: str = ""
    output_sha256: str = ""

    @property
    def first_error(self) -> str:
        """The first line of the error: the one to show in a summary."""
        return self.error.splitlines()[0] if self.error else ""


@dataclass(frozen=True)
class BatchResult:
    """Every matter's result, in the order the case files were given."""

    results: list[MatterResult]

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


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def collect_cases(arguments: Iterable[str | Path]) -> list[Path]:
    """Case files named by files, directories (every ``*.toml`` below) and glob patterns.

    A file that does not exist is kept, so that its matter fails with the loader's
    message; a pattern or folder that yields nothing is a usage error.
    """
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            below = [
                p
                for p in path.rglob("*.toml")
                if p.is_file() and not any(n.startswith(".") for n in p.relative_to(path).parts)
            ]
            if not below:
                raise UserError(f"{display_path(path)}: no case files (*.toml) in this folder")
            found.extend(sorted(below))
        elif path.exists() or not glob.has_magic(str(argument)):
            found.append(path)
        else:
            matches = sorted(Path(m) for m in glob.glob(str(argument), recursive=True))  # noqa: PTH207 - absolute patterns too
            files = [m for m in matches if m.is_file()]
            if not files:
                raise UserError(f"{argument}: no file matches this pattern")
            found.extend(files)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


@dataclass(frozen=True)
class _Inputs:
    """What a matter's output depends on, as the manifest records it."""

    source: CaseSource
    template: Path | Traversable | None
    input_sha256: str
    template_sha256: str
    output: Path


def _inputs(job: MatterJob) -> _Inputs:
    """Load the case (with firm defaults) and hash what its output depends on."""
    from pogen.load import load_case
    from pogen.render import _template_bytes, default_template, find_template

    source = load_case(job.source)
    template = job.template
    if template is None and source.template:  # the firm file's template (pogen.firm)
        template = find_template(source.template)
    raw = _template_bytes(template or default_template())[0]
    output = job.output_dir / f"{output_stem(job.source)}.docx"
    return _Inputs(source, template, input_digest(source.data), sha256(raw), output)


def _failure(job: MatterJob, exc: Exception) -> MatterResult:
    from pogen.entry import internal_error

    if isinstance(exc, PogenError):
        message, code = str(exc), int(exc.exit_code)
    else:  # a bug in pogen
        message, code = internal_error(exc), int(ExitCode.INTERNAL)
    if job.debug:  # tracebacks never carry local variables: case data is private
        message += "\n" + "".join(traceback.format_exception(exc)).rstrip()
    return MatterResult(job.source, FAILED, error=message, exit_code=code)


def render_matter(job: MatterJob) -> MatterResult:
    """Render one matter, or skip it when its output is current; every failure becomes a
    result, never an exception."""
    from pogen.pipeline import render_source

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
        done = render_source(inputs.source, job.output_dir, template=inputs.template)
        output_sha = sha256(done.docx.read_bytes())
    except Exception as exc:  # every failure is this matter's result; the batch goes on
        return _failure(job, exc)
    return replace(skipped, status=RENDERED, docx=done.docx, pdf=None, output_sha256=output_sha)


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
        )
    reason = stale_reason(
        job.entry, inputs.input_sha256, inputs.template_sha256, inputs.output, pdf=job.pdf
    )
    if reason is None:
        return MatterResult(job.source, SKIPPED, docx=inputs.output)
    message = f"{display_path(job.source)}: {display_path(inputs.output)} is stale ({reason})"
    return MatterResult(
        job.source, FAILED, docx=inputs.output, error=message, exit_code=ExitCode.INVALID
    )


def _lost(job: MatterJob, reason: str) -> MatterResult:
    return MatterResult(
        job.source,
        FAILED,
        error=f"{display_path(job.source)}: {reason}",
        exit_code=int(ExitCode.INTERNAL),
    )


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
            results[index] = _lost(jobs[index], f"the executor failed to run it ({error!r})")
        report(results[index])
    return results


def _run_isolated(
    jobs: list[MatterJob],
    workers: int,
    timeout: float | None,
    report: Callable[[MatterResult], None],
    tick: Callable[[], None] | None,
) -> dict[int, MatterResult]:
    from pogen.pool import run_isolated, will_fork

    if will_fork() and jobs:  # compile once here; forked workers inherit it
        from pogen.render import _template_bytes, compiled_template, default_template

        with contextlib.suppress(PogenError):  # each matter reports a template problem
            compiled_template(*_template_bytes(jobs[0].template or default_template()))
    results: dict[int, MatterResult] = {}
    for outcome in run_isolated(render_matter, jobs, jobs=workers, timeout=timeout, tick=tick):
        if outcome.value is not None:
            results[outcome.index] = outcome.value
        else:
            results[outcome.index] = _lost(jobs[outcome.index], outcome.failure)
        report(results[outcome.index])
    return results


def _add_pdfs(results: list[MatterResult], workers: int) -> list[MatterResult]:
    """Convert every new .docx with one LibreOffice launch per worker."""
    from pogen.pdf import convert_to_pdf

    documents = [r.docx for r in results if r.status == RENDERED and r.docx is not None]
    chunks = [documents[i::workers] for i in range(workers) if documents[i::workers]]

    def convert(chunk: list[Path]) -> dict[Path, Path | OutputError]:
        try:
            return dict(zip(chunk, convert_to_pdf(chunk), strict=True))
        except OutputError as exc:
            if len(chunk) == 1 or exc.__class__ is not OutputError:
                return dict.fromkeys(chunk, exc)
            outcome: dict[Path, Path | OutputError] = {}  # find the one that fails
            for document in chunk:
                try:
                    outcome[document] = convert_to_pdf([document])[0]
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
        pdf = converted.get(result.docx) if result.docx is not None else None
        if isinstance(pdf, OutputError):
            error, code = str(pdf), int(pdf.exit_code)
            updated.append(replace(result, status=FAILED, error=error, exit_code=code))
        else:
            updated.append(replace(result, pdf=pdf) if pdf is not None else result)
    return updated


def _select(sources: list[Path], since: str | None) -> list[Path]:
    """With a git ref, only the matters whose case file changed since; all of them when
    another .toml (a firm file) or a .docx (a template) changed, since those can feed
    any matter (the manifest then skips the ones still current)."""
    if since is None:
        return sources
    changed = changed_since(since)
    ours = {s.resolve() for s in sources}
    if any(p.suffix in (".toml", ".docx") and p not in ours for p in changed):
        return sources
    return [s for s in sources if s.resolve() in changed]


def plan(
    sources: Sequence[Path], output_dir: Path
) -> tuple[list[tuple[Path, Path]], list[MatterResult]]:
    """Pair each case file with its output; matters whose output names clash fail."""
    by_name: dict[str, list[Path]] = {}
    for source in sources:
        by_name.setdefault(f"{output_stem(source)}.docx", []).append(source)
    planned: list[tuple[Path, Path]] = []
    clashes: list[MatterResult] = []
    for source in sources:
        name = f"{output_stem(source)}.docx"
        others = [display_path(p) for p in by_name[name] if p != source]
        if others:
            message = (
                f"{display_path(source)}: output name {name} is also produced by "
                f"{', '.join(others)}; rename one of the case files so neither is overwritten"
            )
            clashes.append(MatterResult(source, FAILED, error=message, exit_code=ExitCode.USAGE))
        else:
            planned.append((source, output_dir / name))
    return planned, clashes


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


def _record(manifest: Manifest, fresh: list[MatterResult]) -> None:
    """Enter rendered matters in the manifest; forget failed ones (their output is stale)."""
    for result in fresh:
        if result.status == RENDERED and result.docx is not None:
            manifest.entries[result.docx.name] = Entry(
                case_file=manifest.relative(result.source),
                input_sha256=result.input_sha256,
                template_sha256=result.template_sha256,
                output_sha256=result.output_sha256,
                pdf_sha256=file_sha256(result.pdf) if result.pdf else "",
                pogen_build=build_digest(),
            )
        elif result.status == FAILED:
            manifest.entries.pop(f"{output_stem(result.source)}.docx", None)


def render_batch(
    paths: Iterable[str | Path],
    output_dir: str | Path = "output",
    *,
    executor: Executor | None = None,
    jobs: int | None = None,
    timeout: float | None = None,
    template: Path | Traversable | None = None,
    pdf: bool = False,
    force: bool = False,
    since: str | None = None,
    debug: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[MatterResult], None] | None = None,
    tick: Callable[[], None] | None = None,
) -> BatchResult:
    """Render every matter in ``paths`` (files, folders, globs) into ``output_dir``.

    Matters whose output is current (see ``pogen.manifest``) are skipped unless
    ``force``; with ``since`` (a git ref) only matters whose case file changed since
    then are considered (all of them when a firm file or template changed).
    ``template`` overrides each matter's own (its firm file's, or the shipped one).
    ``executor`` runs the matters (any ``concurrent.futures.Executor``); without one,
    ``jobs`` isolated worker processes do, each matter limited to ``timeout`` seconds
    (a lone matter renders in this process, without a time limit).  ``on_result`` sees
    each result as it arrives, after ``on_start`` was told how many matters there are.
    """
    folder = Path(output_dir)
    workers = jobs or default_jobs()
    report = on_result or (lambda _result: None)
    sources = _select(collect_cases(paths), since)
    if on_start is not None:
        on_start(len(sources))
    planned, results = plan(sources, folder)
    for clash in results:
        report(clash)
    manifest = Manifest(folder)
    todo = [
        MatterJob(source, folder, template, debug, force, pdf, manifest.entries.get(out.name))
        for source, out in planned
    ]
    done = _run(todo, executor, workers=workers, timeout=timeout, report=report, tick=tick)
    fresh = [done[i] for i in range(len(todo))]
    if pdf:
        fresh = _add_pdfs(fresh, workers)
    _record(manifest, fresh)
    if any(r.status == RENDERED for r in fresh) or folder.is_dir():
        manifest.save()  # nothing is created for a run in which nothing was written
    return _in_order(sources, results + fresh)


def _in_order(sources: list[Path], results: list[MatterResult]) -> BatchResult:
    order = {source: i for i, source in enumerate(sources)}
    return BatchResult(sorted(results, key=lambda r: order.get(r.source, len(order))))


def check_batch(
    paths: Iterable[str | Path],
    output_dir: str | Path = "output",
    *,
    template: Path | Traversable | None = None,
    pdf: bool = False,
    since: str | None = None,
) -> BatchResult:
    """Which outputs are missing or stale, without writing anything: each such matter
    is a "failed" result whose ``error`` says why."""
    folder = Path(output_dir)
    sources = _select(collect_cases(paths), since)
    planned, results = plan(sources, folder)
    manifest = Manifest(folder)
    for source, out in planned:
        job = MatterJob(source, folder, template, pdf=pdf, entry=manifest.entries.get(out.name))
        results.append(check_matter(job))
    return _in_order(sources, results)

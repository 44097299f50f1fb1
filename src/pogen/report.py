"""What ``pogen render`` prints: progress, failures as they happen, and a summary.

On a terminal a rich progress bar (redrawn by the main thread only, so worker
processes can still be forked safely); otherwise one plain line per matter, which is
what CI logs want.  A run with one case file prints exactly what it always did.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Sequence
from importlib.abc import Traversable
from pathlib import Path
from typing import IO, Any

from pogen.batch import FAILED, RENDERED, SKIPPED, BatchResult, MatterResult
from pogen.errors import ExitCode, display_path


def _say(text: str, stream: IO[str]) -> None:
    stream.write(text + "\n")
    stream.flush()


class Reporter:
    """Prints results as they arrive; a progress bar when ``tty``."""

    def __init__(self, *, single: bool, tty: bool, out: IO[str], err: IO[str]) -> None:
        self.single, self.out, self.err = single, out, err
        self.total = 0
        self.count = 0
        self._progress: Any = None
        self._task: Any = None
        self._tty = tty and not single

    def start(self, total: int) -> None:
        self.total = total
        if self._tty:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            console = Console(file=self.err, highlight=False)
            self._progress = Progress(
                TextColumn("rendering"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                auto_refresh=False,  # no refresh thread: workers are forked
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self._task = self._progress.add_task("render", total=total or None)
            self._progress.start()

    def tick(self) -> None:
        if self._progress is not None:
            self._progress.refresh()

    def result(self, result: MatterResult) -> None:
        self.count += 1
        if self.single:
            self._single(result)
            return
        where = f"[{self.count}/{self.total}] " if self.total else ""
        if self._progress is not None:
            if result.status == FAILED:
                self._progress.console.print(result.error, markup=False)
            self._progress.advance(self._task)
            self._progress.refresh()
        elif result.status == RENDERED:
            _say(f"{where}wrote {display_path(result.docx or result.source)}", self.out)
        elif result.status == SKIPPED:
            _say(f"{where}up to date: {display_path(result.docx or result.source)}", self.out)
        else:
            _say(f"{where}failed: {result.error}", self.err)

    def _single(self, result: MatterResult) -> None:
        if result.status == RENDERED:
            _say(f"wrote {result.docx}", self.out)
        elif result.status == SKIPPED:
            _say(f"{result.docx} is up to date (add --force to render it again)", self.out)

    def finish(self, batch: BatchResult) -> int:
        """Print PDFs written, failures and the summary; return the exit code."""
        if self._progress is not None:
            self._progress.stop()
        for result in batch.results:
            if result.pdf is not None and result.status == RENDERED:
                _say(f"wrote {result.pdf if self.single else display_path(result.pdf)}", self.out)
        if self.single:
            if not batch.failed:
                return int(ExitCode.OK)
            error = batch.failed[0].error
            _say(f"error: {error}" if "\n" not in error else error, self.err)
            return batch.failed[0].exit_code
        rendered, failed, skipped = len(batch.rendered), len(batch.failed), len(batch.skipped)
        _say(
            f"{len(batch.results)} matters: {rendered} rendered, {failed} failed, "
            f"{skipped} skipped (up to date)",
            self.out,
        )
        if failed:
            _say("failed (first error each):", self.err)
            for result in batch.failed:
                _say(f"  {result.first_error}", self.err)
            return int(ExitCode.INVALID)
        return int(ExitCode.OK)


def is_single(paths: Sequence[str | Path]) -> bool:
    """One plain file argument: the classic ``pogen render CASE.toml``."""
    if len(paths) != 1:
        return False
    path = Path(paths[0])
    return not path.is_dir() and (path.exists() or not glob.has_magic(str(paths[0])))


def run_render(
    paths: Sequence[str | Path],
    output: Path,
    *,
    pdf: bool = False,
    jobs: int | None = None,
    timeout: float | None = None,
    force: bool = False,
    since: str | None = None,
    debug: bool = False,
    template: Path | Traversable | None = None,
) -> int:
    """``pogen render``: render the matters, print as it goes; the exit code."""
    from pogen.batch import render_batch

    single = is_single(paths)
    reporter = Reporter(single=single, tty=sys.stderr.isatty(), out=sys.stdout, err=sys.stderr)
    batch = render_batch(
        paths,
        output,
        jobs=jobs,
        timeout=timeout,
        pdf=pdf,
        force=force,
        since=since,
        debug=debug,
        template=template,
        on_start=reporter.start,
        on_result=reporter.result,
        tick=reporter.tick,
    )
    return reporter.finish(batch)


def run_check(
    paths: Sequence[str | Path],
    output: Path,
    *,
    pdf: bool = False,
    since: str | None = None,
    template: Path | Traversable | None = None,
) -> int:
    """``pogen render --check``: list missing or stale outputs; write nothing."""
    from pogen.batch import check_batch

    batch = check_batch(paths, output, pdf=pdf, since=since, template=template)
    for result in batch.failed:
        _say(result.error, sys.stderr)
    if batch.failed:
        _say(
            f"{len(batch.failed)} of {len(batch.results)} outputs missing or stale; "
            "run pogen render to update them",
            sys.stderr,
        )
        return int(ExitCode.INVALID)
    _say(f"all {len(batch.results)} outputs up to date", sys.stdout)
    return int(ExitCode.OK)

"""What ``pogen render`` prints as it goes: progress, failures as they happen, and a summary.

On a terminal a rich progress bar (redrawn by the main thread only, so worker
processes can still be forked safely); otherwise one plain line per matter, which is
what CI logs want.  A run with one case file prints exactly what it always did.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from pogen.batch.results import FAILED, RENDERED, SKIPPED, BatchResult, MatterResult
from pogen.errors import ExitCode, display_path, for_terminal, terminal_safe


def say(text: str, stream: IO[str]) -> None:
    """Print one message; names in it cannot carry escape sequences to the terminal."""
    stream.write(terminal_safe(text) + "\n")
    stream.flush()


class Reporter:
    """Prints results as they arrive; a progress bar when ``tty``."""

    def __init__(self, *, single: bool, tty: bool, out: IO[str], err: IO[str]) -> None:
        self.single, self.out, self.err = single, out, err
        self.total = 0
        self.count = 0
        self._progress: Any = None
        self._task: Any = None
        self._pdf_task: Any = None
        self._pdfs_shown = False
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
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                auto_refresh=False,  # no refresh thread: workers are forked
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self._task = self._progress.add_task("rendering", total=total or None)
            self._progress.start()

    def tick(self) -> None:
        if self._progress is not None:
            self._progress.refresh()

    def result(self, result: MatterResult) -> None:
        self.count += 1
        for warning in result.warnings:
            if self._progress is not None:
                self._progress.console.print(warning, markup=False)
            else:
                say(warning, self.err)
        if self.single:
            self._single(result)
            return
        where = f"[{self.count}/{self.total}] " if self.total else ""
        if self._progress is not None:
            if result.status == FAILED:
                self._progress.console.print(terminal_safe(result.error), markup=False)
            self._progress.advance(self._task)
            self._progress.refresh()
        elif result.status == RENDERED:
            for written in _written(result):
                say(f"{where}wrote {display_path(written)}", self.out)
        elif result.status == SKIPPED:
            say(f"{where}up to date: {display_path(result.docx or result.source)}", self.out)
        else:
            say(f"{where}failed: {result.error}", self.err)

    def pdf(self, result: MatterResult, done: int, total: int) -> None:
        """One PDF converted (or failed), as the PDF phase goes."""
        if self.single:
            return  # a single matter prints its PDF at the end, as it always did
        if self._progress is not None:
            if self._pdf_task is None:
                self._pdf_task = self._progress.add_task("PDF", total=total)
            if result.status == FAILED:
                self._progress.console.print(terminal_safe(result.error), markup=False)
            self._progress.advance(self._pdf_task)
            self._progress.refresh()
        elif result.status == FAILED:
            say(f"[PDF {done}/{total}] failed: {result.error}", self.err)
        else:  # the result of one conversion carries that one PDF
            for pdf in result.pdfs or ((result.pdf,) if result.pdf is not None else ()):
                say(f"[PDF {done}/{total}] wrote {display_path(pdf)}", self.out)
        self._pdfs_shown = True

    def _single(self, result: MatterResult) -> None:
        if result.status == RENDERED:
            for written in _written(result):
                say(f"wrote {written}", self.out)
        elif result.status == SKIPPED:
            say(f"{result.docx} is up to date (add --force to render it again)", self.out)

    def finish(self, batch: BatchResult) -> int:
        """Print PDFs written, failures and the summary; return the exit code."""
        if self._progress is not None:
            self._progress.stop()
        for result in batch.results if not self._pdfs_shown else ():
            pdfs = result.pdfs or ((result.pdf,) if result.pdf is not None else ())
            for pdf in pdfs if result.status == RENDERED else ():
                say(f"wrote {pdf if self.single else display_path(pdf)}", self.out)
        code = self._summary(batch)
        if batch.manifest_error:  # after the summary, which a full disk must not lose
            say(for_terminal(batch.manifest_error), self.err)
            code = code or int(ExitCode.OUTPUT)
        return code

    def _summary(self, batch: BatchResult) -> int:
        if self.single:
            if not batch.failed:
                return int(ExitCode.OK)
            error = batch.failed[0].error
            say(for_terminal(error), self.err)
            return batch.failed[0].exit_code
        rendered, failed, skipped = len(batch.rendered), len(batch.failed), len(batch.skipped)
        say(
            f"{len(batch.results)} matters: {rendered} rendered, {failed} failed, "
            f"{skipped} skipped (up to date)",
            self.out,
        )
        if failed:
            say("failed (first error each):", self.err)
            for result in batch.failed:
                say(f"  {result.first_error}", self.err)
            return int(ExitCode.INVALID)
        return int(ExitCode.OK)


def _written(result: MatterResult) -> tuple[Path, ...]:
    """Every .docx a rendered matter wrote (the bundle writes several)."""
    if result.files:
        return result.files
    return (result.docx,) if result.docx is not None else (result.source,)

"""The optional PDF step: convert written .docx files with LibreOffice, bounded per file.

Each conversion gets a private, throw-away LibreOffice profile (``-env:UserInstallation``)
so parallel runs never collide and nothing about a matter persists in a shared profile.

LibreOffice converts the documents it is given one after another, writing each PDF into
its private output folder; pogen watches that folder.  A document whose PDF has not
appeared ``timeout`` seconds after the previous one finished (or after the launch, for
the first) is taken as hung: LibreOffice is killed with its whole process group (it runs
in a session of its own, so no converter outlives the kill), that document fails
(``pdf-timeout``), and a fresh LibreOffice takes the documents after it.  So a hung
conversion costs ``timeout`` seconds once, never once per document.  Ctrl-C kills every
running LibreOffice at once; the PDFs finished until then are kept and reported
(``ConversionInterruptedError.done``), so the batch can record them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from pogen.errors import ConverterMissingError, OutputError, display_path
from pogen.output.atomic import host_tag, process_alive, write_atomic

INSTALL_HINT = (
    "PDF output needs LibreOffice. On Debian/Ubuntu: sudo apt-get install -y "
    "libreoffice-writer-nogui fonts-liberation fonts-liberation2; on macOS: brew install "
    "--cask libreoffice. The .docx was written; rerun with --pdf once it is installed."
)
POLL = 0.1  # seconds between looks at the output folders
WORKDIR_PREFIX = "pogen-pdf-"

Outcome = Path | OutputError
"""A converted document's PDF, or why there is none."""


def find_soffice() -> str:
    """Path of the LibreOffice binary, or a clear error saying how to install it."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise ConverterMissingError(INSTALL_HINT)
    return found


def _is_pdf(data: bytes) -> bool:
    """A PDF by its structure: the header, and an end-of-file marker near the end."""
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]


def _complete(path: Path) -> bool:
    """Whether LibreOffice has finished writing a PDF: it ends with its %%EOF marker."""
    try:
        with path.open("rb") as handle:
            handle.seek(max(0, path.stat().st_size - 32))
            return b"%%EOF" in handle.read()
    except OSError:
        return False


def _check_pdf(path: Path) -> None:
    with path.open("rb") as handle:
        data = handle.read()
    if not _is_pdf(data):
        raise OutputError(
            f"{display_path(path)}: LibreOffice produced no valid PDF", code="pdf-failed"
        )


def remove_stale_workdirs(root: Path | None = None) -> list[Path]:
    """Delete conversion folders (profile, PDFs) of pogen processes that were killed.

    A folder holds a converted matter until its process deletes it; ``kill -9`` stops
    that, so the next conversion on the same host removes folders whose process is gone.
    """
    removed: list[Path] = []
    for folder in Path(root or tempfile.gettempdir()).glob(f"{WORKDIR_PREFIX}*-*"):
        host, _, rest = folder.name[len(WORKDIR_PREFIX) :].partition(".")
        pid = rest.split("-", 1)[0]
        if host != host_tag() or not pid.isdigit():
            continue  # another host's (a shared temporary folder), or not pogen's
        if int(pid) == os.getpid() or process_alive(int(pid)):
            continue
        with contextlib.suppress(OSError):
            if folder.is_dir() and not folder.is_symlink() and folder.stat().st_uid == os.getuid():
                shutil.rmtree(folder)
                removed.append(folder)
    return removed


class ConversionInterruptedError(KeyboardInterrupt):
    """Ctrl-C during conversion; ``done`` holds the documents finished before it."""

    def __init__(self, done: dict[Path, Outcome]) -> None:
        super().__init__()
        self.done = done


class _Converter:
    """One LibreOffice process converting a list of documents, watched as it goes."""

    def __init__(self, soffice: str, documents: list[Path], timeout: float) -> None:
        self.soffice, self.queue, self.timeout = soffice, list(documents), timeout
        self.process: subprocess.Popen[bytes] | None = None
        self.workdir: tempfile.TemporaryDirectory[str] | None = None
        self.launched: list[Path] = []
        self.deadline = 0.0

    def _launch(self) -> None:
        self.launched, self.queue = self.queue, []
        self.workdir = tempfile.TemporaryDirectory(
            prefix=f"{WORKDIR_PREFIX}{host_tag()}.{os.getpid()}-"
        )
        profile = Path(self.workdir.name, "profile")
        self.outdir = Path(self.workdir.name, "out")
        command = [
            self.soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--nodefault",
            "--convert-to",
            "pdf",
            "--outdir",
            str(self.outdir),
            *[str(d.resolve()) for d in self.launched],
        ]
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: killed whole, no Ctrl-C of ours
        )
        self.deadline = time.monotonic() + self.timeout

    def stop(self) -> None:
        """Kill LibreOffice with its process group and delete its folder."""
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=30)
            self.process = None
        if self.workdir is not None:
            with contextlib.suppress(OSError):
                self.workdir.cleanup()
            self.workdir = None

    @property
    def busy(self) -> bool:
        return bool(self.queue or self.launched)

    def step(self, now: float) -> Iterator[tuple[Path, Outcome]]:
        """Whatever finished since the last look: PDFs written, documents failed."""
        if self.process is None:
            if not self.queue:
                return
            self._launch()
        exited = self.process is not None and self.process.poll() is not None
        while self.launched:
            document = self.launched[0]
            produced = self.outdir / f"{document.stem}.pdf"
            later = any((self.outdir / f"{d.stem}.pdf").exists() for d in self.launched[1:])
            if produced.is_file() and (exited or later or _complete(produced)):
                self.launched.pop(0)
                self.deadline = now + self.timeout
                yield document, self._keep(document, produced)
            elif exited or later:  # LibreOffice passed it by, or ended without it
                self.launched.pop(0)
                yield (
                    document,
                    OutputError(
                        f"{display_path(document)}: LibreOffice could not convert it to PDF",
                        code="pdf-failed",
                    ),
                )
            elif now >= self.deadline:
                self.launched.pop(0)
                rest, self.launched = self.launched, []
                self.stop()
                self.queue = rest + self.queue  # a fresh LibreOffice takes the rest
                yield (
                    document,
                    OutputError(
                        f"{display_path(document)}: LibreOffice did not convert it within "
                        f"{self.timeout:g} s; stopped",
                        code="pdf-timeout",
                    ),
                )
                return
            else:
                return
        if exited or not self.launched:
            self.stop()

    @staticmethod
    def _keep(document: Path, produced: Path) -> Outcome:
        try:
            target = document.with_suffix(".pdf")
            write_atomic(target, produced.read_bytes(), check=_check_pdf)
        except OutputError as exc:
            return exc
        return target


def convert_many(
    groups: list[list[Path]],
    timeout: float = 300,
    on_done: Callable[[Path, Outcome], None] | None = None,
) -> dict[Path, Outcome]:
    """Convert each group of documents with its own LibreOffice, all at once; each
    document bounded by ``timeout`` seconds.  ``on_done`` sees each as it finishes."""
    groups = [g for g in groups if g]
    if not groups:
        return {}
    soffice = find_soffice()
    remove_stale_workdirs()
    converters = [_Converter(soffice, group, timeout) for group in groups]
    done: dict[Path, Outcome] = {}
    try:
        while any(c.busy for c in converters):
            now = time.monotonic()
            for converter in converters:
                for document, outcome in converter.step(now):
                    done[document] = outcome
                    if on_done is not None:
                        on_done(document, outcome)
            time.sleep(POLL)
    except KeyboardInterrupt:
        for converter in converters:
            converter.stop()
        raise ConversionInterruptedError(done) from None
    finally:
        for converter in converters:
            converter.stop()
    return done


def convert_to_pdf(documents: list[Path], timeout: float = 300) -> list[Path]:
    """Convert ``documents`` to PDFs beside them with one LibreOffice; raise the first
    document's failure, if any."""
    done = convert_many([documents], timeout)
    written = []
    for document in documents:
        outcome = done.get(document)
        if isinstance(outcome, OutputError):
            raise outcome
        if outcome is None:  # pragma: no cover - every document gets an outcome
            raise OutputError(f"{display_path(document)}: not converted", code="pdf-failed")
        written.append(outcome)
    return written

"""The optional PDF step: convert written .docx files with LibreOffice in one launch.

Each conversion gets a private, throw-away LibreOffice profile (``-env:UserInstallation``)
so parallel runs never collide and nothing about a matter persists in a shared profile.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from pogen.errors import ConverterMissingError, OutputError, display_path
from pogen.output.atomic import host_tag, process_alive, write_atomic

INSTALL_HINT = (
    "PDF output needs LibreOffice. On Debian/Ubuntu: sudo apt-get install -y "
    "libreoffice-writer-nogui fonts-liberation fonts-liberation2; on macOS: brew install "
    "--cask libreoffice. The .docx was written; rerun with --pdf once it is installed."
)


def find_soffice() -> str:
    """Path of the LibreOffice binary, or a clear error saying how to install it."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise ConverterMissingError(INSTALL_HINT)
    return found


def _check_pdf(path: Path) -> None:
    with path.open("rb") as handle:
        if handle.read(5) != b"%PDF-":
            raise OutputError(
                f"{display_path(path)}: LibreOffice produced no valid PDF", code="pdf-failed"
            )


WORKDIR_PREFIX = "pogen-pdf-"


def remove_stale_workdirs(root: Path | None = None) -> list[Path]:
    """Delete conversion folders (profile, PDFs) of pogen processes that were killed.

    A folder holds a converted matter until its process deletes it; ``kill -9`` stops
    that, so the next conversion removes folders whose process is gone.
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


def convert_to_pdf(documents: list[Path], timeout: float = 300) -> list[Path]:
    """Convert ``documents`` to PDFs beside them; one LibreOffice launch for all."""
    if not documents:
        return []
    soffice = find_soffice()
    remove_stale_workdirs()
    with tempfile.TemporaryDirectory(prefix=f"{WORKDIR_PREFIX}{host_tag()}.{os.getpid()}-") as tmp:
        profile = Path(tmp, "profile")
        outdir = Path(tmp, "out")
        command = [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--nodefault",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *[str(d.resolve()) for d in documents],
        ]
        try:
            subprocess.run(
                command, capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
            )
        except subprocess.TimeoutExpired:
            raise OutputError(
                f"LibreOffice did not finish converting {len(documents)} "
                f"document(s) within {timeout:.0f} s",
                code="pdf-timeout",
            ) from None
        written = []
        for document in documents:
            produced = outdir / f"{document.stem}.pdf"
            if not produced.is_file():
                raise OutputError(
                    f"{display_path(document)}: LibreOffice could not convert it to PDF",
                    code="pdf-failed",
                )
            target = document.with_suffix(".pdf")
            write_atomic(target, produced.read_bytes(), check=_check_pdf)
            written.append(target)
    return written

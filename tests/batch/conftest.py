"""What the batch tests share: same-length edits that put the modification time back
(only the change time shows them), and a count of the matters handed to workers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pogen.batch import run

SHORT = 'short_title = "Acme Widgets v. Borealis Logistics"'
SHORT_EDITED = 'short_title = "Acme Widgets v. Borealiz Logistics"'  # same length


def edit_case_quietly(case: Path) -> None:
    """Change a case file's short title, same length, with its mtime put back."""
    info = case.stat()
    case.write_text(case.read_text(encoding="utf-8").replace(SHORT, SHORT_EDITED), "utf-8")
    os.utime(case, ns=(info.st_atime_ns, info.st_mtime_ns))


def flip_a_byte_quietly(path: Path) -> None:
    """Change one byte near the end of a file, with its mtime put back."""
    info = path.stat()
    data = bytearray(path.read_bytes())
    data[-30] ^= 1
    path.write_bytes(bytes(data))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


@pytest.fixture
def handed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many matters each batch handed on to be rendered (``run._run``)."""
    sent: list[int] = []
    real = run._run

    def counting(todo: list[object], *args: object, **kwargs: object) -> None:
        sent.append(len(todo))
        real(todo, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(run, "_run", counting)
    return sent

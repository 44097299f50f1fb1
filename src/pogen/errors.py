"""Error types shared by every layer, their exit codes, and the one place that turns an
error into the text and exit code a person sees.

User mistakes (bad case data, a missing file, a broken template) derive from
``UserError`` and carry a message written for the person at the terminal.  Anything
else escaping the library is a bug in pogen.  Every error carries a stable ``code``
from :mod:`pogen.codes`, so ``pogen explain CODE`` can say what it means.

Errors cross process boundaries (a batch's workers, a user's own
``ProcessPoolExecutor``), so each one pickles with its structure, not only its text.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from pathlib import Path
from typing import Any


class ExitCode(IntEnum):
    """Process exit codes; stable, documented in README."""

    OK = 0
    INVALID = 1  # case data failed validation, or `--check` found stale output
    USAGE = 2  # bad command line or unreadable input file
    TEMPLATE = 3  # template unusable or rendered document failed verification
    OUTPUT = 4  # output could not be written (permissions, disk full, converter)
    INTERNAL = 70  # a bug in pogen (EX_SOFTWARE)


MAX_SHOWN = 300
"""Longest message a diagnostic prints; values quoted in it are cut, never the location."""


ERROR, WARNING = "error", "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem at one place in one file, rendered compiler-style.

    A ``warning`` does not stop a render: it says what pogen accepted without being able
    to check it (an unknown case-number form, an explicit "no notation"), so a person
    can confirm it.  Warnings print with ``warning:`` before the message.
    """

    file: str
    line: int
    column: int
    key: str
    message: str
    code: str
    hint: str = ""
    severity: str = ERROR

    @property
    def is_warning(self) -> bool:
        return self.severity == WARNING

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        key = f" {self.key}:" if self.key else ""
        message = self.message  # a pasted megabyte would otherwise be echoed in full
        if len(message) > MAX_SHOWN:
            message = message[: MAX_SHOWN - 1] + "…"
        label = " warning:" if self.is_warning else ""
        text = f"{where}:{key}{label} {message} [{self.code}]"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


def _rebuild(cls: type[PogenError], args: tuple[Any, ...], state: dict[str, Any]) -> PogenError:
    """Unpickle an error without re-running its ``__init__`` (whose arguments differ from
    the message it stores)."""
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class PogenError(Exception):
    """Root of every error pogen raises on purpose."""

    exit_code: ExitCode = ExitCode.INTERNAL
    code = "internal-error"

    def __init__(self, message: str = "", *, code: str = "") -> None:
        super().__init__(message)
        if code:
            self.code = code

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class UserError(PogenError):
    """A problem the user can fix; the message is shown as is, without a traceback."""

    exit_code = ExitCode.USAGE
    code = "usage"


class CaseFileError(UserError):
    """The case file cannot be read or parsed (missing, not UTF-8, TOML syntax)."""

    exit_code = ExitCode.USAGE

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(str(diagnostic), code=diagnostic.code)
        self.diagnostic = diagnostic


class ValidationError(UserError):
    """The case data parsed but breaks the schema or a court rule; holds every problem."""

    exit_code = ExitCode.INVALID
    code = "invalid"

    def __init__(self, diagnostics: list[Diagnostic], warnings: Sequence[Diagnostic] = ()) -> None:
        self.diagnostics = sorted(diagnostics)
        self.warnings = sorted(warnings)
        count = len(self.diagnostics)
        noun = "problem" if count == 1 else "problems"
        lines = [str(d) for d in sorted([*self.diagnostics, *self.warnings])]
        lines.append(f"{count} {noun} found; nothing was written.")
        super().__init__("\n".join(lines))


class TemplateError(UserError):
    """The template cannot be used, or the document rendered from it is not sound."""

    exit_code = ExitCode.TEMPLATE
    code = "template-unusable"


class OutputError(UserError):
    """The output could not be written or converted; nothing partial is left behind."""

    exit_code = ExitCode.OUTPUT
    code = "output-unwritable"


class ConverterMissingError(OutputError):
    """LibreOffice is not installed but a PDF was asked for."""

    code = "converter-missing"


def display_path(path: Path) -> str:
    """Show a path relative to the working directory when it lies below it."""
    try:
        resolved = _resolved(os.fspath(path))
        base = _resolved_dir(os.getcwd())  # noqa: PTH109 - strings: a batch names thousands
    except (ValueError, RuntimeError, OSError):  # a symlink loop, a vanished cwd
        return str(path)
    if resolved == base:
        return "."
    below = base if base.endswith(os.sep) else base + os.sep  # the root ends in one
    return resolved[len(below) :] if resolved.startswith(below) else str(path)


def _resolved(path: str) -> str:
    """``str(Path(path).resolve())``, with its folder's resolution remembered: a batch
    names a thousand files of one folder, and each ``resolve`` costs a system call per
    component.  A file that is a link itself is resolved in full."""
    # os.path on strings, not Path objects: a Path per call was most of the cost.
    plain = os.path.normpath(path)  # "d/" names d, as Path("d/") does
    name = os.path.basename(plain)  # noqa: PTH119
    if name in ("", ".", "..") or os.path.islink(plain):  # noqa: PTH114
        return str(Path(path).resolve())
    folder = os.path.dirname(os.path.abspath(plain))  # noqa: PTH100, PTH120
    return os.path.join(_resolved_dir(folder), name)  # noqa: PTH118


@lru_cache(maxsize=256)
def _resolved_dir(folder: str) -> str:
    return str(Path(folder).resolve())


def internal_error(exc: BaseException) -> str:
    """The one message for an exception that is a bug in pogen (no case data, no locals)."""
    return (
        f"internal error: {type(exc).__name__}: {exc} (a bug in pogen; rerun with "
        "--debug and report it without confidential data)"
    )


def failure(exc: BaseException) -> tuple[str, ExitCode]:
    """What an error says and the exit code it maps to: its own message for pogen's
    errors, the internal-error message for anything else."""
    if isinstance(exc, PogenError):
        return str(exc), exc.exit_code
    return internal_error(exc), ExitCode.INTERNAL


_UNSAFE_FOR_TERMINALS = {
    c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"
    for c in (
        *range(0x20),
        0x7F,
        *range(0x80, 0xA0),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        0x2028,
        0x2029,
    )
    if chr(c) not in "\n\t"
}


def terminal_safe(text: str) -> str:
    """``text`` with control characters (escape sequences that would move the cursor,
    retitle the window or hide what follows), C1 controls and bidirectional overrides
    written as visible escapes (``\\x1b``), so a file name cannot act on the terminal."""
    return text.translate(_UNSAFE_FOR_TERMINALS)


def for_terminal(message: str) -> str:
    """A one-line message gets the compiler-style ``error:`` prefix; a list of problems
    (several lines, each with its own location) is shown as it is."""
    return f"error: {message}" if "\n" not in message else message


def error_message(exc: BaseException) -> tuple[str, int]:
    """How the command line shows an exception, and its exit code (made safe for a
    terminal: a file name may carry escape sequences)."""
    message, code = failure(exc)
    shown = for_terminal(message) if isinstance(exc, PogenError) else message
    return terminal_safe(shown), int(code)

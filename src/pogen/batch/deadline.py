"""A lone matter's time limit without a worker process: an alarm in this process.

Starting a worker to bound one matter (``--timeout``, which the command line always
sets) costs a process start, more than rendering the matter.  On POSIX, in the main
thread, and when nothing else uses ``SIGALRM``, the matter runs here instead: an
interval timer raises ``DeadlineError`` in the render at the deadline, which unwinds
it like the worker's SIGTERM did (a temporary file is removed by
``pogen.output.atomic``'s clean-up), and the matter fails with the worker's message.
Python runs a signal handler only between bytecodes, so a render stuck inside C code
would not see the alarm: a watchdog thread then ends the process ``GRACE`` seconds
later with the same message and exit code 4, as a killed worker's matter would fail.
Elsewhere ``available`` is false and the caller uses a worker, as before.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from pogen.errors import ExitCode

T = TypeVar("T")
R = TypeVar("R")
GRACE = 5.0  # seconds past the deadline before the watchdog ends the process


class DeadlineError(BaseException):
    """The time limit passed (a BaseException, so no ``except Exception`` swallows it)."""


def available() -> bool:
    """Whether this process can bound a call with ``SIGALRM`` right now."""
    return (
        os.name == "posix"
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)
    )


def _raise(_signum: int, _frame: Any) -> None:
    raise DeadlineError


def call_with_deadline(function: Callable[[T], R], item: T, timeout: float, message: str) -> R:
    """``function(item)``, raising ``DeadlineError`` once ``timeout`` seconds have
    passed; ``message`` is what the watchdog prints if the alarm cannot interrupt."""
    done = threading.Event()

    def watch() -> None:
        if not done.wait(timeout + GRACE):
            sys.stderr.write(message + "\n")
            sys.stderr.flush()
            os._exit(int(ExitCode.OUTPUT))

    previous = signal.signal(signal.SIGALRM, _raise)
    watchdog = threading.Thread(target=watch, name="pogen-deadline", daemon=True)
    watchdog.start()
    try:
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            return function(item)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        done.set()
        signal.signal(signal.SIGALRM, previous)

"""A process pool in which one task cannot take the others down.

``concurrent.futures.ProcessPoolExecutor`` marks the whole pool broken when one worker
dies, and cannot stop a task that hangs.  Here each worker runs one task at a time;
when a worker dies (a crash in a C extension, ``os._exit``, the OOM killer) or its task
passes the deadline, only that task fails, with the reason, the worker is replaced,
and the other tasks carry on.  Workers live for the whole run, so whatever they cache
(compiled templates) is paid for once per worker.

Workers never outlive this process: on Linux the kernel kills a worker whose parent
dies (``PR_SET_PDEATHSIG``), elsewhere a watchdog thread in the worker sees its parent
gone (``os.getppid`` changes) within half a second and ends it.  And they never hold
the caller's standard streams: a worker's stdin, stdout and stderr are /dev/null (its
results come back through its own pipe), so a caller reading pogen's output sees the
end of it when pogen ends, killed or not.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pogen.output.atomic import process_alive

if TYPE_CHECKING:
    from multiprocessing.context import ForkContext, ForkServerContext, SpawnContext

    Context = ForkContext | ForkServerContext | SpawnContext

GRACE = 1.0  # seconds a stopped worker has to clean up before SIGKILL
DEPTH = 2  # tasks handed to a worker at a time
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Outcome(Generic[R]):
    """What became of one task: its value, or why there is none."""

    index: int
    value: R | None = None
    failure: str = ""


def _context() -> Context:
    """``fork`` where it is safe (Linux, no other threads): workers start in
    milliseconds with the parent's imports; otherwise ``forkserver`` or ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


def will_fork() -> bool:
    """Whether workers started now inherit this process's memory (and its caches)."""
    return _context().get_start_method() == "fork"


_PR_SET_PDEATHSIG = 1
WATCH_INTERVAL = 0.5  # seconds between a worker's checks that its parent lives


def _die_with(parent: int) -> None:
    """End this worker when its parent ends: the kernel's death signal on Linux, and a
    watchdog thread everywhere (it also covers the moment before the signal was set).

    A forked worker's parent is the pogen process itself; a worker started by the
    ``forkserver`` (when pogen runs with other threads, e.g. under a Dask client) is
    the fork server's child, so there the watchdog asks whether ``parent`` still exists
    (the fork server ends with it, and the death signal follows)."""
    if sys.platform == "linux":
        import ctypes  # in the worker only: ctypes costs milliseconds to import

        with contextlib.suppress(OSError, AttributeError, TypeError):
            libc = ctypes.CDLL(None, use_errno=True)  # this process's own libc: no search
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    direct = os.getppid() == parent

    def gone() -> bool:
        return os.getppid() != parent if direct else not process_alive(parent)

    if gone():  # the parent died before the signal was set
        os._exit(1)

    def watch() -> None:
        while not gone():
            time.sleep(WATCH_INTERVAL)
        os._exit(1)

    threading.Thread(target=watch, name="pogen-parent-watch", daemon=True).start()


def _release_streams() -> None:
    """Point stdin, stdout and stderr at /dev/null, so the caller's pipes are not held."""
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        if null > 2:
            os.close(null)


def _serve(conn: Connection, function: Callable[[Any], Any], parent: int) -> None:
    """Worker loop: run tasks until told to stop."""
    _die_with(parent)
    _release_streams()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides about Ctrl-C
    # Stopped on purpose: unwind, so that pending clean-up (a half-written temporary
    # file) runs; a worker stuck in C code gets SIGKILL after a grace period instead.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(1))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        index, item = task
        try:
            conn.send((index, function(item), ""))
        except MemoryError:
            conn.send((index, None, "ran out of memory (MemoryError)"))
        except Exception as exc:  # reported as this task's failure; the worker goes on
            conn.send((index, None, f"{type(exc).__name__}: {exc}"))


def _death(process: BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        try:
            return f"the worker was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"the worker was killed by signal {-code}"
    return f"the worker exited unexpectedly (exit code {code})"


class _Worker:
    def __init__(self, context: Context, function: Callable[[Any], Any]) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child, function, os.getpid()), daemon=True
        )
        self.process.start()
        child.close()
        self.tasks: deque[tuple[int, Any]] = deque()  # sent, not yet answered; FIFO
        self.started = 0.0  # when the first of them began (about: when the last ended)

    def give(self, index: int, item: object) -> None:
        if not self.tasks:
            self.started = time.monotonic()
        self.tasks.append((index, item))
        with contextlib.suppress(OSError):  # died meanwhile: noticed, and requeued, soon
            self.conn.send((index, item))

    def stop(self, *, kill: bool = False) -> None:
        if kill:
            self.process.terminate()
            self.process.join(timeout=GRACE)
            if self.process.is_alive():
                self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _outcome(
    worker: _Worker, ready: list[Any], now: float, timeout: float | None
) -> Outcome[Any] | None:
    """The outcome of the worker's current task if it has one now (done, died, overdue).

    When the worker is lost, its current task fails; tasks queued behind it stay in
    ``worker.tasks`` for the caller to hand to another worker.
    """
    if not worker.tasks:
        return None
    index = worker.tasks[0][0]
    outcome: Outcome[Any] | None = None
    if worker.conn in ready:
        try:
            done, value, error = worker.conn.recv()
            outcome = Outcome(done, value, error)
        except (EOFError, OSError):
            worker.process.join(timeout=5)
            outcome = Outcome(index, failure=_death(worker.process))
    elif worker.process.sentinel in ready:
        worker.process.join(timeout=5)
        outcome = Outcome(index, failure=_death(worker.process))
    elif timeout is not None and now - worker.started >= timeout:
        worker.stop(kill=True)
        outcome = Outcome(index, failure=f"timed out after {timeout:g} s; stopped")
    if outcome is not None:
        worker.tasks.popleft()
        worker.started = now
    return outcome


class Started(Generic[R]):
    """One task begun now in a worker of its own and collected later, so that this
    process goes on with other work meanwhile (a batch starts the first matter it
    finds stale while it still looks through the others).  The worker is
    ``run_isolated``'s: it cannot take this process down, dies with it, and a task
    that passes ``timeout`` (counted from now) is stopped."""

    def __init__(self, function: Callable[[T], R], item: T) -> None:
        self._worker = _Worker(_context(), function)
        self._worker.give(0, item)

    def outcome(
        self, timeout: float | None = None, tick: Callable[[], None] | None = None
    ) -> Outcome[R]:
        """Wait for the task: its value, or why there is none (its worker died, or it
        ran past ``timeout``); the worker is gone afterwards."""
        worker = self._worker
        try:
            while True:
                wait_for = 0.2
                if timeout is not None:
                    left = worker.started + timeout - time.monotonic()
                    wait_for = max(0.0, min(wait_for, left))
                ready = wait([worker.conn, worker.process.sentinel], wait_for)
                found = _outcome(worker, ready, time.monotonic(), timeout)
                if found is not None:
                    return found
                if tick is not None:
                    tick()
        finally:
            self.cancel()

    def cancel(self) -> None:
        """Stop the worker (killed if its task is not done); once."""
        if not self._worker.conn.closed:  # an overdue task's worker is stopped already
            self._worker.stop(kill=bool(self._worker.tasks))


def run_isolated(
    function: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    timeout: float | None = None,
    tick: Callable[[], None] | None = None,
) -> Iterator[Outcome[R]]:
    """Run ``function`` on every item in ``jobs`` worker processes; yield outcomes as
    they finish.  A task that crashes its worker or runs past ``timeout`` seconds fails
    alone.  ``tick`` is called about every 0.2 s while waiting (to redraw progress).

    Each worker holds up to ``DEPTH`` tasks, so it starts the next one without waiting
    for this process to read the last result."""
    queue: deque[tuple[int, Any]] = deque(enumerate(items))
    if not queue:
        return
    context = _context()
    workers = [_Worker(context, function) for _ in range(max(1, min(jobs, len(queue))))]

    def refill() -> None:
        for worker in workers:
            while queue and len(worker.tasks) < DEPTH:
                worker.give(*queue.popleft())

    try:
        refill()
        while any(w.tasks for w in workers):
            busy = [w for w in workers if w.tasks]
            wait_for = 0.2
            if timeout is not None:
                soonest = min(w.started for w in busy) + timeout - time.monotonic()
                wait_for = max(0.0, min(wait_for, soonest))
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], wait_for)
            now = time.monotonic()
            for position, worker in enumerate(workers):
                outcome = _outcome(worker, ready, now, timeout)
                if outcome is None:
                    continue
                if outcome.failure and not worker.process.is_alive():
                    queue.extendleft(reversed(worker.tasks))  # not started: run elsewhere
                    worker.conn.close()
                    workers[position] = _Worker(context, function)
                refill()
                yield outcome
            if tick is not None:
                tick()
    finally:
        for worker in workers:
            worker.stop(kill=bool(worker.tasks))

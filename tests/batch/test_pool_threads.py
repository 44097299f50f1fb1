"""The worker pool with other threads running (found in issue 13: a Dask client leaves
threads): workers then start from the fork server, whose child they are, and must not
take that for their parent's death."""

from __future__ import annotations

import threading

from pogen.batch.pool import run_isolated, will_fork


def test_workers_run_when_this_process_has_threads() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        assert not will_fork()
        outcomes = sorted(run_isolated(abs, [-1, -2, 3], jobs=2), key=lambda o: o.index)
    finally:
        stop.set()
        thread.join()
    assert [(o.value, o.failure) for o in outcomes] == [(1, ""), (2, ""), (3, "")]

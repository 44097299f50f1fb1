"""Measure ``pogen check`` on the hostile-draft corpus: wall time and peak memory of each.

Run: ``python -m benchmarks.check_hostile``.  Each draft is checked in its own process
under ``/usr/bin/time -v`` (GNU time) when present, else with ``resource.getrusage``;
the PDF parser's child process is included.  Prints one line per draft and the worst
case; not a test (no timed assertions).
"""

from __future__ import annotations

import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.check.hostile import write_corpus


def _measure(path: Path) -> tuple[float, int, int]:
    """(seconds, peak kB, exit code) of ``pogen check PATH`` in a fresh process."""
    command = [sys.executable, "-m", "pogen.cli.entry", "check", str(path)]
    gnu_time = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else "")
    start = time.perf_counter()
    if gnu_time:
        done = subprocess.run(
            [gnu_time, "-v", *command], capture_output=True, text=True, check=False
        )
        seconds = time.perf_counter() - start
        peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
        return seconds, int(peak.group(1)) if peak else 0, done.returncode
    plain = subprocess.run(command, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, plain.returncode


def main() -> None:
    """Build the corpus in a temporary folder and measure every draft."""
    worst_time = worst_memory = (0.0, "")
    with tempfile.TemporaryDirectory() as tmp:
        for hostile, path in write_corpus(Path(tmp)):
            seconds, peak, code = _measure(path)
            print(f"{hostile.name:34} exit {code}  {seconds:6.2f} s  {peak / 1024:7.1f} MB")
            worst_time = max(worst_time, (seconds, hostile.name))
            worst_memory = max(worst_memory, (peak / 1024, hostile.name))
    print(f"worst time: {worst_time[0]:.2f} s ({worst_time[1]})")
    print(f"worst memory: {worst_memory[0]:.1f} MB ({worst_memory[1]})")


if __name__ == "__main__":
    main()

"""Time ``pogen check`` on pogen's own orders (.docx and, with LibreOffice, PDF).

Run: ``python -m benchmarks.check_speed``.  Prints the median of several runs per file;
not a test (no timed assertions), a number for the README and reviews.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from pogen.check import check_draft
from pogen.pipeline import render_case

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7


def _median_seconds(path: Path) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        check_draft(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Render every example, check each one RUNS times, print the medians."""
    with tempfile.TemporaryDirectory() as tmp:
        for case in sorted((ROOT / "case_data").glob("*.toml")):
            result = render_case(case, tmp, pdf=True)
            for path in (result.docx, result.pdf):
                if path is not None:
                    print(f"{path.name:55} {_median_seconds(path) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()

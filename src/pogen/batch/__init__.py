"""Many matters at once: collect them, skip current outputs, render in isolated workers.

``collect`` (which case files) -> ``matter`` (one matter, as a worker runs it) ->
``run`` (the batch: workers or any executor, PDFs, the manifest), with ``pool`` (worker
processes a crash cannot take down), ``manifest`` (what produced which output) and
``results`` (the picklable jobs and results).  The names below are the batch API.
"""

from __future__ import annotations

from pogen.batch.collect import collect_cases, default_jobs
from pogen.batch.matter import check_matter, render_matter
from pogen.batch.results import FAILED, RENDERED, SKIPPED, BatchResult, MatterJob, MatterResult
from pogen.batch.run import check_batch, render_batch

__all__ = [
    "FAILED",
    "RENDERED",
    "SKIPPED",
    "BatchResult",
    "MatterJob",
    "MatterResult",
    "check_batch",
    "check_matter",
    "collect_cases",
    "default_jobs",
    "render_batch",
    "render_matter",
]

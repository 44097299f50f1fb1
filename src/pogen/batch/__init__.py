"""Many matters at once: collect them, skip current outputs, render in isolated workers.

``collect`` (which case files) -> ``matter`` (one matter, as a worker runs it) ->
``run`` (the batch: workers or any executor, PDFs, the manifest), with ``pool`` (worker
processes a crash cannot take down), ``manifest`` (what produced which output) and
``results`` (the picklable jobs and results), ``statcache`` and ``verdict`` (staleness
at the cost of a stat).  The names below are the batch API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pogen.batch.collect import collect_cases, default_jobs
    from pogen.batch.matter import check_matter, render_matter
    from pogen.batch.results import (
        FAILED,
        RENDERED,
        SKIPPED,
        BatchResult,
        MatterJob,
        MatterResult,
    )
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

_LAZY = {
    "collect_cases": "collect",
    "default_jobs": "collect",
    "check_matter": "matter",
    "render_matter": "matter",
    "check_batch": "run",
    "render_batch": "run",
    **dict.fromkeys(
        ("FAILED", "RENDERED", "SKIPPED", "BatchResult", "MatterJob", "MatterResult"), "results"
    ),
}


def __getattr__(name: str) -> Any:
    """The batch API, imported on first use (PEP 562): ``pogen.batch.verdict``, which
    answers a repeated ``--check``, must start without the renderer."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pogen.batch' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"pogen.batch.{module}"), name)
    globals()[name] = value
    return value

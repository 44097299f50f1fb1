"""pogen: C.D. Cal. Stipulation and [Proposed] Protective Order from validated case data.

Library use::

    import pogen
    case = pogen.check_case("case_data/acme_v_borealis.toml")   # validate only
    result = pogen.render_case("case_data/acme_v_borealis.toml", "output")
    print(result.docx)
    batch = pogen.render_batch(["case_data"], "output")          # many, in parallel
    report = pogen.check_draft("their_draft.docx")              # audit any draft order

The public names are imported on first use (PEP 562), so ``pogen validate`` does not
pay for Jinja and docxtpl, nor a repeated ``--check`` (``pogen.batch.verdict``) for
anything but the standard library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pogen._version import __version__

if TYPE_CHECKING:
    from pogen.batch import BatchResult, MatterResult, render_batch
    from pogen.check import check_draft
    from pogen.errors import PogenError, UserError, ValidationError
    from pogen.output.redline import redline
    from pogen.pipeline import RenderResult, check_case, render_case

__all__ = [
    "BatchResult",
    "MatterResult",
    "PogenError",
    "RenderResult",
    "UserError",
    "ValidationError",
    "__version__",
    "check_case",
    "check_draft",
    "redline",
    "render_batch",
    "render_case",
]

_LAZY = {
    "PogenError": "pogen.errors",
    "UserError": "pogen.errors",
    "ValidationError": "pogen.errors",
    "BatchResult": "pogen.batch",
    "MatterResult": "pogen.batch",
    "render_batch": "pogen.batch",
    "RenderResult": "pogen.pipeline",
    "check_case": "pogen.pipeline",
    "check_draft": "pogen.check",
    "redline": "pogen.output.redline",
    "render_case": "pogen.pipeline",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pogen' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value

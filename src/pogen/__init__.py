"""pogen: C.D. Cal. Stipulation and [Proposed] Protective Order from validated case data.

Library use::

    import pogen
    case = pogen.check_case("case_data/acme_v_borealis.toml")   # validate only
    result = pogen.render_case("case_data/acme_v_borealis.toml", "output")
    print(result.docx)
    report = pogen.check_draft("their_draft.docx")              # audit any draft order
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pogen.errors import PogenError, UserError, ValidationError
from pogen.pipeline import RenderResult, check_case, render_case

if TYPE_CHECKING:
    from pathlib import Path

    from pogen.check import Report

__version__ = "0.1.0"


def check_draft(path: str | Path) -> Report:
    """Audit any draft order (.docx or PDF) against the court's rejection grounds."""
    from pogen.check import check_draft as check

    return check(path)


__all__ = [
    "PogenError",
    "RenderResult",
    "UserError",
    "ValidationError",
    "__version__",
    "check_case",
    "check_draft",
    "render_case",
]

"""pogen: C.D. Cal. Stipulation and [Proposed] Protective Order from validated case data.

Library use::

    import pogen
    case = pogen.check_case("case_data/acme_v_borealis.toml")   # validate only
    result = pogen.render_case("case_data/acme_v_borealis.toml", "output")
    print(result.docx)
"""

from __future__ import annotations

from pogen.errors import PogenError, UserError, ValidationError
from pogen.pipeline import RenderResult, check_case, render_case

__version__ = "0.1.0"

__all__ = [
    "PogenError",
    "RenderResult",
    "UserError",
    "ValidationError",
    "__version__",
    "check_case",
    "render_case",
]

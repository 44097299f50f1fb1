"""Template failures as pogen reports them: one-line ``TemplateError``s naming the
template part and paragraph (split from ``pogen.document.compiled``, which uses them).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import jinja2
from jinja2.exceptions import SecurityError

from pogen.document.where import Place
from pogen.errors import TemplateError


class BrokenPartError(Exception):
    """A part rendered from the template is not well-formed XML (raised before docxtpl's
    ``fix_tables`` would repair it with lxml's ``recover``, dropping what follows)."""

    def __init__(self, place: Place, detail: str) -> None:
        super().__init__(f"{place}: {detail}")
        self.place = place
        self.detail = detail


def _in(exc: BaseException) -> str:
    place = getattr(exc, "pogen_place", None)
    return f" in {place}" if place is not None else ""


@contextlib.contextmanager
def template_errors(name: str) -> Iterator[None]:
    """Turn Jinja, sandbox and python-docx failures into one-line ``TemplateError``s,
    each naming the template part and paragraph where that is known."""
    try:
        yield
    except BrokenPartError as exc:
        raise TemplateError(
            f"{name}: template writes broken XML into {exc.place}: {exc.detail}; a value "
            "marked |safe or a tag that builds WordprocessingML must not write raw XML",
            code="template-xml",
        ) from None
    except jinja2.UndefinedError as exc:
        raise TemplateError(
            f"{name}: template uses a variable pogen does not provide{_in(exc)}: {exc.message}",
            code="template-variable",
        ) from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"{name}: template syntax error{_in(exc)}: {exc.message}", code="template-syntax"
        ) from None
    except SecurityError as exc:
        raise TemplateError(
            f"{name}: template tried something the sandbox forbids{_in(exc)}: {exc}",
            code="template-sandbox",
        ) from None
    except jinja2.TemplateError as exc:
        raise TemplateError(
            f"{name}: template error{_in(exc)}: {exc}", code="template-code"
        ) from None
    except (TypeError, ArithmeticError, RecursionError, IndexError) as exc:  # template code
        raise TemplateError(
            f"{name}: template error{_in(exc)}: {type(exc).__name__}: {exc}",
            code="template-code",
        ) from None
    except MemoryError:
        raise TemplateError(
            f"{name}: template code needs more memory than there is (a value built too large?)",
            code="template-sandbox",
        ) from None
    except (KeyError, ValueError, OSError) as exc:  # python-docx on a broken package
        raise TemplateError(
            f"{name}: not a usable .docx template ({exc})", code="template-not-docx"
        ) from None

"""Stage 4, render: fill a .docx template with a context, in memory.

docxtpl is confined to this module.  It renders through pogen's sandboxed, strict,
autoescaping environment, and the result is returned as bytes so that nothing touches
the disk before it has been verified (see ``pogen.write``).
"""

from __future__ import annotations

import io
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate  # noqa: TID251 - the one module allowed to use it
from jinja2.exceptions import SecurityError

from pogen.environment import make_environment
from pogen.errors import TemplateError, display_path
from pogen.safety import check_template_package

DEFAULT_TEMPLATE = "stipulated_protective_order.docx"


def default_template() -> Traversable:
    """The shipped template, found through the package's resources."""
    return resources.files("pogen").joinpath("templates", DEFAULT_TEMPLATE)


def shipped_templates() -> list[str]:
    """Names of the templates shipped with pogen (usable as ``pogen:NAME``)."""
    folder = resources.files("pogen").joinpath("templates")
    return sorted(t.name[:-5] for t in folder.iterdir() if t.name.endswith(".docx"))


def find_template(spec: str | Path) -> Path | Traversable:
    """The template a user named: a .docx path, or ``pogen:NAME`` for a shipped one."""
    text = str(spec)
    if not text.startswith("pogen:"):
        return Path(spec)
    name = text.removeprefix("pogen:").removesuffix(".docx")
    if name not in shipped_templates():
        raise TemplateError(
            f"{text}: no such shipped template; pogen ships "
            + ", ".join(f"pogen:{n}" for n in shipped_templates())
        )
    return resources.files("pogen").joinpath("templates", f"{name}.docx")


def template_label(template: Path | Traversable | None) -> str:
    """How messages name a template: its path, or ``pogen:NAME`` for a shipped one."""
    template = template or default_template()
    return display_path(template) if isinstance(template, Path) else f"pogen:{template.name}"


def _template_bytes(template: Path | Traversable) -> tuple[bytes, str]:
    name = template_label(template)
    try:
        return template.read_bytes(), name
    except OSError as exc:
        raise TemplateError(f"{name}: cannot read template ({exc.strerror or exc})") from None


def render_document(
    context: dict[str, Any],
    template: Path | Traversable | None = None,
    *,
    properties: dict[str, str] | None = None,
) -> bytes:
    """Render ``template`` (default: the shipped order) and return the .docx bytes."""
    raw, name = _template_bytes(template or default_template())
    check_template_package(raw, name)
    try:
        doc = DocxTemplate(io.BytesIO(raw))
        doc.render(context, jinja_env=make_environment(), autoescape=False)
    except jinja2.UndefinedError as exc:
        raise TemplateError(
            f"{name}: template uses a variable pogen does not provide: {exc.message}"
        ) from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{name}: template syntax error: {exc.message}") from None
    except SecurityError as exc:
        raise TemplateError(
            f"{name}: template tried something the sandbox forbids: {exc}"
        ) from None
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{name}: template error: {exc}") from None
    except (TypeError, ArithmeticError, RecursionError, IndexError) as exc:  # template code
        raise TemplateError(f"{name}: template error: {type(exc).__name__}: {exc}") from None
    except (KeyError, ValueError, OSError) as exc:  # python-docx on a broken package
        raise TemplateError(f"{name}: not a usable .docx template ({exc})") from None
    core = doc.docx.core_properties
    for key, value in (properties or {}).items():
        setattr(core, key, value)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()

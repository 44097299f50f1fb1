"""The one factory for Jinja environments used to render order templates.

docxtpl's defaults (silent undefined, no escaping) are wrong for a court filing: a typo
would render as blank and ``&`` or ``<`` in a party name would corrupt the XML.  Every
environment here is sandboxed, autoescaping and strict.
"""

from __future__ import annotations

from typing import Any

from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from pogen.ooxml import data_text
from pogen.safety import PogenSandbox


def _finalize(value: Any) -> Any:
    # docxtpl turns the sequences "{_{", "}_}", "{_%" and "%_}" in rendered XML back into
    # Jinja delimiters; data must never spell them, so its braces and percent signs go
    # out as character references, which XML reads back as the characters themselves.
    if isinstance(value, Markup):
        return value  # pogen-built WordprocessingML, already escaped where needed
    return Markup(data_text(str(value)))  # noqa: S704 - data_text escapes it


def make_environment() -> ImmutableSandboxedEnvironment:
    """A sandboxed, autoescaping, StrictUndefined environment for .docx templates."""
    env = PogenSandbox(
        autoescape=True,
        undefined=StrictUndefined,
        finalize=_finalize,
        keep_trailing_newline=True,
    )
    # Nothing reaches templates but the documented context: no globals beyond Jinja's
    # harmless built-ins, none of which touch files, the environment or Python objects.
    for name in ("cycler", "joiner", "lipsum", "namespace", "dict"):
        env.globals.pop(name, None)
    return env

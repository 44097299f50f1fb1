"""The one factory for Jinja environments used to render order templates.

docxtpl's defaults (silent undefined, no escaping) are wrong for a court filing: a typo
would render as blank and ``&`` or ``<`` in a party name would corrupt the XML.  Every
environment here is sandboxed, autoescaping and strict.
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import DictLoader, StrictUndefined
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from pogen.docx.markup import data_text

MAX_TEMPLATE_SEQUENCE = 100_000
"""Longest string or list a template may build with ``*`` (the order itself is ~100 kB)."""

MAX_TEMPLATE_EXPONENT = 64
"""``**`` beyond this would let one expression allocate gigabytes (10**10**10)."""


class PogenSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, with ``*``, ``**`` and ``%`` bounded and no loader.

    The sandbox already blocks attributes that reach Python internals; what it leaves
    open is arithmetic that exhausts memory or CPU (``'x' * 10**9``, ``10**10**10``,
    ``'%999999999d' % 1``) and ``{% include %}``, which would fail with a bare
    ``TypeError`` rather than a template error.  Intercepted operators are also not
    constant-folded at compile time, so the bound holds before the template runs.
    """

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(loader=DictLoader({}), **options)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**":
            if isinstance(right, int | float) and abs(right) > MAX_TEMPLATE_EXPONENT:
                raise SecurityError(f"exponent {right} is larger than the sandbox allows")
            return left**right
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(count, int)
                    and len(seq) * count > MAX_TEMPLATE_SEQUENCE
                ):
                    raise SecurityError("repetition builds a value larger than the sandbox allows")
            return left * right
        if isinstance(left, str) and re.search(r"%[-+ #0]*\d{4,}|\.\d{4,}", left):
            raise SecurityError("format width or precision is larger than the sandbox allows")
        return left % right


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

"""The one factory for Jinja environments used to render order templates.

docxtpl's defaults (silent undefined, no escaping) are wrong for a court filing: a typo
would render as blank and ``&`` or ``<`` in a party name would corrupt the XML.  Every
environment here is sandboxed, autoescaping and strict.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable, Iterable
from types import CodeType
from typing import Any

from jinja2 import DictLoader, Environment, StrictUndefined, Template, nodes, pass_eval_context
from jinja2 import filters as jinja_filters
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.nodes import EvalContext
from jinja2.runtime import Context, markup_join, str_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from pogen.docx.markup import data_text

MAX_TEMPLATE_SEQUENCE = 100_000
"""Longest string or list a template may build with ``*`` (the order itself is ~100 kB)."""

MAX_TEMPLATE_EXPONENT = 64
"""``**`` beyond this would let one expression allocate gigabytes (10**10**10)."""

MAX_TEMPLATE_VALUE = 4_000_000
"""Longest string or list a template may build by joining, concatenating (``~``, ``+``),
padding, indenting or replacing: ten times the largest order pogen renders."""

_WIDE_FORMAT = re.compile(r"\{[^{}]*:[^{}]*\d{6,}[^{}]*\}")


def _too_big() -> SecurityError:
    return SecurityError("the template builds a value larger than the sandbox allows")


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | list | tuple) else len(str(value))


def _check(total: int) -> None:
    if total > MAX_TEMPLATE_VALUE:
        raise _too_big()


class _BoundedCodeGenerator(CodeGenerator):
    """Jinja's code generator, with ``~`` going through ``bounded_concat``."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:  # noqa: N802 - Jinja's
        self.write("environment.bounded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("), context.eval_ctx)")


@pass_eval_context
def _join(eval_ctx: EvalContext, value: Iterable[Any], d: str = "", attribute: Any = None) -> str:
    items = list(value)
    if attribute is not None:
        getter = jinja_filters.make_attrgetter(eval_ctx.environment, attribute)
        items = [getter(item) for item in items]
    _check(sum(_size(item) for item in items) + len(d) * max(len(items) - 1, 0))
    return str(jinja_filters.do_join(eval_ctx, items, d))


def _center(value: str, width: int = 80) -> str:
    _check(max(int(width), len(str(value))))
    return jinja_filters.do_center(value, width)


def _indent(s: str, width: int | str = 4, first: bool = False, blank: bool = False) -> str:
    text = str(s)
    pad = len(width) if isinstance(width, str) else int(width)
    _check(len(text) + pad * (text.count("\n") + 1))
    return jinja_filters.do_indent(text, width, first, blank)


def _check_replace(s: Any, old: Any, new: Any, count: Any = None) -> None:
    """Refuse a replace whose result would pass ``MAX_TEMPLATE_VALUE``, before it runs."""
    text, old, new = str(s), str(old), str(new)
    hits = (len(text) + 1 if not old else text.count(old)) if count is None else int(count)
    _check(len(text) + max(hits, 0) * max(len(new) - len(old), 0))


@pass_eval_context
def _replace(eval_ctx: EvalContext, s: str, old: str, new: str, count: int | None = None) -> str:
    _check_replace(s, old, new, count)
    return jinja_filters.do_replace(eval_ctx, s, old, new, count)


def _format(value: str, *args: Any, **kwargs: Any) -> str:
    if re.search(r"%[-+ #0]*\d{4,}|\.\d{4,}", str(value)):
        raise SecurityError("format width or precision is larger than the sandbox allows")
    return jinja_filters.do_format(value, *args, **kwargs)


def _batch(value: Iterable[Any], linecount: int, fill_with: Any = None) -> Any:
    _check(int(linecount))
    return jinja_filters.do_batch(value, linecount, fill_with)


def _slice(value: Any, slices: int, fill_with: Any = None) -> Any:
    _check(int(slices))
    return jinja_filters.do_slice(value, slices, fill_with)


_BOUNDED_FILTERS: dict[str, Callable[..., Any]] = {
    "join": _join,
    "center": _center,
    "indent": _indent,
    "replace": _replace,
    "format": _format,
    "batch": _batch,
    "slice": _slice,
}
# str methods a template may call, and the size of what each would build.
_STR_METHODS: dict[str, Callable[[str, tuple[Any, ...]], int]] = {
    "ljust": lambda s, a: max(len(s), int(a[0]) if a else 0),
    "rjust": lambda s, a: max(len(s), int(a[0]) if a else 0),
    "center": lambda s, a: max(len(s), int(a[0]) if a else 0),
    "zfill": lambda s, a: max(len(s), int(a[0]) if a else 0),
    "expandtabs": lambda s, a: len(s) + s.count("\t") * (int(a[0]) if a else 8),
    "join": lambda s, a: sum(_size(x) + len(s) for x in (a[0] if a else [])),
}


class PogenSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, with ``*``, ``**`` and ``%`` bounded and no loader.

    The sandbox already blocks attributes that reach Python internals; what it leaves
    open is arithmetic that exhausts memory or CPU (``'x' * 10**9``, ``10**10**10``,
    ``'%999999999d' % 1``) and ``{% include %}``, which would fail with a bare
    ``TypeError`` rather than a template error.  Intercepted operators are also not
    constant-folded at compile time, so the bound holds before the template runs.
    """

    intercepted_binops = frozenset({"*", "**", "%", "+"})
    code_generator_class = _BoundedCodeGenerator

    def __init__(self, **options: Any) -> None:
        super().__init__(loader=DictLoader({}), **options)
        self.filters.update(_BOUNDED_FILTERS)

    def bounded_concat(self, items: tuple[Any, ...], eval_ctx: EvalContext) -> str:
        """``a ~ b``, refused when the result would pass ``MAX_TEMPLATE_VALUE``."""
        _check(sum(_size(item) for item in items))
        return markup_join(items) if eval_ctx.autoescape else str_join(items)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        owner = getattr(__obj, "__self__", None)
        if isinstance(__obj, types.BuiltinMethodType) and isinstance(owner, str):
            if __obj.__name__ == "join" and args:
                # measured and joined from one list: a generator would be spent by the
                # measuring, and the join would write nothing
                args = (list(args[0]), *args[1:])
            size = _STR_METHODS.get(__obj.__name__)
            if size is not None:
                _check(size(owner, args))
            if __obj.__name__ == "replace" and len(args) >= 2:
                _check_replace(owner, args[0], args[1], *args[2:3])
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``str.format`` with a width or precision of a million or more is refused."""
        wrapped = super().wrap_str_format(value)
        if wrapped is not None and _WIDE_FORMAT.search(str(getattr(value, "__self__", ""))):

            def refuse(*_args: Any, **_kwargs: Any) -> str:
                raise SecurityError("format width or precision is larger than the sandbox allows")

            return refuse
        return wrapped

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "+":
            if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
                _check(len(left) + len(right))
            return left + right
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


def template_from_code(env: Environment, code: CodeType) -> Template:
    """A template from code ``env.compile`` made (kept by ``pogen.document.tplcache``), as
    ``Environment.from_string`` builds one from the code it compiles."""
    template: Template = env.template_class.from_code(env, code, env.make_globals(None), None)
    return template

"""The template an order is rendered from: found, read and resolved in one place.

A ``Template`` is a value: the template's bytes, their SHA-256 (what the manifest
records) and the label messages use (a path, or ``pogen:NAME.docx`` for a shipped one).
Which template a matter uses is decided by ``resolve_template`` alone, highest first:
the one named explicitly (``--template``, the library's ``template=``), then the
``POGEN_TEMPLATE`` environment variable (read by the command line), then the case's
firm file, then the shipped default.  Its compiled form (``compiled``) is built once
per process and template bytes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from pogen.case.source import read_bounded
from pogen.errors import CaseFileError, TemplateError, display_path

if TYPE_CHECKING:
    from pogen.document.compiled import CompiledTemplate

SHIPPED = "pogen:"
MAX_TEMPLATE_BYTES = 64_000_000
"""A template file is never read past this; its parts are bounded to 50 MB decompressed
(``pogen.docx.safety``), which is what a file this size could hold stored."""
DEFAULT_NAME = "stipulated_protective_order"

Location = Path | Traversable
"""Where a template's bytes are: a file, or a resource shipped inside pogen."""


def shipped_templates() -> list[str]:
    """Names of the templates shipped with pogen (usable as ``pogen:NAME``)."""
    folder = resources.files("pogen").joinpath("templates")
    return sorted(t.name[:-5] for t in folder.iterdir() if t.name.endswith(".docx"))


def default_template() -> Traversable:
    """Where the shipped default template is, found through the package's resources."""
    return resources.files("pogen").joinpath("templates", f"{DEFAULT_NAME}.docx")


def find_template(spec: str | Path) -> Location:
    """Where the template a user named is: a .docx path, or ``pogen:NAME`` for a shipped one."""
    text = str(spec)
    if not text.startswith(SHIPPED):
        return Path(spec)
    name = text.removeprefix(SHIPPED).removesuffix(".docx")
    if name not in shipped_templates():
        raise TemplateError(
            f"{text}: no such shipped template; pogen ships "
            + ", ".join(f"{SHIPPED}{n}" for n in shipped_templates()),
            code="template-unknown",
        )
    return resources.files("pogen").joinpath("templates", f"{name}.docx")


def template_label(location: Location) -> str:
    """How messages name a template: its path, or ``pogen:NAME.docx`` for a shipped one."""
    return display_path(location) if isinstance(location, Path) else f"{SHIPPED}{location.name}"


@dataclass(frozen=True)
class Template:
    """One template's bytes, their hash and the label messages give them."""

    label: str
    raw: bytes = field(repr=False, compare=False)
    sha256: str

    @classmethod
    def read(cls, location: Location) -> Template:
        """Read a template's bytes from where they are: a regular file of at most
        ``MAX_TEMPLATE_BYTES`` (never /dev/zero or a FIFO, which a hostile firm file
        could name), or a shipped resource."""
        label = template_label(location)
        if isinstance(location, Path):
            try:
                raw = read_bounded(location, label, MAX_TEMPLATE_BYTES, "templates")
            except CaseFileError as exc:
                raise TemplateError(
                    f"{label}: cannot read template ({exc.diagnostic.message})",
                    code="template-unreadable",
                ) from None
            return cls(label, raw, hashlib.sha256(raw).hexdigest())
        try:
            raw = location.read_bytes()
        except OSError as exc:
            raise TemplateError(
                f"{label}: cannot read template ({exc.strerror or exc})",
                code="template-unreadable",
            ) from None
        return cls(label, raw, hashlib.sha256(raw).hexdigest())

    @classmethod
    def of(cls, template: Template | Location | None) -> Template:
        """A template given as a value, a location, or None for the shipped default."""
        if isinstance(template, Template):
            return template
        return _shipped_default() if template is None else cls.read(template)

    def compiled(self) -> CompiledTemplate:
        """The compiled form, built once per process (``pogen.document.compiled``)."""
        # Lazy for start-up: resolving a template must not import docxtpl.
        from pogen.document.compiled import compiled_template

        return compiled_template(self.raw, self.label)


@cache
def _shipped_default() -> Template:
    return Template.read(default_template())


BUNDLE_DOCUMENTS = ("stipulation", "proposed_order")


@cache
def bundle_template(document: str) -> Template:
    """The shipped template of one of the bundle's documents (``templates/bundle``)."""
    return Template.read(
        resources.files("pogen").joinpath("templates", "bundle", f"{document}.docx")
    )


def named_template(
    explicit: Template | Location | str | None = None, *, environment: str | None = None
) -> Template | None:
    """The template named above any firm file: ``explicit`` (``--template``, the
    library's ``template=``), else ``environment`` (POGEN_TEMPLATE's value); None when
    neither names one, so that each matter's firm file decides."""
    chosen = explicit if explicit is not None else (environment or None)
    if chosen is None:
        return None
    if isinstance(chosen, str | Path):  # a path, or pogen:NAME (a Path when Typer parsed it)
        chosen = find_template(chosen)
    return Template.of(chosen)


def resolve_template(
    explicit: Template | Location | str | None = None,
    *,
    environment: str | None = None,
    firm: str | None = None,
) -> Template:
    """The template a matter renders with: ``explicit`` > ``environment`` > ``firm`` (the
    firm file's: a path made absolute, or ``pogen:NAME``) > the shipped default."""
    named = named_template(explicit, environment=environment)
    if named is not None:
        return named
    return Template.of(find_template(firm)) if firm else _shipped_default()

"""The four mandatory parts of every order, built by pogen, never by a template.

The caption (with the discovery notation), the GOOD CAUSE STATEMENT, the L.R. 79-5
sealing provisions (sections 1.C and 12.3) and the L.R. 37 challenge procedure
(section 6) are rendered here from pogen's own sources and reach a template only as
finished WordprocessingML through ``{{p blocks.NAME }}`` placeholders.  No case-data
value can remove or reword them.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Template
from markupsafe import Markup

from pogen.document import tplcache
from pogen.document.caption import caption_xml
from pogen.document.environment import make_environment, template_from_code
from pogen.docx.markup import compile_source, xml_text

# Placeholder name -> source file (None: built in Python).  Order is document order.
MANDATORY = {
    "caption": None,
    "good_cause": "good_cause.txt",
    "sealing_acknowledgment": "sealing_acknowledgment.txt",
    "challenges": "challenges.txt",
    "filing_under_seal": "filing_under_seal.txt",
}

# Placeholder name -> the title a person sees on the locked content control and in errors.
TITLES = {
    "caption": "caption with the discovery notation",
    "good_cause": "GOOD CAUSE STATEMENT",
    "sealing_acknowledgment": "L.R. 79-5 sealing acknowledgment, section 1.C",
    "challenges": "L.R. 37 challenge procedure, section 6",
    "filing_under_seal": "L.R. 79-5 filing under seal, section 12.3",
}
TAG_PREFIX = "pogen:"


def block_source(name: str) -> str:
    """The readable source text of one mandatory block."""
    folder = resources.files("pogen").joinpath("templates", "source", "blocks")
    return folder.joinpath(name).read_text(encoding="utf-8")


@cache
def _compiled(name: str) -> Template:
    source = block_source(name)
    xml = compile_source(source, name=f"templates/source/blocks/{name}")
    # The blocks are rendered here with plain Jinja syntax, so docxtpl's paragraph tags
    # ({%p ... %}) are unwrapped the same way docxtpl would unwrap them.
    xml = _unwrap_paragraph_tags(xml)
    env = make_environment()
    code = tplcache.load_code(xml)  # keyed by this very source, Jinja and the environment
    if code is None:
        code = env.compile(xml)
        tplcache.save_code(xml, code)
    return template_from_code(env, code)


def _unwrap_paragraph_tags(xml: str) -> str:
    return re.sub(
        r'<w:p><w:r><w:t xml:space="preserve">\{%p (.*?)%\}</w:t></w:r></w:p>',
        lambda m: (
            "{% "
            + m.group(1).replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")
            + "%}"
        ),
        xml,
    )


def title(name: str, ref: dict[str, str] | None = None) -> str:
    """The block's title with the section numbers of this order's profile."""
    if not ref:
        return TITLES[name]
    numbers = {
        "sealing_acknowledgment": ref.get("sealing_ack", ref.get("purposes", "")),
        "challenges": ref.get("challenges", ""),
        "filing_under_seal": ref.get("filing", ""),
    }
    if name not in numbers:
        return TITLES[name]
    return TITLES[name].rsplit(" section ", 1)[0] + f" section {numbers[name]}"


def locked(name: str, content_xml: str, *, lock: bool = True, heading: str = "") -> str:
    """Wrap a block in a content control Word will not let anyone edit or delete.

    ``w:sdtPr`` children follow the schema's order (alias, tag, lock); the alias is the
    title Word shows on the control, so a person sees why the text cannot be changed.
    Without ``lock`` (the Word copy for chambers, which the judge may edit) the control
    only names the part.
    """
    alias = xml_text(f"Mandatory: {heading or TITLES[name]} (pogen)").replace('"', "&quot;")
    guard = '<w:lock w:val="sdtContentLocked"/>' if lock else ""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{TAG_PREFIX}{name}"/>'
        f"{guard}</w:sdtPr><w:sdtContent>{content_xml}"
        "</w:sdtContent></w:sdt>"
    )


def render_blocks(ctx: dict[str, Any]) -> dict[str, Markup]:
    """Every mandatory block, rendered from the context into WordprocessingML, locked
    unless the context is for the chambers copy (``locked`` false)."""
    out: dict[str, Markup] = {}
    lock = ctx.get("locked", True)
    for name, source in MANDATORY.items():
        xml = caption_xml(ctx["caption"]) if source is None else _compiled(source).render(ctx)
        heading = title(name, ctx.get("ref"))
        out[name] = Markup(locked(name, xml, lock=lock, heading=heading))  # noqa: S704
    return out

"""Verify the rendered document, not the template: the mandatory parts are all there.

A custom template can drop a placeholder, wrap it in ``{% if false %}``, filter it,
move it into a footer or a text box, hide it with a style, or type its own version of
the prose.  None of that is visible from the template's source with certainty, so this
module reads the rendered package back and insists that each of pogen's five locked
blocks (``pogen.document.blocks.MANDATORY``) stands exactly once in the body, in order,
identical to pogen's own rendering for this case, and readable (not hidden, white or
tiny, whatever level of the style chain tries it), and that every harm fact sits under
the GOOD CAUSE STATEMENT heading.  Any failure is a ``TemplateError`` listing every
problem with the placeholder to fix; the pipeline then writes nothing.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from collections.abc import Iterator, Mapping
from typing import Any

from lxml import etree

from pogen.document.blocks import MANDATORY, TAG_PREFIX, TITLES, render_blocks
from pogen.document.visibility import visibility_problems
from pogen.docx.ns import W_NS, W
from pogen.docx.parse import new_parser, parse_part
from pogen.docx.reader import paragraph_text as _reader_text
from pogen.docx.styles import StyleSheet
from pogen.errors import TemplateError

_PARSER = new_parser()


def paragraph_text(para: etree._Element) -> str:
    """All the text a paragraph's XML holds, hidden runs included: pogen's blocks are
    compared as content, and hiding is judged separately (``unreadable``)."""
    return _reader_text(para, hidden=True)


# Heading numbers of every profile: "1.", "12.3", "1.1.", "B.", "XIII." (roman).
_NUMBER = re.compile(r"^\s*(?:[0-9]+(?:\.[0-9]+)*\.?|[A-Z]\.|[IVXLCDM]+\.)\s+")
_PART_PLACE = (
    ("word/header", "a header"),
    ("word/footer", "a footer"),
    ("word/footnotes", "a footnote"),
    ("word/endnotes", "an endnote"),
    ("word/comments", "a comment"),
)
_ANCESTOR_PLACE = {
    f"{W}del": "a tracked deletion (w:del)",
    f"{W}moveFrom": "a tracked move (w:moveFrom)",
    f"{W}txbxContent": "a text box",
    f"{W}tc": "a table cell",
}


def placeholder(name: str) -> str:
    """The template tag that inserts one mandatory block."""
    return f"{{{{p blocks.{name} }}}}"


def _label(name: str) -> str:
    return f"the {TITLES[name]} (placeholder {placeholder(name)})"


_TEXTY = frozenset({f"{W}t", f"{W}delText", f"{W}instrText"})


def _same_shape(a: etree._Element, b: etree._Element) -> bool:
    """Whether two elements say the same in XML: tag, attributes, the text of ``w:t``,
    ``w:delText`` and ``w:instrText``, and (recursively) their child elements; comments,
    processing instructions and other text do not count.

    Equal canonical forms (C14N, which writes every tag, attribute and text one way
    only) mean equal trees, so they settle the usual case in C; otherwise the trees are
    compared element by element.
    """
    with contextlib.suppress(etree.LxmlError, ValueError):
        if _canonical(a) == _canonical(b):
            return True
    return _same_tree(a, b)


def _canonical(element: etree._Element) -> bytes:
    return etree.tostring(element, method="c14n", exclusive=True, with_comments=True)


def _same_tree(a: etree._Element, b: etree._Element) -> bool:
    """``_same_shape`` element by element, stopping at the first difference."""
    if a.tag != b.tag or dict(a.items()) != dict(b.items()):
        return False
    if a.tag in _TEXTY and (a.text or "") != (b.text or ""):
        return False
    mine = [c for c in a if isinstance(c.tag, str)]
    theirs = [c for c in b if isinstance(c.tag, str)]
    return len(mine) == len(theirs) and all(map(_same_tree, mine, theirs))


def _paragraph_texts(element: etree._Element) -> list[str]:
    return [paragraph_text(p) for p in element.iter(f"{W}p")]


def _where(sdt: etree._Element, part: str) -> str:
    """Why a block at this position does not count as standing in the order's body."""
    if part != "word/document.xml":
        return next(
            (place for prefix, place in _PART_PLACE if part.startswith(prefix)),
            f"the package part {part}",
        )
    for ancestor in sdt.iterancestors():
        if ancestor.tag in _ANCESTOR_PLACE:
            return _ANCESTOR_PLACE[str(ancestor.tag)]
    parent = sdt.getparent()
    if parent is None or parent.tag != f"{W}body":
        return "a run or another element (a {{ }} tag where {{p }} belongs?)"
    return ""


def _short(text: str, limit: int = 60) -> str:
    text = text.replace("\t", " ").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _first_difference(a: str, b: str) -> int:
    return next(
        (k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def _around(text: str, start: int, limit: int = 60) -> str:
    """An excerpt of ``text`` from a little before ``start``, marked where it is cut."""
    begin = max(0, start - 15)
    excerpt = _short(text[begin:], limit)
    return ("…" if begin else "") + excerpt


class _Document:
    """The rendered package, parsed once."""

    def __init__(self, data: bytes, parsed: Mapping[str, etree._Element] | None = None) -> None:
        """``parsed``: the package's parts as ``pogen.docx.package.verify_package`` returned
        them, so that the document is not parsed again."""
        if parsed is None:
            archive = zipfile.ZipFile(io.BytesIO(data))
            parsed = {
                part: parse_part(archive.read(part))
                for part in archive.namelist()
                if part.startswith("word/") and part.endswith(".xml")
            }
        self.parts: dict[str, etree._Element] = {
            part: tree
            for part, tree in parsed.items()
            if part.startswith("word/") and part.endswith(".xml")
        }
        self.body = self.parts["word/document.xml"].find(f"{W}body")
        self.styles = StyleSheet.of(self.parts.get("word/styles.xml"))
        self._texts: dict[etree._Element, str] = {}

    def text(self, para: etree._Element) -> str:
        """``paragraph_text`` of one of this document's paragraphs, worked out once (the
        dict keeps each element's proxy alive, so lxml hands out the same object again)."""
        found = self._texts.get(para)
        if found is None:
            found = self._texts[para] = paragraph_text(para)
        return found

    def pogen_controls(self) -> Iterator[tuple[str, str, etree._Element]]:
        """(block name, part, sdt) for every control tagged by pogen, in any part."""
        for part, root in self.parts.items():
            for sdt in root.iter(f"{W}sdt"):
                tag = sdt.find(f"{W}sdtPr/{W}tag")
                value = (tag.get(f"{W}val") or "") if tag is not None else ""
                if value.startswith(TAG_PREFIX):
                    yield value[len(TAG_PREFIX) :], part, sdt


def _check_content(
    name: str, sdt: etree._Element, expected: etree._Element, *, quote: bool
) -> list[str]:
    problems = []
    label = _label(name)
    if not _same_shape(sdt, expected):
        got, want = _paragraph_texts(sdt), _paragraph_texts(expected)
        for i, (g, w) in enumerate(zip(got, want, strict=False), start=1):
            if g != w:
                at = _first_difference(g, w)
                reads = (
                    f"reads {_around(g, at)!r} where pogen wrote {_around(w, at)!r}"
                    if quote  # the text may be case data: quoted only with --debug
                    else f"differs from pogen's from its character {at + 1} on"
                )
                problems.append(
                    f"{label} was altered: its paragraph {i} {reads}; use the placeholder "
                    "as is, without filters or edits"
                )
                break
        else:
            if len(got) != len(want):
                problems.append(
                    f"{label} was altered: it has {len(got)} paragraphs where pogen wrote "
                    f"{len(want)}; use the placeholder as is, without filters or edits"
                )
            else:
                problems.append(
                    f"{label} was altered: its text is intact but its XML or formatting was "
                    "changed; use the placeholder as is, without filters or edits"
                )
    return problems


def _body_paragraphs(doc: _Document) -> list[etree._Element]:
    if doc.body is None:
        return []
    return [
        p
        for p in doc.body.iter(f"{W}p")
        if not any(a.tag == f"{W}txbxContent" for a in p.iterancestors())
    ]


def _is_heading(doc: _Document, para: etree._Element) -> bool:
    level = doc.styles.paragraph_outline_level(para)
    if level is not None and level < 9:
        return True
    style = para.find(f"{W}pPr/{W}pStyle")
    style_id = (style.get(f"{W}val") or "") if style is not None else ""
    return "heading" in style_id.lower()


def _fold(text: str) -> str:
    return " ".join(text.split())


def _check_harms(
    doc: _Document, context: dict[str, Any], control: etree._Element, *, quote: bool = True
) -> list[str]:
    """Every harm fact must sit under the GOOD CAUSE STATEMENT heading, before the next."""
    paras = _body_paragraphs(doc)
    heading = TITLES["good_cause"]
    start = next(
        (
            i
            for i, p in enumerate(paras)
            if _NUMBER.sub("", doc.text(p)).strip().upper() == heading
            and control in p.iterancestors()
        ),
        None,
    )
    label = _label("good_cause")
    if start is None:
        return [f"{label} has no {heading} heading in the rendered document"]
    section: list[str] = []
    for para in paras[start + 1 :]:
        if _is_heading(doc, para):
            break
        section.append(_fold(doc.text(para)))
    text = "\n".join(section)
    problems = []
    for number, category in enumerate(context["categories"], start=1):
        which = repr(category["name"]) if quote else str(number)  # case data: --debug only
        for harm in category["harms"]:
            if _fold(str(harm["text"])) not in text:
                problems.append(
                    f"{label}: harm fact {harm['label']} of category {which} "
                    f"does not appear under the {heading} heading"
                )
    return problems


def _check_copies(doc: _Document, expected: dict[str, etree._Element]) -> list[str]:
    """A heading of a mandatory part typed by the template, outside pogen's control."""
    keys: dict[str, str] = {}
    for name, element in expected.items():
        first = next((p for p in element.iter(f"{W}p") if paragraph_text(p).strip()), None)
        if first is not None:
            keys[_heading_key(paragraph_text(first))] = name
    problems = []
    for part, root in doc.parts.items():
        for para in root.iter(f"{W}p"):
            name = keys.get(_heading_key(doc.text(para)), "")
            if not name or any(_is_pogen(a, name) for a in para.iterancestors(f"{W}sdt")):
                continue
            problems.append(
                f"{_label(name)}: the template types its own copy of "
                f"{_heading_key(paragraph_text(para))!r} (in {part}); delete the copy and "
                "keep only the placeholder"
            )
    return problems


def _heading_key(text: str) -> str:
    return _NUMBER.sub("", text).strip().upper()


def _is_pogen(sdt: etree._Element, name: str) -> bool:
    tag = sdt.find(f"{W}sdtPr/{W}tag")
    return tag is not None and tag.get(f"{W}val") == f"{TAG_PREFIX}{name}"


def _expected(
    context: dict[str, Any], blocks: Mapping[str, str] | None = None
) -> dict[str, etree._Element]:
    """pogen's own rendering of each block for this case, parsed: ``blocks`` when the
    caller kept them (``render_blocks`` is a pure function of the context, and the
    strings are immutable, so the copy taken before the template ran is what a fresh
    rendering gives), else a fresh rendering."""
    out = {}
    for name, xml in (render_blocks(context) if blocks is None else blocks).items():
        wrapper = etree.fromstring(f'<w:body xmlns:w="{W_NS}">{xml}</w:body>', _PARSER)
        out[name] = wrapper[0]
    return out


def expected_order(context: dict[str, Any]) -> list[str]:
    """The mandatory parts in the order the profile puts them: the sealing acknowledgment
    closes PURPOSES AND LIMITATIONS (before the GOOD CAUSE STATEMENT) in some judges'
    models (``form.ack_in_purposes``) and follows it in the others."""
    order = list(MANDATORY)
    if context.get("form", {}).get("ack_in_purposes"):
        order.remove("sealing_acknowledgment")
        order.insert(order.index("good_cause"), "sealing_acknowledgment")
    return order


def _check_order(
    doc: _Document, in_body: dict[str, etree._Element], wanted: list[str]
) -> list[str]:
    if doc.body is None or len(in_body) != len(MANDATORY):
        return []
    children = list(doc.body)
    order = sorted(in_body, key=lambda n: children.index(in_body[n]))
    if order == wanted:
        return []
    return [
        "the mandatory parts are out of order: the template has "
        + ", ".join(order)
        + "; the order must be "
        + ", ".join(wanted)
    ]


def verify_mandatory(
    data: bytes,
    context: dict[str, Any],
    template: str,
    *,
    parsed: Mapping[str, etree._Element] | None = None,
    quote: bool = False,
    blocks: Mapping[str, str] | None = None,
) -> None:
    """Raise ``TemplateError`` listing every way the rendered document lost a mandatory part.

    ``parsed``: the parts of ``data`` as ``pogen.docx.package.verify_package`` returned them.
    ``quote``: quote the rendered text where it differs (it may be case data, which
    messages carry only when asked, with ``--debug``).  ``blocks``: the context's
    rendered blocks, copied before the template ran (a template cannot change a copy it
    never saw), so that they are not rendered a second time.
    """
    doc = _Document(data, parsed)
    expected = _expected(context, blocks)
    found: dict[str, list[tuple[str, etree._Element]]] = {name: [] for name in MANDATORY}
    for name, part, sdt in doc.pogen_controls():
        if name in found:
            found[name].append((part, sdt))
    problems: list[str] = []
    in_body: dict[str, etree._Element] = {}
    for name in MANDATORY:
        label = _label(name)
        places = [(part, sdt, _where(sdt, part)) for part, sdt in found[name]]
        body = [sdt for _part, sdt, where in places if not where]
        if not places:
            problems.append(f"{label} is missing from the rendered document")
            continue
        if len(places) > 1:
            problems.append(
                f"{label} appears {len(places)} times in the rendered document; "
                "the template must include it exactly once"
            )
        for _part, _sdt, where in places:
            if where:
                problems.append(
                    f"{label} is in {where}, not in the body of the order; put the "
                    "placeholder on a paragraph of its own in the document body"
                )
        if len(body) == 1:
            in_body[name] = body[0]
            problems += _check_content(name, body[0], expected[name], quote=quote)
    problems += _check_order(doc, in_body, expected_order(context))
    problems += _check_copies(doc, expected)
    if "good_cause" in in_body:
        problems += _check_harms(doc, context, in_body["good_cause"], quote=quote)
    if doc.body is not None:
        for name, why in visibility_problems(doc.parts, doc.body, in_body.items()):
            problems.append(f"{_label(name)} {why}" if name else why)
    if problems:
        lines = [f"template {template}: {p}" for p in problems]
        noun = "problem" if len(problems) == 1 else "problems"
        lines.append(f"{len(problems)} {noun} found; nothing was written.")
        raise TemplateError("\n".join(lines), code="mandatory-part")

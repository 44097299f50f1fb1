"""The mandatory parts as a reader sees them: on the page, in view, in pogen's styles.

``pogen.document.mandatory`` proves each part is there and identical to pogen's own
rendering; this module proves a reader can see it.  For every paragraph of every part,
the formatting that reaches it (``pogen.docx.visible``), the table and page it is on and
whatever floats over the text (``pogen.docx.page``), fields wrapped around it and
settings that change what is printed.  And the styles that only pogen's parts use
(``OWN_STYLES``) are pogen's: a template may leave them out (the parts then take the
template's default paragraph style, which is judged like everything else), but a
definition that differs from the shipped templates' in anything but Word's bookkeeping
(names, priorities, revision ids) is refused.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources

from lxml import etree

from pogen.docx.geometry import Section, governing_sect_prs
from pogen.docx.ns import W
from pogen.docx.page import covering, open_fields_at, section_problem, settings_problem
from pogen.docx.page import table_problem as _table_problem
from pogen.docx.parse import new_parser
from pogen.docx.visible import View

OWN_STYLES = ("PogenSubItem", "PogenCaption", "PogenCourt")
"""Paragraph styles that pogen's mandatory parts use and the shipped templates' own text
does not: they are pogen's.  The others the parts use (PogenHeading1, PogenHeading2,
PogenBody, PogenItem) are also the template's house style, judged by what they show."""

_BOOKKEEPING = frozenset(
    f"{W}{name}"
    for name in [
        "name",
        "aliases",
        "next",
        "link",
        "autoRedefine",
        "hidden",
        "uiPriority",
        "semiHidden",
        "unhideWhenUsed",
        "qFormat",
        "locked",
        "personal",
        "personalCompose",
        "personalReply",
        "rsid",
    ]
)


def _canonical(element: etree._Element) -> tuple[object, ...]:
    """An element as a comparable value: tag, attributes (revision ids aside) and its
    children in any order, Word's bookkeeping elements left out."""
    attributes = tuple(sorted((k, v) for k, v in element.attrib.items() if "rsid" not in k))
    children = sorted(
        (_canonical(c) for c in element if isinstance(c.tag, str) and c.tag not in _BOOKKEEPING),
        key=repr,
    )
    return (element.tag, attributes, tuple(children))


def _style_form(style: etree._Element) -> tuple[object, ...]:
    keep = {str(k): str(v) for k, v in style.attrib.items() if etree.QName(k).localname == "type"}
    copy = etree.Element(style.tag, keep)
    copy.extend(etree.fromstring(etree.tostring(c)) for c in style if isinstance(c.tag, str))
    return _canonical(copy)


@cache
def _shipped_forms() -> dict[str, frozenset[tuple[object, ...]]]:
    """Each own style's definitions in the shipped templates (any of them is pogen's)."""
    import zipfile

    forms: dict[str, set[tuple[object, ...]]] = {name: set() for name in OWN_STYLES}
    folder = resources.files("pogen").joinpath("templates")
    for entry in folder.iterdir():
        if not entry.name.endswith(".docx"):
            continue
        with entry.open("rb") as handle, zipfile.ZipFile(handle) as archive:
            root = etree.fromstring(archive.read("word/styles.xml"), new_parser())
        for style in root.iter(f"{W}style"):
            style_id = style.get(f"{W}styleId") or ""
            if style_id in forms:
                forms[style_id].add(_style_form(style))
    return {name: frozenset(found) for name, found in forms.items()}


def style_problems(styles: etree._Element | None) -> list[str]:
    """Own styles a template redefines, and style ids defined twice."""
    if styles is None:
        return []
    problems: list[str] = []
    seen: dict[tuple[str, str], str] = {}
    defaults: dict[str, str] = {}
    shipped = _shipped_forms()
    for style in styles.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId") or ""
        kind = style.get(f"{W}type") or "paragraph"
        key = (kind, style_id.casefold())
        if key in seen:
            problems.append(
                f"the template's styles define the {kind} style {style_id!r} twice; readers "
                "disagree on which one counts"
            )
        seen[key] = style_id
        if style.get(f"{W}default") in ("1", "true", "on"):
            if kind in defaults:
                problems.append(
                    f"the template's styles have two default {kind} styles ({defaults[kind]!r} "
                    f"and {style_id!r}); readers disagree on which one counts"
                )
            defaults.setdefault(kind, style_id)
        if style_id in shipped and _style_form(style) not in shipped[style_id]:
            problems.append(
                f"the template redefines pogen's style {style_id!r}, which only pogen's "
                "mandatory parts use; delete the template's changes to it (copy the style "
                "from a shipped template, pogen:NAME)"
            )
    return problems


def visibility_problems(
    parts: Mapping[str, etree._Element],
    body: etree._Element,
    blocks: Iterable[tuple[str, etree._Element]],
) -> list[tuple[str, str]]:
    """(block name or "", why) for each way a reader is kept from seeing the blocks;
    "" marks a problem of the whole document (a shape, a setting, the styles)."""
    view = View(parts)
    blocks = list(blocks)
    memo = view.styles.memo
    if "own styles" not in memo:  # once per template's styles
        memo["own styles"] = style_problems(parts.get("word/styles.xml"))
    own = memo["own styles"]
    assert isinstance(own, list)
    problems: list[tuple[str, str]] = [("", p) for p in own]
    sections: list[Section] = []
    inside = open_fields_at(body, {sdt for _name, sdt in blocks})
    governing = governing_sect_prs(body, [sdt for _name, sdt in blocks])
    for name, sdt in blocks:
        section = Section.of(governing[sdt])
        sections.append(section)
        if sdt in inside:
            problems.append(
                (
                    name,
                    f"lies inside a field ({inside[sdt][:40]}) that begins before it: Word shows "
                    "a field's result, or hides its code, in place of the text; take the "
                    "placeholder out of the field",
                )
            )
            continue
        why = section_problem(section)
        if why:
            problems.append((name, f"is not readable: it is {why}"))
            continue
        why = _block_problem(view, sdt, section)
        if why:
            problems.append((name, why))
    for part, what in sorted(set(covering(dict(parts), sections, memo))):
        problems.append(
            (
                "",
                f"{what} in {part} lies over the text area of the page, where it could cover "
                "the mandatory parts; pictures, shapes, text boxes, frames and floating "
                "tables must stay in the margins",
            )
        )
    why = settings_problem(parts.get("word/settings.xml"))
    if why:
        problems.append(("", f"the mandatory parts would not print as they read: {why}"))
    return problems


# A ``w:t`` and its text, when the text holds no character reference: its serialized
# form is then the text itself, so whether it is blank can be read off it.
_TEXT_RUN = re.compile(r"(<w:t(?:\s[^>]*)?>)([^<&]*)(?=</w:t>)")
_BLOCK_MEMO = 4096  # block answers kept per view memo


def _blank_or_not(match: re.Match[str]) -> str:
    return match.group(1) + ("x" if match.group(2).strip() else match.group(2))


def _block_shape(sdt: etree._Element) -> bytes:
    """A digest of the block's XML with each ``w:t``'s text reduced to blank or not.

    ``_judge_block`` reads no text but whether a ``w:t`` is blank (a run with no text is
    not judged), so two blocks of one shape get one answer: the blocks of a batch's
    matters differ mostly in their words (names, numbers, harm facts).  Everything
    else the answer depends on, outside the block, is the view's (styles, theme,
    settings, page) or the section's; the block stands directly in the body, so no
    table or cell around it reaches in.  Text the pattern does not reduce (another
    prefix, a character reference) stays as it is, which only makes the key stricter.
    """
    xml = _TEXT_RUN.sub(_blank_or_not, etree.tostring(sdt, encoding="unicode"))
    return hashlib.blake2b(xml.encode("utf-8"), digest_size=16).digest()


def _block_problem(view: View, sdt: etree._Element, section: Section) -> str:
    """``_judge_block``, answered once per block shape, section and view memo."""
    answers = view.memo.setdefault("blocks", {})
    assert isinstance(answers, dict)
    key = (section, _block_shape(sdt))
    found = answers.get(key)
    if found is None:
        if len(answers) >= _BLOCK_MEMO:
            answers.clear()
        found = answers[key] = _judge_block(view, sdt, section)
    return str(found)


def _judge_block(view: View, sdt: etree._Element, section: Section) -> str:
    width = section.text_width
    for table in sdt.iter(f"{W}tbl"):
        why = _table_problem(view, table, section)
        if why:
            return f"is not readable: it is in {why}"
    for number, para in enumerate(sdt.iter(f"{W}p"), start=1):
        why = view.verdict(para, width)
        if why:
            return (
                f"is not readable: its paragraph {number} is {why}; the template must not "
                "hide, move, squeeze or restyle pogen's text"
            )
    return ""

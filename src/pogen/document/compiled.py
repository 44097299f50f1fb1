"""Fill a .docx template's bytes with a context, in memory (docxtpl is confined here
and to ``pogen.document.reference``, its own render).

It renders through pogen's sandboxed, strict, autoescaping environment, and the result
is returned as bytes so that nothing touches the disk before it has been verified.

docxtpl re-reads the package and re-compiles each part's XML as a Jinja template on
every render; that is most of its time.  ``CompiledTemplate`` does that work once per
template and process, then per render only runs the compiled templates and reassembles
the package.  It applies docxtpl's own steps (``patch_xml``, ``resolve_listing``,
``fix_tables``, the ``{_{`` replacements), so its output is byte for byte what
``reference.render_plain`` (docxtpl's ``render`` and ``save``) gives; a test holds them
equal for every example.  A template restored from the disk cache renders with
``pogen.document.docxsteps`` and imports docxtpl only for a step docxtpl must do itself.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import hashlib
import io
import os
import re
import threading
import zipfile
from collections.abc import Callable
from types import CodeType
from typing import Any, TypeVar

import jinja2
from lxml import etree

from pogen.cache import disk
from pogen.document import tplcache
from pogen.document.docxsteps import CoreProperties, parse_body, parse_part, serialize_part
from pogen.document.environment import make_environment, template_from_code
from pogen.document.failures import BrokenPartError, template_errors
from pogen.document.metadata import scrub_core, scrub_part
from pogen.document.where import (
    Place,
    excerpt,
    mark_paragraphs,
    offset_of,
    paragraph_at,
    paragraphs_of_line,
    template_line,
    well_formed,
)
from pogen.docx.ns import NAMESPACES, qn
from pogen.docx.package import Member, assemble

FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
# The core properties docxtpl renders as templates (DocxTemplate.render_properties).
_TEMPLATED_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")
_CACHE_SIZE = 8
_T = TypeVar("_T")
_BODY = qn("w:body")
_DOC_PR = qn("wp:docPr")
_CORE_RELATIONSHIP = (
    b"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
)
DOCUMENT_PART = "word/document.xml"
TEMPLATE_CODE_ERRORS = (
    TypeError,
    ArithmeticError,
    RecursionError,
    IndexError,
    jinja2.TemplateError,
)


def render_compiled(
    raw: bytes, name: str, context: dict[str, Any], properties: dict[str, str] | None = None
) -> bytes:
    """Render with the template's compiled form (built once per process and bytes)."""
    with template_errors(name):
        return compiled_template(raw, name).render(context, properties)


def has_core_part(raw: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        try:
            rels = archive.read("_rels/.rels")
        except KeyError:
            return False
    return _CORE_RELATIONSHIP in rels


def settle_dates(core: Any, *, invented: bool) -> None:
    """Keep run-time dates out of the document so the same input gives the same bytes.

    A template's own dates stay.  When the template has no core properties, python-docx
    invents them with ``modified`` set to now; that date becomes ``SOURCE_DATE_EPOCH``
    when it is set (the reproducible-builds convention) and is dropped otherwise.
    """
    if not invented:
        return
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    element: etree._Element = core._element
    if epoch.isdigit():
        stamp = dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        core.modified = stamp
        core.created = stamp
    else:
        for tag in ("modified", "created"):
            for child in element.findall(f"dcterms:{tag}", NAMESPACES):
                element.remove(child)


class CompiledTemplate:
    """A .docx template parsed and compiled once, rendered many times.

    Safe to share between threads: rendering reads the compiled state and copies what
    it changes.
    """

    def __init__(
        self, raw: bytes, name: str = "template", state: dict[str, Any] | None = None
    ) -> None:
        """Compile ``raw``; or, with ``state`` (what ``state()`` returned for the same
        bytes, kept by ``pogen.document.tplcache``), restore that compiled form."""
        self._raw = raw
        self._docxtpl: Any = None
        self._env = make_environment()
        # Each part's XML before docxtpl patches it, to name paragraphs in errors.
        self._sources: dict[str, str] = {}
        self._codes: dict[jinja2.Template, CodeType] = {}
        if state is not None:
            self._restore(state)
            return
        doc = self._helper.get_docx()
        package = doc.part.package
        self._invented_core = not has_core_part(raw)
        core_part = package._core_properties_part
        self._core_name = core_part.partname.membername
        self._core = core_part.element

        # The body, as DocxTemplate.build_xml prepares it.
        self._document_name = doc.part.partname.membername
        self._body = self._compile(self._document_name, self._helper.get_xml())
        # The document element around the body; render puts each matter's body in.
        self._document = copy.deepcopy(doc.element)
        del self._document.find(_BODY)[:]

        # Headers then footers, as DocxTemplate.render visits them.
        self._parts: list[tuple[str, str, jinja2.Template]] = []
        for uri in (self._helper.HEADER_URI, self._helper.FOOTER_URI):
            for _key, part in self._helper.get_headers_footers(uri):
                xml = self._helper.get_part_xml(part)
                encoding = self._helper.get_headers_footers_encoding(xml)
                template = self._compile(part.partname.membername, xml)
                self._parts.append((part.partname.membername, encoding, template))

        self._properties: dict[str, jinja2.Template] = {}
        for prop in _TEMPLATED_PROPERTIES:
            try:
                self._properties[prop] = self._jinja(getattr(core_part.core_properties, prop))
            except jinja2.TemplateSyntaxError as exc:
                exc.pogen_place = Place(f"{self._core_name} (document property {prop})")  # type: ignore[attr-defined]
                raise

        # DocxTemplate.render_footnotes renders each footnotes part once per section.
        self._sections = len(doc.sections)
        self._footnotes: list[tuple[str, jinja2.Template]] = []
        for part in package.parts:
            if part.content_type == FOOTNOTES_TYPE:
                xml = part.blob.decode("utf-8")
                membername = part.partname.membername
                self._footnotes.append((membername, self._compile(membername, xml)))

        # Every other part as python-docx writes it, in its order.
        out = io.BytesIO()
        doc.save(out)
        with zipfile.ZipFile(out) as archive:
            self._entries = [(n, scrub_part(n, archive.read(n))) for n in archive.namelist()]
        # Each part compressed once: a part a matter leaves as the template has it
        # (styles, settings, relationships, fonts...) is written from these bytes.
        self._members = {name: Member.of(name, data) for name, data in self._entries}

    def state(self) -> dict[str, Any]:
        """The compiled form as plain data (``marshal``-able: code objects, strings,
        bytes), from which ``CompiledTemplate(raw, state=...)`` restores it.  The two
        trees are kept as their XML, parsed again by python-docx's parser on restore;
        ``tests/golden_bytes`` renders every template through both forms."""
        code = self._codes.__getitem__
        return {
            "document_name": self._document_name,
            "body": code(self._body),
            "document": etree.tostring(self._document),
            "parts": [(n, encoding, code(t)) for n, encoding, t in self._parts],
            "properties": [(prop, code(t)) for prop, t in self._properties.items()],
            "core_name": self._core_name,
            "core": etree.tostring(self._core),
            "invented_core": self._invented_core,
            "sections": self._sections,
            "footnotes": [(n, code(t)) for n, t in self._footnotes],
            "entries": list(self._entries),
            "members": [(n, m.local, m.central) for n, m in self._members.items()],
            "sources": dict(self._sources),
        }

    def _restore(self, state: dict[str, Any]) -> None:
        load = self._from_code
        self._document_name = state["document_name"]
        self._body = load(state["body"])
        self._document = parse_part(state["document"])
        self._parts = [(n, encoding, load(c)) for n, encoding, c in state["parts"]]
        self._properties = {prop: load(c) for prop, c in state["properties"]}
        self._core_name = state["core_name"]
        self._core = parse_part(state["core"])
        self._invented_core = bool(state["invented_core"])
        self._sections = int(state["sections"])
        self._footnotes = [(n, load(c)) for n, c in state["footnotes"]]
        self._entries = [(n, data) for n, data in state["entries"]]
        self._members = {n: Member(local, central) for n, local, central in state["members"]}
        self._sources = dict(state["sources"])

    @property
    def _helper(self) -> Any:
        """docxtpl's ``DocxTemplate`` of these bytes, for its XML methods, made when first
        needed: to compile, or for a step ``pogen.document.docxsteps`` leaves to docxtpl.
        A template restored from the disk cache usually renders without it."""
        if self._docxtpl is None:
            from docxtpl import DocxTemplate  # noqa: TID251 - confined to this module

            self._docxtpl = DocxTemplate(io.BytesIO(self._raw))
        return self._docxtpl

    def _from_code(self, code: CodeType) -> jinja2.Template:
        """A template from its compiled code, as ``Environment.from_string`` makes it."""
        template = template_from_code(self._env, code)
        self._codes[template] = code
        return template

    def _jinja(self, source: str) -> jinja2.Template:
        """``Environment.from_string``, keeping the code for ``state``."""
        return self._from_code(self._env.compile(source))

    @staticmethod
    def _lines(patched: str) -> str:
        # DocxTemplate.render_xml_part puts each paragraph on its own line first.
        return re.sub(r"<w:p([ >])", r"\n<w:p\1", patched)

    def _compile(self, part: str, xml: str) -> jinja2.Template:
        """Compile a part's XML as docxtpl would (patched, a paragraph per line)."""
        self._sources.setdefault(part, xml)
        try:
            return self._jinja(self._lines(self._helper.patch_xml(xml)))
        except jinja2.TemplateSyntaxError as exc:
            self.locate(exc, part)
            raise

    def _marked(self, part: str) -> str:
        """The part's compiled source with each template paragraph's number marked."""
        return self._lines(self._helper.patch_xml(mark_paragraphs(self._sources[part])))

    def locate(self, exc: BaseException, part: str) -> None:
        """Note on a Jinja error (``pogen_place``) the part and template paragraph it
        happened in; Jinja's line is a paragraph of the compiled source."""
        if part not in self._sources or getattr(exc, "pogen_place", None) is not None:
            return
        first, last = paragraphs_of_line(self._marked(part), template_line(exc))
        place = Place(part, first, last, excerpt(self._sources[part], first))
        with contextlib.suppress(AttributeError):  # exceptions of C types take none
            exc.pogen_place = place  # type: ignore[attr-defined]

    def _render(self, part: str, template: jinja2.Template, context: dict[str, Any]) -> str:
        try:
            return template.render(context)
        except TEMPLATE_CODE_ERRORS as exc:
            self.locate(exc, part)
            raise

    def strict(self, part: str, xml: str | bytes, context: dict[str, Any]) -> None:
        """Raise ``BrokenPartError`` unless a rendered part is well-formed XML as it stands,
        naming the template paragraph whose output broke it."""
        problem = well_formed(xml)
        if problem is not None:
            raise BrokenPartError(self._broken_at(part, context), problem[0]) from None

    def parsed(
        self,
        part: str,
        xml: str | bytes,
        context: dict[str, Any],
        parse: Callable[[Any], _T],
    ) -> _T:
        """``parse(xml)``, a strict lxml parse, as the well-formedness check: one parse
        for the usual case, and ``strict``'s reason and place when it fails (lxml's own
        reason for XML that expat takes and libxml2 does not, such as nesting deeper
        than its 256 levels)."""
        try:
            return parse(xml)
        except etree.XMLSyntaxError as exc:
            self.strict(part, xml, context)
            raise BrokenPartError(Place(part), str(exc)) from None

    def _broken_at(self, part: str, context: dict[str, Any]) -> Place:
        """Render the part again with its paragraphs marked, and find the mark before
        the point where the XML breaks (only done once a part failed)."""
        source = self._sources.get(part)
        if source is None:
            return Place(part)
        try:
            marked = self._finish_tags(self._env.from_string(self._marked(part)).render(context))
        except Exception:  # the marks changed something: name the part only
            return Place(part)
        problem = well_formed(marked)
        if problem is None:
            return Place(part)
        number = paragraph_at(marked, offset_of(marked, *problem[1]))
        return Place(part, number, number, excerpt(source, number))

    @staticmethod
    def _finish_tags(xml: str) -> str:
        xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%")
        return xml.replace("%_}", "%}")

    def _finish(self, rendered: str) -> str:
        """The rest of DocxTemplate.render_xml_part, after Jinja."""
        # docxtpl: re.sub(r"\n<w:p([ >])", r"<w:p\1", ...); two replaces do the same, faster
        xml = rendered.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")
        xml = self._finish_tags(xml)
        if any(char in xml for char in "\t\a\n\f"):  # otherwise it changes nothing
            xml = self._helper.resolve_listing(xml)
        return str(xml)

    def render(self, context: dict[str, Any], properties: dict[str, str] | None = None) -> bytes:
        """Render with ``context`` and return the .docx bytes."""
        replaced: dict[str, bytes] = {}
        body = self._finish(self._render(self._document_name, self._body, context))
        # Strict, before fix_tables' recover could repair broken XML.
        tree, settled = self.parsed(self._document_name, body, context, parse_body)
        if not settled:  # a table grid docxtpl changes: let it
            tree = self._helper.fix_tables(body)
        for number, element in enumerate(tree.iter(_DOC_PR), 1001):  # docxtpl's fix_docpr_ids
            element.attrib["id"] = str(number)
        document = copy.deepcopy(self._document)  # its body is empty (see __init__)
        document.replace(document.find(_BODY), tree)
        replaced[self._document_name] = serialize_part(document)

        for name, encoding, template in self._parts:
            xml = self._finish(self._render(name, template, context)).encode(encoding)
            replaced[name] = serialize_part(self.parsed(name, xml, context, parse_part))

        core = CoreProperties(copy.deepcopy(self._core))
        for prop, template in self._properties.items():
            setattr(core, prop, template.render(context))
        scrub_core(core)
        for key, value in (properties or {}).items():
            setattr(core, key, value)
        settle_dates(core, invented=self._invented_core)
        replaced[self._core_name] = serialize_part(core._element)

        for name, template in self._footnotes if self._sections else ():
            notes = self._finish(self._render(name, template, context))
            for _ in range(self._sections - 1):
                again = self._env.from_string(self._lines(self._helper.patch_xml(notes)))
                notes = self._finish(self._render(name, again, context))
            replaced[name] = notes.encode("utf-8")
            self.strict(name, replaced[name], context)

        return assemble(self._member(name, data, replaced) for name, data in self._entries)

    def _member(self, name: str, data: bytes, replaced: dict[str, bytes]) -> Member:
        """The part's zip entry: deflated now only when this matter changed its bytes."""
        content = replaced.get(name)
        if content is None or content == data:
            return self._members[name]
        return Member.of(name, content)


_cache: dict[str, CompiledTemplate] = {}
_cache_lock = threading.Lock()


def compiled_template(raw: bytes, name: str = "template") -> CompiledTemplate:
    """The compiled form of the template with these bytes, built once per process.

    The template is checked (``pogen.docx.safety``) before it is first compiled; a refused
    template is never cached, so it is refused again each time, under its own name.
    A compiled form is also kept on disk (``pogen.document.tplcache``) for the next
    process.
    """
    key = hashlib.sha256(raw).hexdigest()
    with _cache_lock:
        found = _cache.get(key)
    if found is None:
        found = _from_disk(raw, name)
        with _cache_lock:
            if len(_cache) >= _CACHE_SIZE:
                _cache.pop(next(iter(_cache)))
            _cache[key] = found
    return found


def _from_disk(raw: bytes, name: str) -> CompiledTemplate:
    """The compiled form from the disk cache, or compiled now and stored there.

    An entry exists only for bytes that passed ``check_template_package`` and compiled
    (its name covers the template's hash and the code of safety.py and this module), so a
    cached template is not checked again: the check is a pure function of those bytes.
    A damaged entry is ignored and replaced.
    """
    state = tplcache.load(raw)
    if state is not None:
        try:
            return CompiledTemplate(raw, name, state)
        except Exception:  # an entry of the right name but the wrong shape: rebuild it
            disk.debug("ignoring a template cache entry that does not restore")
    from pogen.docx.safety import check_template_package  # not needed on a cache hit

    check_template_package(raw, name)
    found = CompiledTemplate(raw, name)
    tplcache.save(raw, found.state())
    return found

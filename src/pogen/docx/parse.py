"""Parse the XML parts of a rendered package once, with a safe parser, and share them.

Every rendered document is parsed twice over: ``pogen.docx.package.verify_package`` checks
that each part is well-formed, and ``pogen.document.mandatory`` reads the ``word/`` parts back.
Both take their trees from ``parse_part``, so a document is parsed once.  Most parts
(styles, settings, relationships, often headers and footers) come out of the template
with the same bytes for every matter; their trees are kept, keyed by those exact bytes,
and handed out again, so that per-template work keyed by a tree (the style sheet of
``pogen.docx.styles``) is done once.  Parsing is a pure function of the bytes, so a kept
tree is what a fresh parse would give.  Shared trees are read, never changed.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from lxml import etree

KEPT = 32  # trees kept per thread
SEEN = 512  # fingerprints of parts seen once, remembered per thread
MAX_KEPT_BYTES = 1 << 20  # bigger parts are never kept


class _State(threading.local):
    """Per thread: lxml parsers and trees are not shared between threads."""

    def __init__(self) -> None:
        self.parser = new_parser()
        self.trees: OrderedDict[bytes, etree._Element] = OrderedDict()
        self.seen: OrderedDict[int, None] = OrderedDict()


def new_parser() -> etree.XMLParser:
    """The parser for untrusted package XML: no entities, no network, no huge trees."""
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


_state = _State()


def parse_part(raw: bytes) -> etree._Element:
    """The root of ``raw`` parsed; raises ``etree.XMLSyntaxError`` when it is broken.

    A part is kept from its second sighting on (a part unique to one matter, such as
    the body, is parsed and dropped), so the cache holds the template's fixed parts.
    The returned tree may be shared with other callers: do not modify it.
    """
    state = _state
    tree = state.trees.get(raw)
    if tree is not None:
        state.trees.move_to_end(raw)
        return tree
    tree = etree.fromstring(raw, state.parser)
    if len(raw) > MAX_KEPT_BYTES:
        return tree
    mark = hash(raw)
    if mark in state.seen:
        state.trees[raw] = tree
        if len(state.trees) > KEPT:
            state.trees.popitem(last=False)
    else:
        state.seen[mark] = None
        if len(state.seen) > SEEN:
            state.seen.popitem(last=False)
    return tree


def is_shared(tree: etree._Element) -> bool:
    """Whether ``parse_part`` keeps this tree to hand out again (a template's fixed part).

    Memos that outlive a document may be keyed by such a tree; keyed by any other
    (a part unique to one matter, such as a footer carrying its title), they would keep
    every matter's tree alive: about 20 KB a document over a batch."""
    return any(kept is tree for kept in _state.trees.values())

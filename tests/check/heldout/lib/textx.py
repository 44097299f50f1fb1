"""Read the text of a .docx back with python-docx, paragraph by paragraph, in document order.

"Accepted view": text inside w:ins is kept, w:delText (deleted text) is dropped, comments are
not part of the text.  Paragraphs inside tables and inside text boxes (w:txbxContent) are
included, each as its own paragraph.  Headers/footers are returned separately.
"""

from __future__ import annotations

import docx
from docx.oxml.ns import qn

P = qn("w:p")
T = qn("w:t")
TAB = qn("w:tab")
BR = qn("w:br")


def _para_text(p):
    out = []
    for el in p.iter(T, TAB, BR):
        # only characters whose nearest paragraph ancestor is p (text boxes hold their own w:p)
        anc = el.getparent()
        while anc is not None and anc.tag != P:
            anc = anc.getparent()
        if anc is not p:
            continue
        if el.tag == T:
            out.append(el.text or "")
        elif el.tag == TAB:
            out.append("\t")
        else:
            out.append("\n" if el.get(qn("w:type")) in (None, "textWrapping") else "")
    return "".join(out)


def paragraphs(path):
    d = docx.Document(path)
    body = d.element.body
    return [_para_text(p) for p in body.iter(P)]


def plain_python_docx_text(path):
    """What python-docx's own API returns (body paragraphs + table cells), for comparison:
    it ignores w:ins runs and text boxes."""
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                out.extend(p.text for p in c.paragraphs)
    return out


def header_footer_text(path):
    d = docx.Document(path)
    out = []
    for s in d.sections:
        for part in (s.header, s.footer):
            for p in part._element.iter(P):
                out.append(_para_text(p))
    return out

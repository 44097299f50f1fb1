"""Render a draft spec (sources/drafts.py) to a .docx with python-docx.

House styles (heading/numbering conventions):
  word-auto           Word "Heading 1"/"Heading 2" styles with automatic multilevel numbering
  bold-typed          bold all-caps headings with typed numbers "1.", "A.", "2.1"
  pd-form             Donahue "PD Version": "1. INTRODUCTION / A. PURPOSES AND LIMITATIONS"
  roman               Audero-like Roman numerals "I.", "II." with lettered subsections
  section-underlined  "SECTION 6." / "Section 6.2" headings, underlined
  christensen         "1. INTRODUCTION / 1.1 Purposes and Limitations / 1.2 Good Cause Statement"
  run-in              run-in headings ("B. GOOD CAUSE STATEMENT. This action ...")
Caption layouts: table | paragraphs | textbox.   Paper: plain | pleading (L.R. 11-3).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Inches, Pt, Twips

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXED_DATE = dt.datetime(2025, 11, 20, 9, 0, 0, tzinfo=dt.timezone.utc)

ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

STYLE_FONTS = {
    # name, size(pt), line spacing (multiple or None), space after(pt), first-line indent(in), justify
    "word-auto": ("Arial", 11, 1.0, 6, 0.0, False),
    "bold-typed": ("Times New Roman", 12, 1.15, 6, 0.5, False),
    "pd-form": ("Times New Roman", 12, 1.5, 0, 0.5, False),
    "roman": ("Times New Roman", 12, 1.5, 0, 0.5, True),
    "section-underlined": ("Arial", 11, 1.15, 8, 0.0, False),
    "christensen": ("Times New Roman", 12, 1.5, 0, 0.5, False),
    "run-in": ("Times New Roman", 12, 1.0, 12, 0.5, True),
    "plain-memo": ("Times New Roman", 12, 1.5, 6, 0.5, False),
    "real-excerpt": ("Times New Roman", 12, 1.15, 8, 0.0, False),
}


# ---------------------------------------------------------------------------
# text helpers

def smart(text):
    out = []
    prev = " "
    for ch in text:
        if ch == "'":
            out.append("\u2019" if prev not in " ([\u201c\n" else "\u2018")
        elif ch == '"':
            out.append("\u201c" if prev in " ([\n\u2018-" else "\u201d")
        else:
            out.append(ch)
        prev = ch
    return "".join(out)


MARK_RE = re.compile(r"\[\[(ins|del):(.*?)\]\]", re.S)


def segments(text):
    """Split tracked-change markup into (kind, text) segments; kind in {'', 'ins', 'del'}."""
    segs = []
    pos = 0
    for m in MARK_RE.finditer(text):
        if m.start() > pos:
            segs.append(("", text[pos:m.start()]))
        segs.append((m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(text):
        segs.append(("", text[pos:]))
    return segs


def accepted(text):
    return "".join(t for k, t in segments(text) if k != "del")


# ---------------------------------------------------------------------------
# numbering

def style_transform(blocks, style):
    """Roman style: purposes and good cause become top-level sections; the sealing
    acknowledgment is folded into the purposes section (as in Reed v. Muhammed)."""
    if style != "roman":
        return blocks
    out = []
    seal = []
    i = 0
    keys = [b.get("key") for b in blocks]
    # collect sealack paragraphs
    in_seal = False
    for b in blocks:
        if b["t"] == "h2" and b["key"] == "intro.sealack":
            in_seal = True
            continue
        if in_seal and b["t"] in ("h1", "h2"):
            in_seal = False
        if in_seal:
            seal.append(b)
    for b in blocks:
        if b["t"] == "h1" and b["key"] == "intro":
            continue
        if b["t"] == "h2" and b["key"] == "intro.sealack":
            continue
        if b in seal:
            continue
        if b["t"] == "h2" and b["key"] in ("intro.purposes", "intro.goodcause"):
            nb = dict(b)
            nb["t"] = "h1"
            out.append(nb)
            continue
        out.append(b)
    # insert seal paragraphs before the good cause heading
    if seal:
        idx = next((j for j, b in enumerate(out) if b.get("key") == "intro.goodcause"), None)
        if idx is None:
            idx = next(j for j, b in enumerate(out) if b["t"] == "h1" and j > 0)
        out[idx:idx] = seal
    return out


def number_blocks(blocks, style):
    """Assign display labels, cross-reference labels and provision names."""
    refs = {}
    n = 0
    m = 0
    d = 0
    li_n = 0
    cur_h1 = None
    cur_h2 = None
    prov = "Preamble"
    for b in blocks:
        t = b["t"]
        if t == "h1":
            n += 1
            m = 0
            d = 0
            cur_h1 = b
            cur_h2 = None
            if style == "roman":
                lab = ROMAN[n] + "."
                ref = ROMAN[n]
            elif style == "section-underlined":
                lab = "SECTION %d." % n
                ref = "%d" % n
            else:
                lab = "%d." % n
                ref = "%d" % n
            b["label"] = lab
            b["ref"] = ref
            refs[b["key"]] = "Section " + ref
            prov = "%s %s" % (ref, b["tc"])
            b["prov"] = prov
            li_n = 0
        elif t == "h2":
            m += 1
            cur_h2 = b
            intro_letters = style in ("bold-typed", "pd-form", "run-in") and cur_h1 is not None and cur_h1["key"] == "intro"
            if style == "roman":
                lab = LETTERS[m - 1] + "."
                ref = "%s.%s" % (ROMAN[n], LETTERS[m - 1])
            elif intro_letters:
                lab = LETTERS[m - 1] + "."
                ref = "%d.%s" % (n, LETTERS[m - 1])
            elif style == "section-underlined":
                lab = "Section %d.%d" % (n, m)
                ref = "%d.%d" % (n, m)
            else:
                lab = "%d.%d" % (n, m)
                ref = "%d.%d" % (n, m)
            b["label"] = lab
            b["ref"] = ref
            refs[b["key"]] = "Section " + ref
            prov = "%s %s" % (ref, b["tc"])
            b["prov"] = prov
            li_n = 0
        elif t == "def":
            d += 1
            if style == "roman":
                lab = LETTERS[d - 1] + "."
                ref = "%s.%s" % (ROMAN[n], LETTERS[d - 1])
            else:
                lab = "%d.%d" % (n, d)
                ref = lab
            b["label"] = lab
            b["ref"] = ref
            refs[b["key"]] = "Section " + ref
            b["prov"] = "%s %s" % (ref, b["term"].replace('"', ""))
            li_n = 0
        elif t == "li":
            li_n += 1
            b["label"] = "(%s)" % "abcdefghijklmnopqrstuvwxyz"[li_n - 1]
            b["prov"] = prov
        else:
            li_n = 0
            b["prov"] = prov
    return refs


def subst(text, ctx, refs):
    def rep(m):
        key = m.group(1)
        if key not in refs:
            raise KeyError("cross-reference to missing section %r" % key)
        return refs[key]
    text = re.sub(r"«REF:([a-z0-9_.]+)»", rep, text)
    for k, v in ctx.items():
        text = text.replace("«%s»" % k, v)
    if "«" in text:
        raise ValueError("unfilled placeholder in: " + text[:120])
    return text


# ---------------------------------------------------------------------------
# low-level XML

def set_cell_borders(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = tcPr.find(qn("w:tcBorders"))
    if borders is None:
        borders = parse_xml("<w:tcBorders %s/>" % nsdecls("w"))
        tcPr.append(borders)
    for edge in ("top", "left", "bottom", "right"):
        val = edges.get(edge, "nil")
        el = parse_xml('<w:%s %s w:val="%s" w:sz="4" w:space="0" w:color="000000"/>' % (edge, nsdecls("w"), val))
        borders.append(el)


def table_no_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                  '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w"))
    tblPr.append(b)
    cm = parse_xml('<w:tblCellMar %s><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
                   '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>' % nsdecls("w"))
    tblPr.append(cm)


def page_field_xml(size_half_pts=28):
    return ('<w:fldSimple %s w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" '
            'w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="%d"/></w:rPr><w:t>1</w:t></w:r>'
            '</w:fldSimple>' % (nsdecls("w"), size_half_pts))


WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _anchor(docpr_id, name, x_emu, y_emu, cx, cy, inner, rel_h="page", rel_v="page", behind=0,
            wrap="<wp:wrapNone/>"):
    return (
        '<w:r xmlns:w="%s" xmlns:wp="%s" xmlns:a="%s" xmlns:wps="%s"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="%d" '
        'behindDoc="%d" locked="1" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s'
        '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="%s">%s</a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing></w:r>'
    ) % (W_NS, WP, A, WPS, docpr_id, behind, rel_h, x_emu, rel_v, y_emu, cx, cy, wrap, docpr_id, name,
         WPS, inner)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def textbox_run(docpr_id, name, x_emu, y_emu, cx, cy, paras_xml, rel_h="page", rel_v="page",
                wrap="<wp:wrapNone/>"):
    inner = (
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
    ) % (cx, cy, paras_xml)
    return _anchor(docpr_id, name, x_emu, y_emu, cx, cy, inner, rel_h, rel_v, 0, wrap)


def line_run(docpr_id, name, x_emu):
    inner = (
        '<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="10058400"/>'
        '</a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="9525"><a:solidFill>'
        '<a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>'
    )
    return _anchor(docpr_id, name, x_emu, 0, 0, 10058400, inner, behind=1)


def tb_para(text, size=28, line=480, jc="left", bold=False, font="Times New Roman"):
    b = "<w:b/>" if bold else ""
    return ('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/>'
            '<w:jc w:val="%s"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>%s'
            '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            ) % (line, jc, font, font, font, b, size, size, _esc(text))


# ---------------------------------------------------------------------------
# the renderer

class Renderer:
    def __init__(self, spec, case, judge):
        self.spec = spec
        self.case = case
        self.judge = judge
        self.style = spec["style"]
        self.paper = spec.get("paper", "plain")
        self.pleading = self.paper == "pleading"
        self.smart = spec.get("smart", self.style in ("word-auto", "christensen", "section-underlined"))
        self.doc = docx.Document()
        self.docpr = 200
        self.records = []   # (kind, key, prov, raw_text, final_text)
        self.font, self.size, self.spacing, self.after, self.indent, self.justify = STYLE_FONTS[self.style]
        if self.pleading:
            self.size = 14
        self._setup()

    # ---- setup
    def _setup(self):
        d = self.doc
        cp = d.core_properties
        cp.author = self.spec.get("author", "Drafting Attorney")
        cp.last_modified_by = cp.author
        cp.created = FIXED_DATE.replace(tzinfo=None)
        cp.modified = FIXED_DATE.replace(tzinfo=None)
        cp.revision = 1
        cp.title = self.spec.get("doc_title", "STIPULATED PROTECTIVE ORDER")
        sec = d.sections[0]
        sec.page_width = Twips(12240)
        sec.page_height = Twips(15840)
        if self.pleading:
            sec.top_margin = Inches(1.0)
            sec.bottom_margin = Inches(0.65)
            sec.left_margin = Inches(1.5)
            sec.right_margin = Inches(0.5)
            sec.header_distance = Inches(0.3)
            sec.footer_distance = Inches(0.1)
        else:
            sec.top_margin = Inches(1.0)
            sec.bottom_margin = Inches(1.0)
            sec.left_margin = Inches(1.0)
            sec.right_margin = Inches(1.0)
        st = d.styles["Normal"]
        st.font.name = self.font
        st.font.size = Pt(self.size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), self.font)
        pf = st.paragraph_format
        pf.space_before = Pt(0)
        if self.pleading:
            pf.space_after = Pt(0)
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(24)
            pf.widow_control = False
        else:
            pf.space_after = Pt(self.after)
            pf.line_spacing = self.spacing
            pf.widow_control = True
        for hn in ("Heading 1", "Heading 2", "Header", "Footer"):
            hs = d.styles[hn]
            hs.font.name = self.font
            hs.font.size = Pt(self.size)
            hs.font.color.rgb = docx.shared.RGBColor(0, 0, 0)
            hs.font.italic = False
            hr = hs.element.get_or_add_rPr()
            rf = hr.find(qn("w:rFonts"))
            if rf is None:
                rf = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
                hr.append(rf)
            for a in list(rf.attrib):
                del rf.attrib[a]
            for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rf.set(qn(a), self.font)
            hpf = hs.paragraph_format
            if self.pleading:
                hpf.space_before = Pt(0)
                hpf.space_after = Pt(0)
                hpf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                hpf.line_spacing = Pt(24)
            elif hn.startswith("Heading"):
                hpf.space_before = Pt(12 if hn == "Heading 1" else 6)
                hpf.space_after = Pt(6)
                hpf.line_spacing = 1.0
            else:
                hpf.space_before = Pt(0)
                hpf.space_after = Pt(0)
                hpf.line_spacing = 1.0
        if self.style == "word-auto":
            self._setup_autonumber()
        if self.pleading:
            self._pleading_header_footer()
        else:
            self._plain_footer()

    def _setup_autonumber(self):
        numbering = self.doc.part.numbering_part.element
        absid = 90
        lvl = lambda i, fmt, text, style, ind: (
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:pStyle w:val="%s"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>'
            '<w:rPr><w:b/></w:rPr></w:lvl>' % (i, fmt, style, text, ind, ind))
        absxml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>'
                  % (nsdecls("w"), absid)
                  + lvl(0, "decimal", "%1.", "Heading1", 720)
                  + lvl(1, "decimal", "%1.%2", "Heading2", 720)
                  + "</w:abstractNum>")
        ab = parse_xml(absxml)
        # abstractNum elements must precede num elements
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(ab)
        else:
            numbering.append(ab)
        num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), 90, absid))
        numbering.append(num)
        self.auto_num_id = 90
        for sname, ilvl in (("Heading 1", 0), ("Heading 2", 1)):
            s = self.doc.styles[sname]
            ppr = s.element.get_or_add_pPr()
            old = ppr.find(qn("w:numPr"))
            if old is not None:
                ppr.remove(old)
            numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="90"/></w:numPr>' % (nsdecls("w"), ilvl))
            # numPr goes early in pPr (after keepNext/keepLines/pageBreakBefore/framePr/widowControl)
            ppr.insert(0, numpr)
            # reorder: keepNext, keepLines must come before numPr
            for tag in ("w:keepLines", "w:keepNext"):
                el = ppr.find(qn(tag))
                if el is not None:
                    ppr.remove(el)
                    ppr.insert(0, el)

    def _doc_title_footer(self):
        return self.spec.get("footer_title", self.spec.get("doc_title", "STIPULATED PROTECTIVE ORDER"))

    def _pleading_header_footer(self):
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]
        hp.paragraph_format.space_after = Pt(0)
        nums = "".join(tb_para(str(i), 28, 480, "right") for i in range(1, 29))
        runs = [
            textbox_run(101, "Line numbers", 731520, 914400, 411480, 8534400, nums),
            line_run(102, "Left rule outer", 1270000),
            line_run(103, "Left rule inner", 1301750),
            line_run(104, "Right rule", 7353300),
        ]
        for r in runs:
            hp._p.append(parse_xml(r))
        fp = sec.footer.paragraphs[0]
        fp._p.append(parse_xml(page_field_xml(28)))
        ppr = fp._p.get_or_add_pPr()
        ppr.append(parse_xml('<w:spacing %s w:before="0" w:after="0" w:line="320" w:lineRule="exact"/>' % nsdecls("w")))
        ppr.append(parse_xml('<w:jc %s w:val="center"/>' % nsdecls("w")))
        p2 = sec.footer.add_paragraph()
        ppr2 = p2._p.get_or_add_pPr()
        ppr2.append(parse_xml('<w:pBdr %s><w:top w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>' % nsdecls("w")))
        ppr2.append(parse_xml('<w:spacing %s w:before="0" w:after="0" w:line="280" w:lineRule="exact"/>' % nsdecls("w")))
        ppr2.append(parse_xml('<w:jc %s w:val="center"/>' % nsdecls("w")))
        r = p2.add_run(self._doc_title_footer())
        r.font.size = Pt(12)

    def _plain_footer(self):
        sec = self.doc.sections[0]
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if self.spec.get("footer_title_plain", True):
            r = fp.add_run(self._doc_title_footer() + " - ")
            r.font.size = Pt(9)
        fp._p.append(parse_xml(page_field_xml(18)))

    # ---- paragraph primitives
    def _fmt(self, para, indent=None, first=None, align=None, keep=False, exact=None, after=None,
             before=None, line=None):
        pf = para.paragraph_format
        if self.pleading:
            pf.space_before = Pt(0)
            pf.space_after = Pt(0)
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(exact or 24)
        else:
            if after is not None:
                pf.space_after = Pt(after)
            if before is not None:
                pf.space_before = Pt(before)
            if line is not None:
                pf.line_spacing = line
        if indent is not None:
            pf.left_indent = Inches(indent)
        if first is not None:
            pf.first_line_indent = Inches(first)
        if align is not None:
            pf.alignment = align
        elif self.justify:
            pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if keep:
            pf.keep_with_next = True

    def _t(self, s):
        return smart(s) if self.smart else s

    def _add_text(self, para, raw, bold=False, underline=False, italic=False, size=None, caps=False,
                  key=None):
        """Add text (possibly with tracked-change markup) to para; returns final accepted text."""
        final = []
        for kind, seg in segments(raw):
            seg_t = self._t(seg)
            if kind == "":
                cm = next((c for c in self.spec.get("comments", [])
                           if c["key"] == key and "_run" not in c and self._t(c["anchor"]) in seg_t), None)
                if cm is not None:
                    a = self._t(cm["anchor"])
                    i = seg_t.index(a)
                    for j, piece in enumerate((seg_t[:i], a, seg_t[i + len(a):])):
                        if not piece:
                            continue
                        r = para.add_run(piece)
                        self._runfmt(r, bold, underline, italic, size, caps)
                        if j == 1:
                            cm["_run"] = r
                else:
                    r = para.add_run(seg_t)
                    self._runfmt(r, bold, underline, italic, size, caps)
                final.append(seg_t)
            elif kind == "ins":
                r = para.add_run(seg_t)
                self._runfmt(r, bold, underline, italic, size, caps)
                self._wrap_rev(r, "ins")
                final.append(seg_t)
            else:
                r = para.add_run(seg_t)
                self._runfmt(r, bold, underline, italic, size, caps)
                self._wrap_rev(r, "del")
        return "".join(final)

    def _runfmt(self, r, bold, underline, italic, size, caps):
        if bold:
            r.bold = True
        if underline:
            r.underline = True
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if caps:
            r.font.all_caps = True

    rev_id = 500

    def _wrap_rev(self, run, kind):
        Renderer.rev_id += 1
        author = self.spec.get("rev_author", "Opposing Counsel")
        el = parse_xml('<w:%s %s w:id="%d" w:author="%s" w:date="2025-11-18T16:20:00Z"/>'
                       % (kind, nsdecls("w"), Renderer.rev_id, author))
        r = run._r
        r.addprevious(el)
        el.append(r)
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")

    def para(self, kind, key, prov, text, **fmt):
        p = self.doc.add_paragraph()
        label = fmt.pop("label", None)
        label_bold = fmt.pop("label_bold", False)
        lead = fmt.pop("lead", None)          # (text, bold, underline) run-in heading
        bold = fmt.pop("bold", False)
        underline = fmt.pop("underline", False)
        italic = fmt.pop("italic", False)
        caps = fmt.pop("caps", False)
        size = fmt.pop("size", None)
        style = fmt.pop("style", None)
        numpr = fmt.pop("numpr", None)
        if style:
            p.style = self.doc.styles[style]
        if numpr is not None:
            ppr = p._p.get_or_add_pPr()
            ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0,
                       parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                                 % (nsdecls("w"), numpr, self.auto_num_id)))
        self._fmt(p, **fmt)
        pieces = []
        rawpre = []
        if label:
            r = p.add_run(label + "\t" if fmt.get("first") is not None and fmt["first"] < 0 else label + " ")
            if label_bold or bold:
                r.bold = True
            if underline and kind.startswith("h"):
                r.underline = True
            pieces.append(r.text)
            rawpre.append(r.text)
        if lead:
            lt, lb, lu = lead
            r = p.add_run(self._t(lt) + " ")
            r.bold = lb
            r.underline = lu
            pieces.append(r.text)
            rawpre.append(lt + " ")
        final = self._add_text(p, text, bold=bold, underline=underline, italic=italic, size=size,
                               caps=caps, key=key)
        pieces.append(final)
        full = "".join(pieces)
        self.records.append({"kind": kind, "key": key, "prov": prov, "raw": "".join(rawpre) + accepted(text),
                             "text": full, "para": p, "prefix_len": 0})
        return p

    def empty(self, n=1, exact=None):
        for _ in range(n):
            p = self.doc.add_paragraph()
            self._fmt(p, exact=exact)

    def page_break(self):
        p = self.doc.add_paragraph()
        self._fmt(p)
        p.add_run().add_break(WD_BREAK.PAGE)
        return p

    # ---- document parts
    def counsel_lines(self, c):
        return [("%s (SBN %s)" % (c["name"], c["sbn"])), c["email"], c["firm"], c["addr1"], c["addr2"],
                "Telephone: " + c["phone"], "", c["for_line"]]

    def first_page(self, ctx):
        sp = self.spec
        counsel = sp["_counsel"]
        if sp.get("counsel_block", True):
            if self.pleading:
                self._pleading_counsel(counsel)
            else:
                for c in counsel:
                    for ln in self.counsel_lines(c):
                        p = self.doc.add_paragraph()
                        self._fmt(p, after=0, line=1.0)
                        p.paragraph_format.right_indent = Inches(3.4)
                        r = p.add_run(ln)
                        self.records.append({"kind": "counsel", "key": "counsel", "prov": "Caption",
                                             "raw": ln, "text": ln, "para": p})
                    self.empty(1)
        # court title
        for i, ln in enumerate(sp.get("court_lines", ["UNITED STATES DISTRICT COURT",
                                                      "CENTRAL DISTRICT OF CALIFORNIA"])):
            p = self.doc.add_paragraph()
            self._fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
            r = p.add_run(ln)
            r.bold = True
            self.records.append({"kind": "court", "key": "court", "prov": "Caption", "raw": ln,
                                 "text": ln, "para": p})
        if not self.pleading:
            self.empty(1)
        left, right = self.caption_columns(ctx)
        mode = sp.get("caption", "table")
        if mode == "table":
            self.caption_table(left, right)
        elif mode == "paragraphs":
            self.caption_sequential(left, right)
        elif mode == "tabbed":
            self.caption_paragraphs(left, right)
        elif mode == "textbox":
            self.caption_textbox(left, right)
        else:
            raise ValueError(mode)
        for note in sp.get("after_caption", []):
            self.para("note", "note", "Caption", note, italic=True)
        if not self.pleading:
            self.empty(1)

    def caption_columns(self, ctx):
        sp = self.spec
        c = self.case
        left = []
        left.append(c["p_full"] + ",")
        left.append("")
        left.append("%s," % c["p_role"])
        left.append("")
        left.append("v.")
        left.append("")
        left.append(c["d_full"] + ",")
        left.append("")
        left.append("%s." % c["d_role"])
        right = []
        right.append("Case No. " + sp["case_no"])
        jl = sp.get("judge_line")
        if jl:
            right.append("")
            right.extend(jl if isinstance(jl, list) else [jl])
        notation = sp.get("notation")
        pos = sp.get("notation_pos", "after_caseno")
        if notation and pos == "after_caseno":
            right.append("")
            right.append(notation)
        right.append("")
        for t in sp.get("title_lines", ["STIPULATED PROTECTIVE ORDER"]):
            right.append(t)
        if notation and pos == "after_title":
            right.append("")
            right.append(notation)
        for extra in sp.get("caption_extra", []):
            right.append("")
            right.append(extra)
        return left, right

    def _record_caption(self, lines, p=None):
        for ln in lines:
            if ln:
                self.records.append({"kind": "caption", "key": "caption", "prov": "Caption", "raw": ln,
                                     "text": self._t(ln), "para": p})

    def caption_table(self, left, right):
        tbl = self.doc.add_table(rows=1, cols=2)
        table_no_borders(tbl)
        tbl.autofit = False
        widths = (Inches(3.25), Inches(3.25)) if self.pleading else (Inches(3.25), Inches(3.25))
        row = tbl.rows[0]
        if self.pleading:
            est = max(self._est_lines(left, 30), self._est_lines(right, 30)) + 1
            if est % 2:
                est += 1
            row.height = Pt(12 * est)
            row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
        for i, (cell, lines) in enumerate(zip(row.cells, (left, right))):
            cell.width = widths[i]
            cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
            for ln in lines:
                p = cell.add_paragraph()
                pf = p.paragraph_format
                pf.space_before = Pt(0)
                pf.space_after = Pt(0)
                if self.pleading:
                    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                    pf.line_spacing = Pt(12)
                else:
                    pf.line_spacing = 1.0
                if i == 1:
                    pf.left_indent = Inches(0.15)
                r = p.add_run(self._t(ln))
                if self.pleading:
                    r.font.size = Pt(12)
                if i == 1 and ln and not ln.startswith("Case No") and ln.isupper():
                    r.bold = True
            self._record_caption(lines)
        set_cell_borders(row.cells[0], right="single", bottom="single")
        set_cell_borders(row.cells[1])

    def _est_lines(self, lines, width_chars):
        n = 0
        for ln in lines:
            n += max(1, -(-len(ln) // width_chars))
        return n

    def caption_sequential(self, left, right):
        """Caption as plain paragraphs: party block, then case number/title block (indented)."""
        lines = [(ln, 0.0) for ln in left] + [("", 0.0)] + [(ln, 3.25) for ln in right]
        count = 0
        for ln, ind in lines:
            p = self.doc.add_paragraph()
            pf = p.paragraph_format
            pf.space_before = Pt(0)
            pf.space_after = Pt(0)
            if self.pleading:
                pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                pf.line_spacing = Pt(12)
            else:
                pf.line_spacing = 1.0
            if ind:
                pf.left_indent = Inches(ind)
            else:
                pf.right_indent = Inches(3.25)
            r = p.add_run(self._t(ln))
            if self.pleading:
                r.font.size = Pt(12)
            if ind and ln.isupper() and not ln.startswith("Case"):
                r.bold = True
            count += max(1, -(-len(ln) // 30)) if ind else max(1, -(-len(ln) // 34))
        self._record_caption(left)
        self._record_caption(right)
        if self.pleading and count % 2:
            self.empty(1, exact=12)

    def caption_paragraphs(self, left, right):
        # wrap left column to ~34 characters
        def wrap(s, w):
            if not s:
                return [""]
            out, cur = [], ""
            for word in s.split():
                if len(cur) + len(word) + 1 > w and cur:
                    out.append(cur)
                    cur = word
                else:
                    cur = (cur + " " + word).strip()
            out.append(cur)
            return out
        L = [x for s in left for x in wrap(s, 34)]
        R = [x for s in right for x in wrap(s, 34)]
        n = max(len(L), len(R))
        L += [""] * (n - len(L))
        R += [""] * (n - len(R))
        for a, b in zip(L, R):
            p = self.doc.add_paragraph()
            pf = p.paragraph_format
            pf.space_before = Pt(0)
            pf.space_after = Pt(0)
            if self.pleading:
                pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                pf.line_spacing = Pt(24 if n <= 8 else 12)
            else:
                pf.line_spacing = 1.0
            pf.tab_stops.add_tab_stop(Inches(3.2))
            pf.tab_stops.add_tab_stop(Inches(3.5))
            r = p.add_run(self._t(a) + "\t)\t" + self._t(b))
            if self.pleading:
                r.font.size = Pt(12)
        self._record_caption(left)
        self._record_caption(right)
        if self.pleading and n > 8 and n % 2:
            self.empty(1, exact=12)

    def caption_textbox(self, left, right):
        assert not self.pleading
        p = self.doc.add_paragraph()
        nl = max(len(left), len(right)) + 1
        h = int(Pt(14 * nl))
        lx = "".join(tb_para(ln, int(self.size * 2), int(self.size * 20 * 1.15), "left", False, self.font) for ln in left)
        rx = "".join(tb_para(ln, int(self.size * 2), int(self.size * 20 * 1.15), "left",
                             bool(ln and ln.isupper() and not ln.startswith("Case")), self.font) for ln in right)
        wrap = '<wp:wrapTopAndBottom/>'
        r1 = textbox_run(self.docpr + 1, "Caption parties", 0, 0, int(Inches(3.1)), h, lx, "column", "paragraph", wrap)
        r2 = textbox_run(self.docpr + 2, "Caption case number", int(Inches(3.4)), 0, int(Inches(3.1)), h, rx, "column",
                         "paragraph", wrap)
        self.docpr += 3
        p._p.append(parse_xml(r1))
        p._p.append(parse_xml(r2))
        self._record_caption(left)
        self._record_caption(right)

    def _pleading_counsel(self, counsel):
        tbl = self.doc.add_table(rows=1, cols=2)
        table_no_borders(tbl)
        row = tbl.rows[0]
        lines = []
        for c in counsel:
            lines.extend(self.counsel_lines(c))
            lines.append("")
        est = self._est_lines(lines, 40)
        if est % 2:
            est += 1
        row.height = Pt(12 * est)
        row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
        cell = row.cells[0]
        cell.width = Inches(3.6)
        row.cells[1].width = Inches(2.9)
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
        for ln in lines:
            p = cell.add_paragraph()
            pf = p.paragraph_format
            pf.space_before = Pt(0)
            pf.space_after = Pt(0)
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(12)
            r = p.add_run(ln)
            r.font.size = Pt(12)
            if ln:
                self.records.append({"kind": "counsel", "key": "counsel", "prov": "Caption", "raw": ln,
                                     "text": ln, "para": p})

    # ---- body
    def body(self, blocks):
        st = self.style
        pad = self.spec.get("_pad", {})
        first_para_of_h2 = None
        pending_lead = None
        for b in blocks:
            t = b["t"]
            k = b.get("key")
            if k in pad:
                self.empty(pad[k])
            if t == "h1":
                self._h1(b)
            elif t == "h2":
                if st == "run-in":
                    pending_lead = (b["label"] + " " + b["title"] + ".", True, False)
                    continue
                if self.pleading:
                    # on pleading paper every house style runs its subsection headings in
                    if st == "section-underlined":
                        pending_lead = (b["label"] + " " + b["tc"] + ".", False, True)
                    elif st in ("christensen", "roman"):
                        pending_lead = (b["label"] + " " + b["tc"] + ".", True, False)
                    else:
                        pending_lead = (b["label"] + " " + b["title"] + ".", True, False)
                    continue
                self._h2(b)
            elif t == "def":
                self._def(b)
            elif t == "li":
                if self.pleading:
                    self.para("li", k, b["prov"], b["text"], label=b["label"], indent=0.0, first=0.5)
                else:
                    self.para("li", k, b["prov"], b["text"], label=b["label"], indent=1.0, first=-0.5)
            elif t == "p":
                lead = None
                if pending_lead:
                    lead = pending_lead
                    pending_lead = None
                self.para("p", k, b["prov"], b["text"], first=self.indent if not self.pleading else 0.5,
                          lead=lead, indent=b.get("indent"))
            elif t == "center":
                self.para("center", k, b.get("prov", "Signature page"), b["text"], align=WD_ALIGN_PARAGRAPH.CENTER,
                          bold=b.get("bold", False), keep=True)
            elif t == "line":
                self.para("line", k, b.get("prov", "Signature page"), b["text"], indent=b.get("indent", 0),
                          align=WD_ALIGN_PARAGRAPH.LEFT, after=0, line=1.0 if not self.pleading else None)
            elif t == "pb":
                self.page_break()
            elif t == "blank":
                self.empty(b.get("n", 1))
            elif t == "heading_plain":
                self.para("h", k, b.get("prov", ""), b["text"], bold=True, keep=True,
                          align=WD_ALIGN_PARAGRAPH.CENTER if b.get("center") else WD_ALIGN_PARAGRAPH.LEFT,
                          underline=b.get("underline", False))
            else:
                raise ValueError(t)

    def _h1(self, b):
        st = self.style
        title = b["title"]
        if st == "word-auto":
            self.para("h1", b["key"], b["prov"], title, style="Heading 1", keep=True)
        elif st == "roman":
            self.para("h1", b["key"], b["prov"], title, label=b["label"], bold=True, keep=True,
                      align=WD_ALIGN_PARAGRAPH.LEFT)
        elif st == "section-underlined":
            self.para("h1", b["key"], b["prov"], title, label=b["label"], bold=True, underline=True, keep=True,
                      align=WD_ALIGN_PARAGRAPH.LEFT)
        else:
            self.para("h1", b["key"], b["prov"], title, label=b["label"], bold=True, keep=True,
                      align=WD_ALIGN_PARAGRAPH.LEFT)

    def _h2(self, b):
        st = self.style
        if st == "word-auto":
            self.para("h2", b["key"], b["prov"], b["tc"], style="Heading 2", keep=True)
        elif st == "christensen":
            self.para("h2", b["key"], b["prov"], b["tc"], label=b["label"], bold=True, keep=True, indent=0.5,
                      align=WD_ALIGN_PARAGRAPH.LEFT)
        elif st == "section-underlined":
            self.para("h2", b["key"], b["prov"], b["tc"] + ".", label=b["label"], underline=True, keep=True,
                      align=WD_ALIGN_PARAGRAPH.LEFT)
        elif st == "roman":
            self.para("h2", b["key"], b["prov"], b["tc"], label=b["label"], bold=True, keep=True, indent=0.5,
                      align=WD_ALIGN_PARAGRAPH.LEFT)
        else:  # bold-typed, pd-form
            self.para("h2", b["key"], b["prov"], b["title"], label=b["label"], bold=True, keep=True, indent=0.5,
                      align=WD_ALIGN_PARAGRAPH.LEFT)

    def _def(self, b):
        st = self.style
        term = b["term"]
        text = b["text"]
        if st == "word-auto":
            p = self.doc.add_paragraph()
            ppr = p._p.get_or_add_pPr()
            ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="1"/><w:numId w:val="%d"/></w:numPr>'
                                    % (nsdecls("w"), self.auto_num_id)))
            self._fmt(p, indent=0.5, first=-0.5)
            r = p.add_run(self._t(term) + ":")
            r.bold = True
            final = self._add_text(p, " " + text, key=b["key"])
            self.records.append({"kind": "def", "key": b["key"], "prov": b["prov"], "raw": term + ": " + text,
                                 "text": self._t(term) + ":" + final, "para": p})
            return
        p = self.doc.add_paragraph()
        self._fmt(p, first=0.5)
        r = p.add_run(b["label"] + " ")
        lab = r.text
        r2 = p.add_run(self._t(term))
        if st in ("christensen", "section-underlined", "roman"):
            r2.bold = True
        else:
            r2.underline = True
        r3 = p.add_run(": ")
        final = self._add_text(p, text, key=b["key"])
        self.records.append({"kind": "def", "key": b["key"], "prov": b["prov"],
                             "raw": lab + term + ": " + accepted(text),
                             "text": lab + self._t(term) + ": " + final, "para": p})

    # ---- comments
    def attach_comments(self):
        for c in self.spec.get("comments", []):
            run = c.get("_run")
            if run is None:
                raise KeyError("comment anchor not rendered: %s / %s" % (c["key"], c["anchor"]))
            cm = self.doc.add_comment(run, text=c["text"], author=c.get("author", "Reviewer"),
                                      initials=c.get("initials", "RV"))
            cm._comment_elm.date = FIXED_DATE

    # ---- save
    def save(self, path):
        bio = io.BytesIO()
        self.doc.save(bio)
        data = bio.getvalue()
        zin = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                blob = zin.read(info.filename)
                zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 20, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zout.writestr(zi, blob)
        with open(path, "wb") as f:
            f.write(out.getvalue())

"""Templates that keep every placeholder but hide what pogen's parts say (issue 15, item 2).

Each is the shipped template with a few XML edits, the kind of change a firm's Word file
or a hostile one could carry: styles redefined, colours against the page, spacing,
indents, frames, numbering, effects, shapes over the text, fields around a part, page
geometry, print settings.  ``HIDDEN`` maps a name to its edits and the fragment of the
refusal that must name what hides the text.  Before issue 15 every one of them rendered
with exit 0 (the run-property checks saw only vanish, white, tiny and camouflaged text).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from tests.conftest import ROOT

SHIPPED = ROOT / "templates" / "stipulated_protective_order.docx"
STYLES = "word/styles.xml"
DOCUMENT = "word/document.xml"
HEADER = "word/header1.xml"
SETTINGS = "word/settings.xml"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

Edit = tuple[str, str, str]  # (part, regex, replacement), applied once


@dataclass(frozen=True)
class Attack:
    edits: list[Edit]
    expected: str
    add: dict[str, str] = field(default_factory=dict)


def build(attack: Attack) -> bytes:
    """The shipped template with the attack's edits; every edit must apply."""
    source = zipfile.ZipFile(io.BytesIO(SHIPPED.read_bytes()))
    parts = {name: source.read(name).decode("utf-8") for name in source.namelist()}
    parts.update(attack.add)
    for part, pattern, replacement in attack.edits:
        new, count = re.subn(pattern, replacement, parts[part], count=1, flags=re.DOTALL)
        assert count == 1, f"edit did not apply to {part}: {pattern!r}"
        parts[part] = new
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, text in parts.items():
            target.writestr(name, text.encode("utf-8"))
    return out.getvalue()


def _lit(part: str, old: str, new: str) -> Edit:
    return (part, re.escape(old), new.replace("\\", "\\\\"))


def rpr(style_id: str, props: str) -> Edit:
    """Run properties added to a style (its rPr comes after its pPr)."""
    return (STYLES, rf'(w:styleId="{style_id}">(?:(?!</w:style>).)*?<w:rPr>)', r"\g<1>" + props)


def ppr(style_id: str, props: str) -> Edit:
    """Paragraph properties added to the end of a style's pPr."""
    return (
        STYLES,
        rf'(w:styleId="{style_id}">(?:(?!</w:style>).)*?)</w:pPr>',
        r"\g<1>" + props + "</w:pPr>",
    )


def spacing(style_id: str, attributes: str) -> Edit:
    """A style's w:spacing replaced."""
    return (
        STYLES,
        rf'(w:styleId="{style_id}">(?:(?!</w:style>).)*?)<w:spacing [^>]*/>',
        r"\g<1><w:spacing " + attributes + "/>",
    )


def ind(style_id: str, attributes: str) -> Edit:
    """A style's w:ind replaced."""
    return (
        STYLES,
        rf'(w:styleId="{style_id}">(?:(?!</w:style>).)*?)<w:ind [^>]*/>',
        r"\g<1><w:ind " + attributes + "/>",
    )


def table_normal(xml: str) -> Edit:
    """Properties added to the default table style (the caption's), after its tblPr."""
    return _lit(
        STYLES,
        "</w:tblCellMar></w:tblPr></w:style>",
        "</w:tblCellMar></w:tblPr>" + xml + "</w:style>",
    )


def table_pr(xml: str) -> Edit:
    return _lit(STYLES, "</w:tblCellMar></w:tblPr>", "</w:tblCellMar>" + xml + "</w:tblPr>")


def sect(xml: str) -> Edit:
    return (DOCUMENT, r"<w:cols [^>]*/>", xml)


def before(block: str, xml: str) -> Edit:
    tag = f'<w:p><w:r><w:t xml:space="preserve">{{{{p blocks.{block} }}}}</w:t></w:r></w:p>'
    return _lit(DOCUMENT, tag, xml + tag)


def after(block: str, xml: str) -> Edit:
    tag = f'<w:p><w:r><w:t xml:space="preserve">{{{{p blocks.{block} }}}}</w:t></w:r></w:p>'
    return _lit(DOCUMENT, tag, tag + xml)


def theme(dark1: str = "000000", minor_font: str = "Times New Roman") -> dict[str, str]:
    slots = "".join(
        f'<a:{name}><a:srgbClr val="{value}"/></a:{name}>'
        for name, value in [("dk1", dark1), ("lt1", "FFFFFF"), ("dk2", "1F497D"), ("lt2", "EEECE1")]
        + [(f"accent{i}", "4F81BD") for i in range(1, 7)]
        + [("hlink", "0000FF"), ("folHlink", "800080")]
    )
    fonts = (
        '<a:majorFont><a:latin typeface="Times New Roman"/><a:ea typeface=""/><a:cs typeface=""/>'
        f'</a:majorFont><a:minorFont><a:latin typeface="{minor_font}"/><a:ea typeface=""/>'
        '<a:cs typeface=""/></a:minorFont>'
    )
    return {
        "word/theme/theme1.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="{A}" '
            f'name="Firm"><a:themeElements><a:clrScheme name="Firm">{slots}</a:clrScheme>'
            f'<a:fontScheme name="Firm">{fonts}</a:fontScheme><a:fmtScheme name="Firm">'
            "<a:fillStyleLst/><a:lnStyleLst/><a:effectStyleLst/><a:bgFillStyleLst/>"
            "</a:fmtScheme></a:themeElements></a:theme>"
        )
    }


THEME_RELATED = [
    _lit(
        "word/_rels/document.xml.rels",
        "</Relationships>",
        f'<Relationship Id="rIdTheme" Type="{REL}/theme" Target="theme/theme1.xml"/></Relationships>',
    ),
    _lit(
        "[Content_Types].xml",
        "</Types>",
        '<Override PartName="/word/theme/theme1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>',
    ),
]


def anchor(
    x: int,
    y: int,
    cx: int,
    cy: int,
    *,
    relative: str = "page",
    behind: int = 0,
    fill: str = "FFFFFF",
    name: str = "Cover",
) -> str:
    """A filled DrawingML rectangle, anchored in its paragraph, EMU position and size."""
    return (
        '<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="200" behindDoc="{behind}" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="{relative}">'
        f"<wp:posOffset>{x}</wp:posOffset></wp:positionH>"
        f'<wp:positionV relativeFrom="{relative if relative != "column" else "paragraph"}">'
        f"<wp:posOffset>{y}</wp:posOffset></wp:positionV>"
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="300" name="{name}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic xmlns:a="{A}"><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></wps:spPr><wps:bodyPr/></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def in_header(xml: str) -> Edit:
    return _lit(HEADER, "</w:p></w:hdr>", xml + "</w:p></w:hdr>")


def field_around(block: str, code: str) -> list[Edit]:
    begin = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
        f'xml:space="preserve">{code}</w:instrText></w:r></w:p>'
    )
    end = (
        '<w:p><w:r><w:instrText xml:space="preserve">"</w:instrText></w:r><w:r>'
        '<w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>.</w:t></w:r><w:r>'
        '<w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    return [before(block, begin), after(block, end)]


NOT_READABLE = "is not readable: "
HIDDEN: dict[str, Attack] = {
    # Colour against what lies behind it.
    "ivory-theme-dark1": Attack(
        [rpr("PogenBody", '<w:color w:val="000000" w:themeColor="text1"/>'), *THEME_RELATED],
        "coloured #FFFFF0 on #FFFFFF",
        theme(dark1="FFFFF0"),
    ),
    "ivory-theme-tint": Attack(
        [rpr("PogenItem", '<w:color w:val="000000" w:themeColor="text1" w:themeTint="0D"/>')],
        "coloured #F2F2F2 on #FFFFFF",
    ),
    "yellow-text": Attack([rpr("PogenBody", '<w:color w:val="FFFF00"/>')], "coloured #FFFF00 on"),
    "light-grey-text": Attack(
        [rpr("PogenHeading2", '<w:color w:val="C8C8C8"/>')], "#C8C8C8 on #FFFFFF"
    ),
    "black-page": Attack(
        [
            rpr("PogenBody", '<w:color w:val="000000"/>'),
            _lit(DOCUMENT, "<w:body>", '<w:background w:color="111111"/><w:body>'),
        ],
        "coloured #000000 on #111111",
    ),
    "solid-shading-pattern": Attack(
        [
            ppr("PogenItem", '<w:shd w:val="solid" w:color="000000" w:fill="FFFFFF"/>'),
            rpr("PogenItem", '<w:color w:val="000000"/>'),
        ],
        "coloured #000000 on #000000",
    ),
    "pct90-shading-pattern": Attack(
        [
            ppr("PogenBody", '<w:shd w:val="pct90" w:color="000000" w:fill="FFFFFF"/>'),
            rpr("PogenBody", '<w:color w:val="1A1A1A"/>'),
        ],
        "coloured #1A1A1A on",
    ),
    "theme-fill-shading": Attack(
        [
            ppr(
                "PogenBody",
                '<w:shd w:val="clear" w:color="auto" w:fill="FFFFFF" w:themeFill="text1"/>',
            ),
            rpr("PogenBody", '<w:color w:val="000000"/>'),
        ],
        "coloured #000000 on #000000",
    ),
    "black-caption-cells": Attack(
        [
            table_pr('<w:shd w:val="clear" w:color="auto" w:fill="000000"/>'),
            rpr("Normal", '<w:color w:val="000000"/>'),
        ],
        "coloured #000000 on #000000",
    ),
    "conditional-table-style-vanish": Attack(
        [
            table_normal(
                '<w:tblStylePr w:type="band1Vert"><w:rPr><w:vanish/></w:rPr></w:tblStylePr>'
            )
        ],
        "hidden text (w:vanish, set by table style 'TableNormal' (band1Vert))",
    ),
    # Line spacing, paragraph spacing, indents, tabs.
    "one-twip-lines-own-style": Attack(
        [spacing("PogenSubItem", 'w:before="0" w:after="0" w:line="1" w:lineRule="exact"')],
        "redefines pogen's style 'PogenSubItem'",
    ),
    "one-twip-lines": Attack(
        [spacing("PogenBody", 'w:before="0" w:after="0" w:line="1" w:lineRule="exact"')],
        "in lines 0.05 pt high for 14-pt text",
    ),
    "tiny-multiple-lines": Attack(
        [spacing("PogenItem", 'w:before="0" w:after="0" w:line="12" w:lineRule="auto"')],
        "0.05 times single spacing",
    ),
    "huge-exact-lines": Attack(
        [spacing("PogenHeading1", 'w:before="0" w:after="0" w:line="20000" w:lineRule="exact"')],
        "in lines 1000 pt high",
    ),
    "huge-space-before": Attack(
        [spacing("PogenBody", 'w:before="31680" w:after="0" w:line="480" w:lineRule="exact"')],
        "1584 pt away from its neighbours (w:spacing before",
    ),
    "off-page-indent": Attack([ind("PogenBody", 'w:left="20000"')], "of line width by its indents"),
    "negative-indent": Attack(
        [ind("PogenItem", 'w:left="-5000" w:hanging="0"')], "into the margin"
    ),
    "right-indent-squeeze": Attack(
        [ind("PogenHeading2", 'w:right="9000"')], "of line width by its indents"
    ),
    "character-indent": Attack([ind("PogenBody", 'w:leftChars="5000"')], "indented in characters"),
    "indent-given-twice": Attack(
        [ppr("PogenBody", '<w:ind w:left="20000"/>')], "given w:ind twice"
    ),
    "far-tab-stop": Attack(
        [ppr("PogenItem", '<w:tabs><w:tab w:val="left" w:pos="30000"/></w:tabs>')], "tab stop"
    ),
    # Paragraph placement and numbering.
    "positioned-frame": Attack(
        [
            ppr(
                "PogenBody",
                '<w:framePr w:w="100" w:h="100" w:hRule="exact" w:x="20000" w:y="20000" w:hAnchor="page" w:vAnchor="page"/>',
            )
        ],
        "a positioned frame (w:framePr)",
    ),
    "numbered-body": Attack(
        [ppr("PogenBody", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>')],
        "numbered (w:numPr",
    ),
    "right-to-left": Attack([ppr("PogenHeading1", "<w:bidi/>")], "set right to left (w:bidi)"),
    "vertical-paragraph": Attack(
        [ppr("PogenBody", '<w:textDirection w:val="tbRl"/>')], "set vertically (w:textDirection"
    ),
    # Run effects.
    "strike-through": Attack([rpr("PogenBody", "<w:strike/>")], "drawn with w:strike"),
    "double-strike-defaults": Attack(
        [_lit(STYLES, "<w:rPrDefault><w:rPr>", "<w:rPrDefault><w:rPr><w:dstrike/>")],
        "drawn with w:dstrike (set by document defaults)",
    ),
    "emboss": Attack([rpr("PogenHeading2", "<w:emboss/>")], "drawn with w:emboss"),
    "hollow-outline": Attack([rpr("PogenBody", "<w:outline/>")], "drawn with w:outline"),
    "superscript": Attack(
        [rpr("PogenItem", '<w:vertAlign w:val="superscript"/>')], "set superscript"
    ),
    "fitted-text": Attack(
        [rpr("PogenBody", '<w:fitText w:val="100" w:id="1"/>')], "squeezed or combined (w:fitText)"
    ),
    "combined-characters": Attack(
        [rpr("PogenBody", '<w:eastAsianLayout w:id="2" w:combine="1"/>')], "(w:eastAsianLayout)"
    ),
    "condensed-letters": Attack(
        [rpr("PogenBody", '<w:spacing w:val="-200"/>')], "-200 twentieths of a point"
    ),
    "raised-text": Attack(
        [rpr("PogenItem", '<w:position w:val="200"/>')], "200 half-points raised"
    ),
    "giant-text": Attack([rpr("PogenHeading1", '<w:sz w:val="2000"/>')], "for 1000-pt text"),
    "giant-text-in-loose-lines": Attack(
        [
            rpr("PogenCourt", '<w:sz w:val="2000"/>'),
            spacing("PogenCourt", 'w:line="480" w:lineRule="atLeast"'),
        ],
        "2000 half-points (w:sz)",
    ),
    "stretched-text": Attack([rpr("PogenBody", '<w:w w:val="600"/>')], "600 % width (w:w)"),
    "word2010-no-fill": Attack(
        [rpr("PogenBody", "<w14:textFill><w14:noFill/></w14:textFill>")],
        "formatted with w14:textFill",
    ),
    "redaction-font": Attack(
        [rpr("PogenBody", '<w:rFonts w:ascii="Redacted Script" w:hAnsi="Redacted Script"/>')],
        "set in Redacted Script",
    ),
    "symbol-theme-font": Attack(
        [
            rpr("PogenHeading2", '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>'),
            *THEME_RELATED,
        ],
        "set in Wingdings",
        theme(minor_font="Wingdings"),
    ),
    # Styles that are pogen's own, and style tricks.
    "own-style-redefined": Attack(
        [ppr("PogenCaption", "<w:keepNext/>")], "redefines pogen's style 'PogenCaption'"
    ),
    "duplicate-style": Attack(
        [
            _lit(
                STYLES,
                '<w:style w:type="paragraph" w:customStyle="1" w:styleId="PogenBody">',
                '<w:style w:type="paragraph" w:customStyle="1" w:styleId="PogenBody"><w:name '
                'w:val="Pogen Body"/><w:rPr><w:vanish/></w:rPr></w:style><w:style '
                'w:type="paragraph" w:customStyle="1" w:styleId="PogenBody">',
            )
        ],
        "define the paragraph style 'PogenBody' twice",
    ),
    "missing-style-falls-back": Attack(
        [
            (
                STYLES,
                r'<w:style w:type="paragraph" w:customStyle="1" w:styleId="PogenSubItem">.*?</w:style>',
                "",
            ),
            _lit(
                STYLES,
                '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">',
                '<w:style w:type="paragraph" w:styleId="Normal">',
            ),
            _lit(
                STYLES,
                "</w:styles>",
                '<w:style w:type="paragraph" w:default="1" w:styleId="Quiet">'
                '<w:name w:val="Quiet"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>',
            ),
        ],
        "hidden text (w:vanish, set by paragraph style 'Quiet')",
    ),
    # The caption's table.
    "caption-table-off-page": Attack(
        [_lit(STYLES, '<w:tblInd w:w="0" w:type="dxa"/>', '<w:tblInd w:w="20000" w:type="dxa"/>')],
        "a table that reaches off the page",
    ),
    "caption-cell-margins": Attack(
        [_lit(STYLES, '<w:left w:w="108" w:type="dxa"/>', '<w:left w:w="4000" w:type="dxa"/>')],
        "of line width by its indents",
    ),
    "caption-row-hidden": Attack(
        [table_normal("<w:trPr><w:hidden/></w:trPr>")], "formatted with w:hidden"
    ),
    "caption-vertical-cells": Attack(
        [table_normal('<w:tcPr><w:textDirection w:val="btLr"/></w:tcPr>')], "vertical text"
    ),
    "caption-fitted-cells": Attack(
        [table_normal("<w:tcPr><w:tcFitText/></w:tcPr>")], "w:tcFitText"
    ),
    "caption-right-to-left": Attack([table_pr("<w:bidiVisual/>")], "(w:bidiVisual"),
    "caption-floating": Attack(
        [
            table_pr(
                '<w:tblpPr w:tblpX="20000" w:tblpY="20000" w:horzAnchor="page" w:vertAnchor="page"/>'
            )
        ],
        "a floating table (w:tblpPr",
    ),
    # Shapes over the text.
    "white-rectangle-in-header": Attack(
        [in_header(anchor(1371600, 914400, 5943600, 8229600))],
        "the drawing 'Cover' in word/header1.xml",
    ),
    "black-rectangle-behind": Attack(
        [in_header(anchor(1371600, 914400, 5943600, 8229600, behind=1, fill="000000"))],
        "lies over the text area",
    ),
    "rectangle-in-the-body": Attack(
        [before("good_cause", f"<w:p>{anchor(0, 0, 5943600, 2000000, relative='column')}</w:p>")],
        "the drawing 'Cover' in word/document.xml",
    ),
    "vml-rectangle": Attack(
        [
            in_header(
                '<w:r><w:pict><v:rect id="veil" style="position:absolute;margin-left:110pt;'
                "margin-top:80pt;width:460pt;height:640pt;mso-position-horizontal-relative:page;"
                'mso-position-vertical-relative:page" fillcolor="white" stroked="f"/></w:pict></w:r>'
            )
        ],
        "the VML shape 'veil'",
    ),
    "header-frame-over-text": Attack(
        [
            _lit(
                HEADER,
                '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>',
                '<w:p><w:pPr><w:framePr w:w="9000" w:h="9000" w:hRule="exact" w:x="2500" w:y="3000" '
                'w:hAnchor="page" w:vAnchor="page"/><w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/>'
                '</w:pPr><w:r><w:t>.</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>',
            )
        ],
        "a positioned paragraph (w:framePr) in word/header1.xml",
    ),
    "floating-table-in-body": Attack(
        [
            before(
                "challenges",
                '<w:tbl><w:tblPr><w:tblpPr w:tblpX="2200" w:tblpY="2000" '
                'w:horzAnchor="page" w:vertAnchor="page"/><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>'
                '<w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:shd w:val="clear" '
                'w:color="auto" w:fill="FFFFFF"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>',
            )
        ],
        "a floating table (w:tblpPr) in word/document.xml",
    ),
    # Fields around a part.
    "if-field-around-good-cause": Attack(
        field_around("good_cause", 'IF 1 = 2 "'), "lies inside a field (IF 1 = 2"
    ),
    "quote-field-around-notation": Attack(
        field_around("caption", 'QUOTE "'), "lies inside a field (QUOTE"
    ),
    # The page.
    "forty-five-columns": Attack([sect('<w:cols w:num="45" w:space="0"/>')], "set in 45 columns"),
    "two-columns": Attack([sect('<w:cols w:num="2" w:space="720"/>')], "set in 2 columns"),
    "listed-columns": Attack(
        [
            sect(
                '<w:cols w:equalWidth="0"><w:col w:w="4000" w:space="100"/><w:col w:w="4000"/></w:cols>'
            )
        ],
        "set in 2 columns",
    ),
    "postage-stamp-page": Attack(
        [_lit(DOCUMENT, '<w:pgSz w:w="12240" w:h="15840"/>', '<w:pgSz w:w="1440" w:h="1440"/>')],
        "on a page 1 by 1 in",
    ),
    "margins-eat-the-page": Attack(
        [
            (
                DOCUMENT,
                r'w:right="720" w:bottom="936" w:left="2160"',
                'w:right="5000" w:bottom="936" w:left="6000"',
            )
        ],
        "whose margins leave",
    ),
    "vertical-page": Attack(
        [sect('<w:cols w:space="720"/><w:textDirection w:val="tbRl"/>')], "vertical text"
    ),
    "character-grid": Attack(
        [
            (
                DOCUMENT,
                r'<w:docGrid w:linePitch="360"/>',
                '<w:docGrid w:type="snapToChars" w:linePitch="360" w:charSpace="-4000"/>',
            )
        ],
        "a character grid (w:docGrid snapToChars)",
    ),
    "section-break-into-columns": Attack(
        [
            after(
                "good_cause",
                '<w:p><w:pPr><w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar '
                'w:top="1440" w:right="720" w:bottom="936" w:left="2160" w:header="432" w:footer="144" '
                'w:gutter="0"/><w:cols w:num="3" w:space="100"/></w:sectPr></w:pPr></w:p>',
            )
        ],
        "GOOD CAUSE STATEMENT (placeholder {{p blocks.good_cause }}) is not readable: it is set in 3",
    ),
    # Printing.
    "print-forms-data-only": Attack(
        [_lit(SETTINGS, "<w:defaultTabStop", "<w:printFormsData/><w:defaultTabStop")],
        "w:printFormsData",
    ),
    "print-two-on-one": Attack(
        [_lit(SETTINGS, "<w:defaultTabStop", "<w:printTwoOnOne/><w:defaultTabStop")],
        "two pages on each sheet",
    ),
}

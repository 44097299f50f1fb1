"""Build the shipped .docx templates from their readable sources (a developer tool).

``python -m tools.buildtemplate`` rewrites ``templates/*.docx`` from
``templates/source/*.txt``.  The .docx is a build product that is committed so the
wheel can ship it; a test rebuilds it and insists on identical bytes, so the prose a
lawyer reviews in ``templates/source`` is the prose pogen renders.

The package carries C.D. Cal. pleading paper (L.R. 11-3): US Letter; 28 numbers in a
page-anchored text box in the header, 24 pt apart; body in exact 24-pt lines so 14-pt
double spacing sits on the numbers; double rule left, single rule right; a footer with
page number and title inside the 0.65 in bottom margin.  Numbers are not Word line
numbering (``w:lnNumType``), which counts text lines instead of the paper's lines.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from pogen.docx.markup import compile_source
from pogen.docx.package import build_package

NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"'
)
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


@dataclass(frozen=True)
class TemplateStyle:
    """What differs between shipped templates: the face and the heading treatment."""

    font: str = "Times New Roman"
    heading_caps_bold: bool = True
    heading_underline: bool = False
    justify: bool = True


def _rfonts(font: str) -> str:
    return f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'


def _pstyle(
    style_id: str,
    name: str,
    ppr: str,
    rpr: str = "",
    *,
    based_on: str = "Normal",
    next_style: str = "",
) -> str:
    nxt = f'<w:next w:val="{next_style}"/>' if next_style else ""
    return (
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/><w:basedOn w:val="{based_on}"/>{nxt}<w:qFormat/>'
        f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def styles_xml(style: TemplateStyle) -> str:
    """styles.xml: Normal is exact 24 pt / 14 pt; every style overrides spacing."""
    font = _rfonts(style.font)
    exact24 = '<w:spacing w:before="0" w:after="0" w:line="480" w:lineRule="exact"/>'
    exact12 = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="exact"/>'
    jc = '<w:jc w:val="both"/>' if style.justify else ""
    heading_rpr = ("<w:b/><w:bCs/>" if style.heading_caps_bold else "") + (
        '<w:u w:val="single"/>' if style.heading_underline else ""
    )
    body_styles = "".join(
        [
            _pstyle(
                "PogenBody",
                "Pogen Body",
                f'<w:widowControl w:val="0"/>{exact24}<w:ind w:firstLine="720"/>{jc}',
            ),
            _pstyle(
                "PogenHeading1",
                "Pogen Heading 1",
                f'<w:keepNext/><w:widowControl w:val="0"/>{exact24}'
                '<w:ind w:left="720" w:hanging="720"/><w:outlineLvl w:val="0"/>',
                heading_rpr,
                next_style="PogenBody",
            ),
            _pstyle(
                "PogenHeading2",
                "Pogen Heading 2",
                f'<w:keepNext/><w:widowControl w:val="0"/>{exact24}'
                '<w:ind w:left="1440" w:hanging="720"/><w:outlineLvl w:val="1"/>',
                heading_rpr,
                next_style="PogenBody",
            ),
            _pstyle(
                "PogenItem",
                "Pogen List Item",
                f'<w:widowControl w:val="0"/>{exact24}<w:ind w:left="1440" w:hanging="720"/>{jc}',
            ),
            _pstyle("PogenPlain", "Pogen Plain", f'<w:widowControl w:val="0"/>{exact24}'),
            _pstyle(
                "PogenSubItem",
                "Pogen List Item 2",
                f'<w:widowControl w:val="0"/>{exact24}<w:ind w:left="2160" w:hanging="720"/>{jc}',
            ),
            _pstyle(
                "PogenTitle",
                "Pogen Title",
                f'<w:keepNext/><w:widowControl w:val="0"/>{exact24}<w:jc w:val="center"/>',
                "<w:b/><w:bCs/>",
            ),
            _pstyle(
                "PogenSingle",
                "Pogen Single",
                f'<w:widowControl w:val="0"/>'
                '<w:tabs><w:tab w:val="left" w:pos="4320"/></w:tabs>'
                f"{exact12}",
            ),
            _pstyle(
                "PogenCounsel",
                "Pogen Counsel Block",
                f'<w:widowControl w:val="0"/>{exact12}<w:ind w:right="4680"/>',
            ),
            _pstyle(
                "PogenSignature",
                "Pogen Signature",
                f'<w:keepNext/><w:keepLines/><w:widowControl w:val="0"/>{exact12}'
                '<w:ind w:left="4320"/>',
            ),
            _pstyle(
                "PogenSigDate",
                "Pogen Signature Date",
                f'<w:keepNext/><w:keepLines/><w:widowControl w:val="0"/>'
                '<w:tabs><w:tab w:val="left" w:pos="4320"/></w:tabs>'
                f'{exact12}<w:ind w:left="4320" w:hanging="4320"/>',
            ),
            _pstyle("PogenCaption", "Pogen Caption Cell", f'<w:widowControl w:val="0"/>{exact12}'),
            _pstyle(
                "PogenCourt",
                "Pogen Court Title",
                f'<w:keepNext/><w:widowControl w:val="0"/>{exact12}<w:jc w:val="center"/>',
                "<w:b/><w:bCs/>",
            ),
        ]
    )
    return (
        f"{XML_DECL}<w:styles {NS}>"
        f"<w:docDefaults><w:rPrDefault><w:rPr>{font}"
        '<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="en-US" w:eastAsia="en-US" '
        'w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        f"<w:pPrDefault><w:pPr>{exact24}</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        f'<w:qFormat/><w:pPr><w:widowControl w:val="0"/>{exact24}</w:pPr>'
        f'<w:rPr>{font}<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "</w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal '
        'Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr></w:style>"
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" '
        'w:lineRule="exact"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="260" '
        'w:lineRule="exact"/><w:jc w:val="center"/></w:pPr></w:style>'
        f"{body_styles}</w:styles>"
    )


def _number_box(font: str) -> str:
    numbers = "".join(
        '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="480" w:lineRule="exact"/>'
        f'<w:jc w:val="right"/></w:pPr><w:r><w:rPr>{_rfonts(font)}<w:sz w:val="28"/>'
        f'<w:szCs w:val="28"/></w:rPr><w:t>{n}</w:t></w:r></w:p>'
        for n in range(1, 29)
    )
    return (
        '<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="101" behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>731520</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>914400</wp:posOffset></wp:positionV>'
        '<wp:extent cx="411480" cy="8534400"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapNone/><wp:docPr id="101" name="Pleading line numbers"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="411480" cy="8534400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        "</a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>"
        f"<wps:txbx><w:txbxContent>{numbers}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData>'
        "</a:graphic></wp:anchor></w:drawing></w:r>"
    )


def _rule(shape_id: int, x_emu: int, name: str) -> str:
    return (
        '<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{shape_id}" behindDoc="1" locked="1" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="0" cy="10058400"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{shape_id}" name="{name}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="0" cy="10058400"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def header_xml(style: TemplateStyle) -> str:
    """The header's one paragraph anchors the numbers box and the three rules."""
    rules = (
        _rule(102, 1270000, "Left rule outer")
        + _rule(103, 1301750, "Left rule inner")
        + _rule(104, 7353300, "Right rule")
    )
    return (
        f'{XML_DECL}<w:hdr {NS}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>'
        f"{_number_box(style.font)}{rules}</w:p></w:hdr>"
    )


def footer_xml(style: TemplateStyle) -> str:
    """Page number, a rule, the document title and the case: 37.5 pt of the 39.6 available."""
    small = f'<w:rPr>{_rfonts(style.font)}<w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'
    return (
        f"{XML_DECL}<w:ftr {NS}>"
        '<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>'
        '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/>'
        "</w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p>"
        '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:pBdr><w:top w:val="single" w:sz="4" '
        'w:space="1" w:color="000000"/></w:pBdr><w:spacing w:before="0" w:after="0" '
        'w:line="240" w:lineRule="exact"/></w:pPr>'
        f'<w:r>{small}<w:t xml:space="preserve">{{{{ document_title }}}}</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:spacing w:before="0" w:after="0" '
        'w:line="240" w:lineRule="exact"/></w:pPr>'
        f'<w:r>{small}<w:t xml:space="preserve">{{{{ footer_case_line }}}}</w:t></w:r></w:p>'
        "</w:ftr>"
    )


SECT_PR = (
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/>'
    '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
    '<w:pgSz w:w="12240" w:h="15840"/>'
    '<w:pgMar w:top="1440" w:right="720" w:bottom="936" w:left="2160" w:header="432" '
    'w:footer="144" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/>'
    "</w:sectPr>"
)

CONTENT_TYPES = (
    f'{XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
    'package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.extended-properties+xml"/></Types>'
)

PACKAGE_RELS = (
    f'{XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'
)

DOCUMENT_RELS = (
    f'{XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/footer" Target="footer1.xml"/></Relationships>'
)

SETTINGS = (
    f'{XML_DECL}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
    'main"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com'
    '/office/word" w:val="15"/></w:compat></w:settings>'
)

CORE = (
    f'{XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>Stipulation and [Proposed] Protective Order</dc:title>"
    "<dc:creator>pogen</dc:creator><cp:lastModifiedBy>pogen</cp:lastModifiedBy>"
    "<cp:revision>1</cp:revision></cp:coreProperties>"
)

APP = (
    f'{XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>pogen</Application></Properties>'
)


def document_xml(source: str, name: str) -> str:
    body = compile_source(source, name=name)
    return f"{XML_DECL}<w:document {NS}><w:body>{body}{SECT_PR}</w:body></w:document>"


def build_docx(source: str, name: str, style: TemplateStyle) -> bytes:
    """The template package as bytes: same source and style, same bytes."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "docProps/core.xml": CORE,
        "docProps/app.xml": APP,
        "word/document.xml": document_xml(source, name),
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/styles.xml": styles_xml(style),
        "word/settings.xml": SETTINGS,
        "word/header1.xml": header_xml(style),
        "word/footer1.xml": footer_xml(style),
    }
    return build_package((part, xml.encode("utf-8")) for part, xml in parts.items())


TEMPLATES: dict[str, TemplateStyle] = {
    "stipulated_protective_order": TemplateStyle(),
    # Same pleading paper and face (the line-wrap estimates in pogen.document.layout assume Times
    # metrics), a visibly different house style: underlined headings, ragged-right body.
    "stipulated_protective_order_modern": TemplateStyle(
        heading_caps_bold=False, heading_underline=True, justify=False
    ),
}


def read_source(path: Path) -> str:
    """A template source with its ``@include FILE`` lines expanded (FILE beside it).

    Templates share the order's prose through includes, so a wording change is made once
    and shows in every template's golden rendition.
    """
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@include "):
            lines.append(read_source(path.parent / line.removeprefix("@include ").strip()))
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


# The bundle's documents ([form] document = "bundle"), built into templates/bundle/ so
# that they are not offered as combined templates (pogen:NAME lists templates/*.docx).
BUNDLE: dict[str, TemplateStyle] = {
    "stipulation": TemplateStyle(),
    "proposed_order": TemplateStyle(),
}
BUNDLE_DIR = "bundle"


def targets(templates_dir: Path) -> list[tuple[Path, Path, TemplateStyle]]:
    """(source, built .docx, style) of every shipped template."""
    source = templates_dir / "source"
    out = [
        (source / f"{stem}.txt", templates_dir / f"{stem}.docx", s) for stem, s in TEMPLATES.items()
    ]
    out += [
        (source / f"{stem}.txt", templates_dir / BUNDLE_DIR / f"{stem}.docx", s)
        for stem, s in BUNDLE.items()
    ]
    return out


def build_all(templates_dir: Path) -> list[Path]:
    """Rebuild every shipped template from ``templates_dir/source``."""
    written = []
    for source_path, target, style in targets(templates_dir):
        data = build_docx(read_source(source_path), str(source_path), style)
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("templates_dir", nargs="?", default="src/pogen/templates", type=Path)
    args = parser.parse_args()
    for path in build_all(args.templates_dir):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the table-width test documents as raw .docx zips, XML by hand, so that tblGrid, tblW and tcW can say
what real Word files say (a stale grid, widths in pct or auto, no grid at all) and not what a writer would keep
consistent.

    python3 make-tables.py OUTDIR        # writes OUTDIR/*.docx (the test resources are this script's output)

A4, 2.54 cm margins (a text area of 9026 twips = 451.3 pt), Times New Roman / 宋体 12 pt, single spacing.
TableWidthsTest reads them; docs/notes/pdf.md ("Table column widths") says what Word and LibreOffice make of each.
"""
import os, sys, zipfile

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(OUT, exist_ok=True)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CN = "围绕重点项目建设，全区共安排市级以上重点项目四十六个，总投资五百三十二亿元，年度计划投资一百一十八亿元。"
LONG = "Pneumonoultramicroscopicsilicovolcanoconiosis"

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '</Relationships>')
STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>'
    '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '</w:styles>')
SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>')
BORDERS = ('<w:tblBorders>' + ''.join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p(text=""):
    return f'<w:p><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>' if text else "<w:p/>"


def tc(text, w=None, kind="dxa", span=None):
    """A cell; w=None writes no tcW at all."""
    pr = ""
    if w is not None:
        pr += f'<w:tcW w:w="{w}" w:type="{kind}"/>'
    if span:
        pr += f'<w:gridSpan w:val="{span}"/>'
    return f'<w:tc>{"<w:tcPr>" + pr + "</w:tcPr>" if pr else ""}{p(text)}</w:tc>'


def tbl(rows, grid=None, tblW=None, layout=None, jc=None):
    """rows: lists of cell XML (or a (trPr, cells) pair); grid=None writes no tblGrid."""
    pr = '<w:tblPr>'
    if tblW:
        pr += f'<w:tblW w:w="{tblW[0]}" w:type="{tblW[1]}"/>'
    if jc:
        pr += f'<w:jc w:val="{jc}"/>'
    pr += BORDERS
    if layout:
        pr += f'<w:tblLayout w:type="{layout}"/>'
    pr += '<w:tblLook w:val="04A0"/></w:tblPr>'
    g = "" if grid is None else "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{c}"/>' for c in grid) + "</w:tblGrid>"
    body = ""
    for r in rows:
        trPr, cells = r if isinstance(r, tuple) else ("", r)
        body += f'<w:tr>{"<w:trPr>" + trPr + "</w:trPr>" if trPr else ""}{"".join(cells)}</w:tr>'
    return f"<w:tbl>{pr}{g}{body}</w:tbl>"


def write(name, body):
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
           f'{body}{SECT}</w:body></w:document>')
    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS, "word/_rels/document.xml.rels": DOC_RELS,
             "word/styles.xml": STYLES, "word/document.xml": doc}
    with zipfile.ZipFile(os.path.join(OUT, name + ".docx"), "w") as z:
        for part, xml in parts.items():
            # a fixed date: a re-run writes the same bytes
            z.writestr(zipfile.ZipInfo(part, date_time=(2026, 12, 1, 0, 0, 0)), xml, zipfile.ZIP_DEFLATED)


# A stale grid: the cells say three equal columns of 3000 twips, the grid (left from an earlier edit) 1000/1000/7000.
# Autofit (no tblLayout): Word lays the table out from the cells' preferred widths.
rows = [[tc(f"{i + 1}．" + CN, 3000), tc(CN, 3000), tc(CN[:20], 3000)] for i in range(24)]
write("stale-grid", p("过时的表格网格") + tbl(rows, grid=[1000, 1000, 7000], tblW=(9000, "dxa")) + p("表后文字。"))
# The same in fixed layout: the grid is the layout (as today)
write("stale-grid-fixed", p("固定布局") + tbl(rows, grid=[1000, 1000, 7000], tblW=(9000, "dxa"), layout="fixed") + p("表后文字。"))

# A table half the text area wide (tblW 50 %), the grid written for the whole width, cells in pct.
rows = [[tc(CN, 2500, "pct"), tc(CN[:30], 2500, "pct")] for _ in range(6)]
write("pct-width", p("百分比宽度") + tbl(rows, grid=[4500, 4500], tblW=(2500, "pct")) + p("表后文字。"))

# Auto widths (tblW and tcW auto), a long unbreakable Latin word in a narrow grid column.
rows = [[tc(LONG, 0, "auto"), tc("short", 0, "auto"), tc(CN, 0, "auto")],
        [tc("word", 0, "auto"), tc("x", 0, "auto"), tc(CN[:12], 0, "auto")]]
write("auto-long-word", p("Auto widths") + tbl(rows, grid=[1200, 1200, 6600], tblW=(0, "auto")) + p("After the table."))

# No tblGrid at all: the cells' widths are all there is (2000/5000/2000 twips).
rows = [[tc("甲" * 6, 2000), tc(CN, 5000), tc("乙" * 6, 2000)] for _ in range(3)]
write("no-grid", p("没有表格网格") + tbl(rows, grid=None, tblW=(9000, "dxa")) + p("表后文字。"))
# ... and no widths anywhere: neither a grid nor tcW nor tblW
rows = [[tc("甲乙丙"), tc(CN), tc("丁")] for _ in range(3)]
write("no-widths", p("没有宽度") + tbl(rows, grid=None) + p("表后文字。"))

# gridSpan over a stale grid: a title row across all three columns, then 1500/1500/6000 cells; gridBefore/After.
rows = [[tc("合并标题行" + CN, 9000, span=3)]]
rows += [[tc("第" + str(i + 1) + "项", 1500), tc("进行中", 1500), tc(CN, 6000)] for i in range(4)]
rows += [('<w:gridBefore w:val="1"/><w:wBefore w:w="1500" w:type="dxa"/>', [tc("前空一格" + CN[:30], 7500, span=2)])]
rows += [('<w:gridAfter w:val="1"/><w:wAfter w:w="6000" w:type="dxa"/>', [tc("左", 1500), tc("右", 1500)])]
write("grid-span", p("跨列") + tbl(rows, grid=[3000, 3000, 3000], tblW=(9000, "dxa")) + p("表后文字。"))

# Fixed layout, a grid of 2000/4000 twips in a table of 9000: the grid is scaled to the table (as LibreOffice does).
rows = [[tc("甲" * 3, 2000), tc(CN, 4000)] for _ in range(3)]
write("fixed-scaled", p("固定布局，按表宽缩放") + tbl(rows, grid=[2000, 4000], tblW=(9000, "dxa"), layout="fixed") + p("表后文字。"))

#!/usr/bin/env python3
"""Writes the corpus documents as Flat ODT (LibreOffice Writer's own XML) and has LibreOffice save them as .docx.

    python3 make-corpus.py OUTDIR        # writes OUTDIR/*.fodt, then OUTDIR/*.docx via soffice --convert-to docx

Each document exercises one feature, written from scratch (no document from anywhere else). The text comes from
a fixed pool with a fixed seed, so a re-run gives the same files.
"""
import base64, os, random, struct, subprocess, sys, zlib

OUT = sys.argv[1] if len(sys.argv) > 1 else "corpus-out"
os.makedirs(OUT, exist_ok=True)
rnd = random.Random(12)

CN = [
    "今年以来，示范区坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，扎实推进高质量发展，各项工作取得新的进展。",
    "一季度全区实现地区生产总值128.6亿元，同比增长6.2%；规模以上工业增加值增长7.4%，固定资产投资增长12.4%。",
    "围绕重点项目建设，全区共安排市级以上重点项目46个，总投资532亿元，年度计划投资118亿元，一季度完成投资31.5亿元。",
    "坚持把招商引资作为经济工作的生命线，开展产业链精准招商，新签约项目23个，其中超十亿元项目5个。",
    "持续优化营商环境，推行“一网通办”“一件事一次办”，企业开办时间压缩至1个工作日以内，政务服务满意度达到99.2%。",
    "统筹发展和安全，扎实开展安全生产大检查，排查整改各类隐患1,246处，全区安全生产形势总体平稳。",
    "加强生态环境保护，PM2.5平均浓度同比下降8.3%，优良天数比例达到86.7%，地表水国考断面水质全部达标。",
    "民生事业持续改善，城镇新增就业4,512人，新建改建中小学5所，新增养老床位320张，民生支出占比保持在75%以上。",
]
EN = [
    "The pilot zone kept growth steady in the first quarter: output rose 6.2% year on year and investment 12.4%.",
    "Forty-six key projects with a total investment of 53.2 billion yuan are scheduled for this year.",
    "Business registration now takes less than one working day, and satisfaction with public services reached 99.2%.",
    "Air quality improved: the average PM2.5 concentration fell by 8.3% and good days made up 86.7% of the period.",
]

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def cn(n=1):
    return "".join(rnd.choice(CN) for _ in range(n))

def en(n=1):
    return " ".join(rnd.choice(EN) for _ in range(n))

def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

FONTS = ["仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体", "Times New Roman", "Arial"]

def document(body, *, asian="仿宋_GB2312", asian_size="16pt", latin="Times New Roman", latin_size="12pt",
             auto_styles="", extra_styles="", header="", footer="", first_footer=None, notes_config="",
             page_props="", extra_masters=""):
    faces = "".join(f'<style:font-face style:name="{f}" svg:font-family="{f}"/>' for f in FONTS)
    footer_xml = f"<style:footer>{footer}</style:footer>" if footer else ""
    header_xml = f"<style:header>{header}</style:header>" if header else ""
    if first_footer is not None:
        footer_xml += f"<style:footer-first>{first_footer}</style:footer-first>"
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>{faces}</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/>
<style:text-properties style:font-name="{latin}" fo:font-size="{latin_size}" style:font-name-asian="{asian}" style:font-size-asian="{asian_size}" style:font-name-complex="Arial" fo:language="en" fo:country="US" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-indent="0.85cm" fo:text-align="justify"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties style:font-name-asian="方正小标宋简体" style:font-size-asian="22pt" fo:font-size="22pt"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:keep-with-next="always" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties style:font-name-asian="黑体" style:font-size-asian="16pt" fo:font-size="16pt"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:keep-with-next="always" fo:text-indent="0.85cm"/><style:text-properties style:font-name-asian="楷体_GB2312" style:font-size-asian="16pt" fo:font-size="16pt"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
<style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
<style:style style:name="Internet_20_link" style:display-name="Internet link" style:family="text"><style:text-properties fo:color="#000080" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
{extra_styles}
{notes_config}
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="3.7cm" fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"{page_props}/>
<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
{auto_styles}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{header_xml}{footer_xml}</style:master-page>{extra_masters}</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
'''

def p(text, style="Text_20_body"):
    return f'<text:p text:style-name="{style}">{esc(text)}</text:p>'

def h(text, level=1):
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{esc(text)}</text:h>'

PAGE_FOOTER = '<text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p>'
docs = {}

# --- plain text in the official fonts, and mixed Latin
body = p("示范区工作进展简报", "Title")
for i, head in enumerate(["一、总体运行情况", "二、重点工作进展", "三、存在的问题", "四、下一步工作安排"]):
    body += h(head)
    for j, sub in enumerate(["（一）经济运行稳中有进。", "（二）项目建设加快推进。"]):
        body += h(sub, 2) + p(cn(3)) + p(cn(2))
docs["cjk-official"] = document(body, footer=PAGE_FOOTER)

body = "".join(p(cn(1) + " " + en(1) + " " + cn(1)) for _ in range(14))
docs["mixed-latin"] = document(body, asian="宋体", asian_size="12pt", latin_size="12pt", footer=PAGE_FOOTER)

body = "".join(p(en(4), "Standard") for _ in range(18))
docs["latin-only"] = document(body, asian="宋体", asian_size="11pt", latin_size="11pt")

body = "".join(p(cn(2)) for _ in range(10))
docs["sans-single"] = document(body, asian="黑体", asian_size="12pt", latin="Arial", latin_size="12pt")

# --- lists
def list_style(name, levels):
    out = f'<text:list-style style:name="{name}">'
    for lvl, (kind, fmt, prefix, suffix) in enumerate(levels, start=1):
        indent = 0.85 * lvl
        props = (f'<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                 f'<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="{indent:.2f}cm" '
                 f'fo:text-indent="-0.85cm" fo:margin-left="{indent:.2f}cm"/></style:list-level-properties>')
        if kind == "bullet":
            out += (f'<text:list-level-style-bullet text:level="{lvl}" text:bullet-char="{fmt}">{props}'
                    f'</text:list-level-style-bullet>')
        else:
            out += (f'<text:list-level-style-number text:level="{lvl}" style:num-prefix="{prefix}" style:num-suffix="{suffix}" '
                    f'style:num-format="{fmt}">{props}</text:list-level-style-number>')
    return out + "</text:list-style>"

def lst(style, items, cont=False):
    out = f'<text:list text:style-name="{style}"' + (' text:continue-numbering="true"' if cont else "") + ">"
    for it in items:
        if isinstance(it, list):
            out += f"<text:list-item>{lst(style, it)}</text:list-item>"  # nested without its own paragraph
        else:
            out += f'<text:list-item><text:p text:style-name="Standard">{esc(it)}</text:p></text:list-item>'
    return out + "</text:list>"

def nested(style, items):
    # a list item that holds a paragraph and a sub-list
    out = f'<text:list text:style-name="{style}">'
    for text, subs in items:
        out += f'<text:list-item><text:p text:style-name="Standard">{esc(text)}</text:p>'
        if subs:
            out += f'<text:list>' + "".join(
                f'<text:list-item><text:p text:style-name="Standard">{esc(s)}</text:p></text:list-item>' for s in subs) + "</text:list>"
        out += "</text:list-item>"
    return out + "</text:list>"

decimal = list_style("L1", [("n", "1", "", "."), ("n", "1", "", ")"), ("n", "a", "", ".")])
body = p("编号列表：", "Standard") + nested("L1", [(cn(1), [cn(1), cn(1)]), (cn(1), []), (cn(1), [cn(1)])])
body += p("中间一段正文。" + cn(1)) + lst("L1", [cn(1), cn(1)], cont=True)
body += p("重新开始编号：", "Standard") + lst("L1", [cn(1), cn(1), cn(1)])
docs["list-decimal"] = document(body, asian="宋体", asian_size="12pt", auto_styles=decimal)

bullets = list_style("L2", [("bullet", "●", "", ""), ("bullet", "○", "", ""), ("bullet", "■", "", "")])
body = p("要点：", "Standard") + nested("L2", [(cn(1), [cn(1), en(1)]), (en(1), []), (cn(1), [cn(1)])])
docs["list-bullets"] = document(body, asian="宋体", asian_size="12pt", auto_styles=bullets)

chinese = list_style("L3", [("n", "一, 二, 三, ...", "", "、"), ("n", "一, 二, 三, ...", "（", "）"),
                            ("n", "1", "", "."), ("n", "1", "（", "）")])
body = p("关于推进重点工作的通知", "Title") + nested("L3", [
    ("总体要求", [cn(1), cn(1)]), ("主要任务", [cn(2), cn(1), cn(1)]), ("保障措施", [cn(1)])])
docs["list-chinese"] = document(body, auto_styles=chinese)

# --- tracked changes
changes = '<text:tracked-changes text:track-changes="true">'
for i in range(1, 5):
    kind = "insertion" if i % 2 else "deletion"
    changes += (f'<text:changed-region xml:id="ct{i}" text:id="ct{i}"><text:{kind}><office:change-info>'
                f'<dc:creator>审核人</dc:creator><dc:date>2026-03-0{i}T10:00:00</dc:date></office:change-info>'
                + (f'<text:p>删除的文字{i}。</text:p>' if kind == "deletion" else "") + f'</text:{kind}></text:changed-region>')
changes += "</text:tracked-changes>"
body = changes
for i in range(1, 5):
    if i % 2:
        body += (f'<text:p text:style-name="Text_20_body">{esc(cn(1))}<text:change-start text:change-id="ct{i}"/>'
                 f'插入的文字{i}，这是修订时新加的内容。<text:change-end text:change-id="ct{i}"/>{esc(cn(1))}</text:p>')
    else:
        body += f'<text:p text:style-name="Text_20_body">{esc(cn(1))}<text:change text:change-id="ct{i}"/>{esc(cn(1))}</text:p>'
docs["tracked-changes"] = document(body)

# --- notes
def note(kind, i, text):
    cls = "Footnote" if kind == "footnote" else "Endnote"
    return (f'<text:note text:id="{kind}{i}" text:note-class="{kind}"><text:note-citation>{i}</text:note-citation>'
            f'<text:note-body><text:p text:style-name="{cls}">{esc(text)}</text:p></text:note-body></text:note>')

body = ""
for i in range(1, 9):
    body += (f'<text:p text:style-name="Text_20_body">{esc(cn(2))}{note("footnote", i, "注：" + cn(1))}'
             f'{esc(cn(2))}</text:p>')
docs["footnotes"] = document(body, footer=PAGE_FOOTER)
body = ""
for i in range(1, 6):
    body += (f'<text:p text:style-name="Text_20_body">{esc(cn(2))}{note("endnote", i, "尾注：" + cn(1))}'
             f'{esc(cn(1))}</text:p>')
docs["endnotes"] = document(body)

# --- fields: table of contents, page, page count, date
heads = ["一、总体运行情况", "二、重点工作进展", "三、存在的问题", "四、下一步工作安排", "五、附件说明"]
toc = ('<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="目录">'
       '<text:table-of-content-source text:outline-level="2"><text:index-title-template>目录</text:index-title-template>')
for lvl in (1, 2):
    toc += (f'<text:table-of-content-entry-template text:outline-level="{lvl}" text:style-name="Contents_20_{lvl}">'
            '<text:index-entry-link-start/><text:index-entry-chapter/><text:index-entry-text/>'
            '<text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/>'
            '<text:index-entry-link-end/></text:table-of-content-entry-template>')
toc += '</text:table-of-content-source><text:index-body><text:index-title text:name="目录_Head"><text:p text:style-name="Title">目录</text:p></text:index-title>'
for n, head in enumerate(heads):
    toc += (f'<text:p text:style-name="Contents_20_1">{esc(head)}<text:tab/>{n + 2}</text:p>')
toc += "</text:index-body></text:table-of-content>"
body = toc
for head in heads:
    body += f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{esc(head)}</text:h>' + p(cn(3)) + p(cn(3)) + p(cn(2))
contents = ''.join(
    f'<style:style style:name="Contents_20_{l}" style:display-name="Contents {l}" style:family="paragraph" style:parent-style-name="Standard" style:class="index">'
    f'<style:paragraph-properties fo:margin-left="{0.5 * (l - 1)}cm"><style:tab-stops><style:tab-stop style:position="15.6cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>'
    for l in (1, 2))
docs["toc"] = document(body, extra_styles=contents, footer=PAGE_FOOTER)

body = (f'<text:p text:style-name="Standard">本页是第<text:page-number text:select-page="current">1</text:page-number>页，'
        f'共<text:page-count>2</text:page-count>页。成文日期：<text:date text:fixed="true" style:data-style-name="N1" '
        f'text:date-value="2026-03-15">2026年3月15日</text:date>。</text:p>')
body += "".join(p(cn(3)) for _ in range(9))
date_style = ('<number:date-style style:name="N1" number:language="zh" number:country="CN"><number:year number:style="long"/>'
              '<number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>')
docs["fields"] = document(body, auto_styles=date_style,
                          footer='<text:p text:style-name="Footer">第<text:page-number text:select-page="current">1</text:page-number>页 共<text:page-count>2</text:page-count>页</text:p>')

body = "".join(
    f'<text:p text:style-name="Text_20_body">{esc(cn(1))}详见<text:a xlink:type="simple" xlink:href="https://www.example.org/notice/{i}" '
    f'text:style-name="Internet_20_link">关于第{i}项工作的通知</text:a>，以及 <text:a xlink:type="simple" xlink:href="https://www.example.org/en/{i}" '
    f'text:style-name="Internet_20_link">www.example.org/en/{i}</text:a>。{esc(cn(1))}</text:p>' for i in range(1, 8))
docs["hyperlinks"] = document(body)

# --- headers and footers: first page different
body = p("首页没有页眉，第二页起有页眉和页码。", "Standard") + "".join(p(cn(3)) for _ in range(12))
docs["header-footer"] = document(body, header='<text:p text:style-name="Header">示范区工作进展简报 2026年第1期</text:p>',
                                 footer=PAGE_FOOTER, first_footer='<text:p text:style-name="Footer">首页页脚</text:p>')

# --- tables
def cell(text, style="Table_20_Contents", span=None):
    attrs = f' table:number-columns-spanned="{span}"' if span else ""
    return (f'<table:table-cell table:style-name="Tc" office:value-type="string"{attrs}><text:p text:style-name="{style}">'
            f'{esc(text)}</text:p></table:table-cell>' + ('<table:covered-table-cell/>' * (span - 1) if span else ""))

def table(name, widths, header, rows, repeat=False, rel=False):
    total = sum(widths)
    col_styles = "".join(
        f'<style:style style:name="{name}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"'
        + (f' style:rel-column-width="{int(w * 1000)}*"' if rel else "") + '/></style:style>' for i, w in enumerate(widths))
    styles = (f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{total}cm" table:align="center"/></style:style>'
              + col_styles)
    out = f'<table:table table:name="{name}" table:style-name="{name}">'
    out += "".join(f'<table:table-column table:style-name="{name}.C{i}"/>' for i in range(len(widths)))
    head = "<table:table-row>" + "".join(cell(c) for c in header) + "</table:table-row>"
    out += f"<table:table-header-rows>{head}</table:table-header-rows>" if repeat else head
    for r in rows:
        out += "<table:table-row>" + "".join(cell(c) if isinstance(c, str) else cell(c[0], span=c[1]) for c in r) + "</table:table-row>"
    return styles, out + "</table:table>"

cell_style = ('<style:style style:name="Tc" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" '
              'fo:border="0.5pt solid #000000"/></style:style>')
st, tb = table("T1", [2.0, 3.5, 6.0, 4.1], ["序号", "项目名称", "建设内容", "进度"],
               [[str(i), "重点项目" + str(i), cn(1), f"完成投资{rnd.randint(10, 99)}.{rnd.randint(0, 9)}%"] for i in range(1, 13)], rel=True)
docs["table-autofit"] = document(p("重点项目进展情况表", "Title") + tb, asian="宋体", asian_size="12pt",
                                 auto_styles=cell_style + st)
st, tb = table("T2", [1.5, 5.0, 4.0, 5.1], ["序号", "指标名称", "本期", "同比增长（%）"],
               [[str(i), f"指标{i}：规模以上工业增加值", f"{rnd.randint(100, 9999)}.{rnd.randint(0, 9)}", f"{rnd.randint(-50, 150) / 10}"]
                for i in range(1, 151)], repeat=True)
docs["table-long"] = document(tb, asian="宋体", asian_size="12pt", auto_styles=cell_style + st)
st, tb = table("T3", [3.0, 4.2, 4.2, 4.2], ["地区", "一季度", "二季度", "三季度"],
               [["东区", ("合计 128.6 亿元，同比增长 6.2%", 3)], ["西区", "45.1", "47.3", "50.2"],
                [("南区与北区合并统计", 2), "60.0", "61.5"], ["说明", (cn(1), 3)]])
docs["table-merged"] = document(tb + p(cn(2)), asian="宋体", asian_size="12pt", auto_styles=cell_style + st)

# --- pictures and text boxes
PIC = base64.b64encode(png(120, 80, (200, 40, 40))).decode()

def frame(name, style, anchor, w, h, inner, x="0cm", y="0cm"):
    pos = f' svg:x="{x}" svg:y="{y}"' if anchor != "as-char" else ""
    return (f'<draw:frame draw:style-name="{style}" draw:name="{name}" text:anchor-type="{anchor}" svg:width="{w}" svg:height="{h}"{pos} draw:z-index="0">'
            f'{inner}</draw:frame>')

image = f'<draw:image><office:binary-data>{PIC}</office:binary-data></draw:image>'

def frame_style(name, wrap, hpos="left", hrel="paragraph", vrel="paragraph", vpos="top", extra=""):
    return (f'<style:style style:name="{name}" style:family="graphic"><style:graphic-properties style:wrap="{wrap}" '
            f'style:number-wrapped-paragraphs="no-limit" style:vertical-pos="{vpos}" style:vertical-rel="{vrel}" '
            f'style:horizontal-pos="{hpos}" style:horizontal-rel="{hrel}" fo:margin-left="0.2cm" fo:margin-right="0.2cm" '
            f'fo:margin-top="0.1cm" fo:margin-bottom="0.1cm"{extra}/></style:style>')

body = p(cn(2)) + f'<text:p text:style-name="Standard">{frame("pic1", "fr0", "as-char", "4cm", "2.67cm", image)}</text:p>' + p(cn(2))
docs["picture-inline"] = document(body, auto_styles=frame_style("fr0", "none", "center", "paragraph", "baseline", "top"))

body = (f'<text:p text:style-name="Text_20_body">{frame("pic1", "fr1", "paragraph", "5cm", "3.33cm", image)}{esc(cn(3))}</text:p>'
        + p(cn(3)) + p(cn(3)))
docs["picture-square"] = document(body, auto_styles=frame_style("fr1", "parallel", "right", "paragraph"))

body = (p(cn(1)) + f'<text:p text:style-name="Text_20_body">{frame("pic1", "fr2", "paragraph", "6cm", "4cm", image)}{esc(cn(2))}</text:p>'
        + p(cn(3)) + p(cn(2)))
docs["picture-topbottom"] = document(body, auto_styles=frame_style("fr2", "none", "center", "paragraph"))

box = (f'<draw:text-box fo:min-height="2cm"><text:p text:style-name="Standard">文本框中的文字：{esc(cn(1))}</text:p></draw:text-box>')
body = (f'<text:p text:style-name="Text_20_body">{frame("box1", "fr3", "paragraph", "6cm", "3cm", box)}{esc(cn(3))}</text:p>'
        + p(cn(3)))
box_style = frame_style("fr3", "parallel", "right", "paragraph", extra=' fo:border="0.5pt solid #000000" fo:padding="0.15cm"')
docs["text-box"] = document(body, auto_styles=box_style, asian="宋体", asian_size="12pt")

# --- charts, one per type
def chart(kind, title, cats, series, vertical=False, scatter=False):
    rows = ""
    for i, c in enumerate(cats):
        rows += (f'<table:table-row><table:table-cell office:value-type="string"><text:p>{esc(c)}</text:p></table:table-cell>'
                 + "".join(f'<table:table-cell office:value-type="float" office:value="{s[1][i]}"><text:p>{s[1][i]}</text:p></table:table-cell>' for s in series)
                 + "</table:table-row>")
    head = ('<table:table-row><table:table-cell><text:p/></table:table-cell>'
            + "".join(f'<table:table-cell office:value-type="string"><text:p>{esc(s[0])}</text:p></table:table-cell>' for s in series)
            + "</table:table-row>")
    n = len(cats) + 1
    col = lambda k: chr(ord("B") + k)
    ser = ""
    for k, s in enumerate(series):
        if scatter and k == 0:
            continue
        ser += (f'<chart:series chart:style-name="ser{k}" chart:values-cell-range-address="local-table.${col(k)}$2:.${col(k)}${n}" '
                f'chart:label-cell-address="local-table.${col(k)}$1" chart:class="chart:{kind}">'
                + (f'<chart:domain table:cell-range-address="local-table.$B$2:.$B${n}"/>' if scatter else "")
                + "</chart:series>")
    colours = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47"]
    ser_styles = "".join(f'<style:style style:name="ser{k}" style:family="chart"><style:graphic-properties draw:fill-color="{colours[k]}" svg:stroke-color="{colours[k]}"/></style:style>' for k in range(len(series)))
    if kind == "circle":
        # pie slices: colours per data point
        ser = ser.replace("</chart:series>", "".join(f'<chart:data-point chart:style-name="dp{i}"/>' for i in range(len(cats))) + "</chart:series>")
        ser_styles += "".join(f'<style:style style:name="dp{i}" style:family="chart"><style:graphic-properties draw:fill-color="{colours[i % 6]}"/></style:style>' for i in range(len(cats)))
    axes = "" if kind == "circle" else (
        '<chart:axis chart:dimension="x" chart:name="primary-x" chart:style-name="ax">'
        + ("" if scatter else f'<chart:categories table:cell-range-address="local-table.$A$2:.$A${n}"/>') + '</chart:axis>'
        '<chart:axis chart:dimension="y" chart:name="primary-y" chart:style-name="ax"><chart:grid chart:class="major"/></chart:axis>')
    inner = f'''<draw:object><office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart">
<office:automatic-styles><style:style style:name="pa" style:family="chart"><style:chart-properties chart:vertical="{'true' if vertical else 'false'}"{' chart:symbol-type="automatic"' if scatter else ''}/></style:style>
<style:style style:name="ax" style:family="chart"><style:chart-properties chart:display-label="true"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>{ser_styles}</office:automatic-styles>
<office:body><office:chart><chart:chart svg:width="14cm" svg:height="8cm" chart:class="chart:{kind}">
<chart:title><text:p>{esc(title)}</text:p></chart:title><chart:legend chart:legend-position="bottom" style:legend-expansion="wide"/>
<chart:plot-area chart:style-name="pa" chart:data-source-has-labels="both">{axes}{ser}</chart:plot-area>
<table:table table:name="local-table"><table:table-header-columns><table:table-column/></table:table-header-columns>
<table:table-columns><table:table-column table:number-columns-repeated="{len(series)}"/></table:table-columns>
<table:table-header-rows>{head}</table:table-header-rows><table:table-rows>{rows}</table:table-rows></table:table></chart:chart>
</office:chart></office:body></office:document></draw:object>'''
    return (f'<text:p text:style-name="Standard"><draw:frame draw:style-name="fr0" draw:name="{esc(title)}" text:anchor-type="as-char" '
            f'svg:width="14cm" svg:height="8cm" draw:z-index="0">{inner}</draw:frame></text:p>')

quarters = ["一季度", "二季度", "三季度", "四季度"]
two = [("东区", [12.5, 14.1, 15.3, 16.8]), ("西区", [9.2, 10.4, 11.9, 13.0])]
chart_style = frame_style("fr0", "none", "center", "paragraph", "baseline", "top")
for kind, title, extra in [("bar", "各区地区生产总值（亿元）", {}), ("bar", "各区固定资产投资（亿元）", {"vertical": True}),
                           ("line", "月度用电量走势", {}), ("circle", "投资结构占比", {}), ("area", "累计新增就业人数", {}),
                           ("scatter", "投资与增长的关系", {"scatter": True})]:
    name = {"bar": "chart-horizontal-bar" if extra.get("vertical") else "chart-column", "line": "chart-line",
            "circle": "chart-pie", "area": "chart-area", "scatter": "chart-scatter"}[kind]
    if kind == "circle":
        data = [("占比", [45.0, 25.0, 18.0, 12.0])]
        cats = ["工业", "基础设施", "民生", "其他"]
    elif kind == "scatter":
        data = [("投资额", [10.0, 14.0, 18.0, 25.0]), ("增长率", [3.1, 4.5, 5.2, 7.9])]
        cats = ["甲", "乙", "丙", "丁"]
    else:
        data, cats = two, quarters
    body = p(cn(1)) + chart(kind, title, cats, data, **extra) + p(cn(1))
    docs[name] = document(body, asian="宋体", asian_size="12pt", auto_styles=chart_style)


# --- page and paragraph layout
grid = (' style:layout-grid-mode="line" style:layout-grid-lines="22" style:layout-grid-base-height="0.98cm"'
        ' style:layout-grid-ruby-height="0cm" style:layout-grid-color="#c0c0c0" style:layout-grid-print="false"'
        ' style:layout-grid-display="false" style:layout-grid-snap-to="true"')
body = p("关于加快推进重点项目建设的通知", "Title") + "".join(p(cn(2)) for _ in range(14))
docs["gbt-grid"] = document(body, page_props=grid, footer=PAGE_FOOTER)

landscape = ('<style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21.001cm" '
             'style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>'
             '</style:page-layout><style:style style:name="PL" style:family="paragraph" style:parent-style-name="Text_20_body" '
             'style:master-page-name="Landscape"><style:paragraph-properties style:page-number="auto"/></style:style>'
             '<style:style style:name="PP" style:family="paragraph" style:parent-style-name="Text_20_body" '
             'style:master-page-name="Standard"><style:paragraph-properties style:page-number="auto"/></style:style>')
st, tb = table("T4", [3.0, 5.0, 5.0, 5.0, 6.5], ["单位", "一月", "二月", "三月", "备注"],
               [[f"第{i}单位", str(rnd.randint(10, 99)), str(rnd.randint(10, 99)), str(rnd.randint(10, 99)), cn(1)[:20]] for i in range(1, 9)])
body = p(cn(3)) + p(cn(3)) + p("附表（横向页面）", "PL") + tb + p("回到纵向页面。" + cn(2), "PP") + p(cn(2))
docs["landscape-section"] = document(body, asian="宋体", asian_size="12pt", auto_styles=landscape + cell_style + st,
                                     extra_masters='<style:master-page style:name="Landscape" style:page-layout-name="pm2"/>')

breaks = ('<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Text_20_body">'
          '<style:paragraph-properties fo:break-before="page"/></style:style>')
body = p(cn(2)) + p("第二页从这里开始。" + cn(2), "PB") + p(cn(1)) + p("第三页从这里开始。" + cn(1), "PB")
docs["page-breaks"] = document(body, auto_styles=breaks, footer=PAGE_FOOTER)

body = ""
for i, head in enumerate(["一、工作进展", "二、主要问题", "三、下一步安排", "四、有关要求", "五、其他事项"]):
    body += h(head) + "".join(p(cn(2)) for _ in range(2 + i % 3))
docs["keep-with-next"] = document(body, footer=PAGE_FOOTER)

spacing = "".join(
    f'<style:style style:name="LS{i}" style:family="paragraph" style:parent-style-name="Text_20_body">'
    f'<style:paragraph-properties {a} fo:margin-top="{i * 2}pt" fo:margin-bottom="6pt"/></style:style>'
    for i, a in enumerate(['fo:line-height="150%"', 'fo:line-height="200%"', 'fo:line-height="28pt"',
                           'style:line-height-at-least="20pt"', 'fo:line-height="115%"']))
body = "".join(p(cn(2), f"LS{i % 5}") for i in range(12))
docs["line-spacing"] = document(body, asian="宋体", asian_size="12pt", auto_styles=spacing)

deco = ('<style:style style:name="RULE" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center" fo:border-bottom="1.5pt solid #ff0000" fo:padding-bottom="0.2cm" fo:margin-bottom="0.5cm"/>'
        '<style:text-properties fo:color="#ff0000" style:font-name-asian="方正小标宋简体" style:font-size-asian="26pt" fo:font-size="26pt"/></style:style>'
        '<style:style style:name="SHADE" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:background-color="#e6e6e6" fo:border="0.5pt solid #808080" fo:padding="0.1cm"/></style:style>')
body = p("示范区工作进展简报", "RULE") + p(cn(2)) + p("提示：" + cn(1), "SHADE") + p(cn(3))
docs["borders-shading"] = document(body, auto_styles=deco)

tabs = ('<style:style style:name="TAB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties>'
        '<style:tab-stops><style:tab-stop style:position="15.6cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>'
        '<style:style style:name="DOTS" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties>'
        '<style:tab-stops><style:tab-stop style:position="15.6cm" style:type="right" style:leader-style="dotted" style:leader-text="."/>'
        '</style:tab-stops></style:paragraph-properties></style:style>')
body = '<text:p text:style-name="TAB">示范区管委会办公室<text:tab/>2026年3月15日印发</text:p>'
body += "".join(f'<text:p text:style-name="DOTS">{esc(t)}<text:tab/>{n}</text:p>'
                for n, t in enumerate(["一、总体情况", "二、主要指标", "三、重点项目", "四、附件"], start=1))
body += p(cn(2))
docs["tabs-leaders"] = document(body, asian="宋体", asian_size="12pt", auto_styles=tabs)

fmt = "".join(f'<style:style style:name="F{i}" style:family="text"><style:text-properties {a}/></style:style>' for i, a in enumerate([
    'fo:font-weight="bold" style:font-weight-asian="bold"', 'fo:font-style="italic" style:font-style-asian="italic"',
    'style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"',
    'style:text-position="super 58%"', 'style:text-position="sub 58%"',
    'style:text-line-through-style="solid"', 'fo:color="#c00000"', 'fo:background-color="#ffff00"']))
body = ""
for k in range(6):
    parts = []
    for i in range(8):
        parts.append(f'<text:span text:style-name="F{i}">{esc(rnd.choice(["重点", "GDP", "m²", "同比", "H₂O", "增长"]))}</text:span>')
    body += f'<text:p text:style-name="Text_20_body">{esc(cn(1))}{"，".join(parts)}。{esc(cn(1))}</text:p>'
docs["text-formatting"] = document(body, asian="宋体", asian_size="12pt", auto_styles=fmt)

st, inner = table("T5", [2.5, 3.0], ["子项", "数值"], [["甲", "1.5"], ["乙", "2.5"]])
st2, outer = table("T6", [3.0, 7.0, 5.6], ["项目", "说明", "明细"], [["一", cn(1), "见右"], ["二", cn(1), "略"]])
outer = outer.replace('<text:p text:style-name="Table_20_Contents">见右</text:p>', inner)
docs["table-nested"] = document(p(cn(1)) + outer + p(cn(1)), asian="宋体", asian_size="12pt", auto_styles=cell_style + st + st2)

def vtable():
    out = ('<table:table table:name="T7" table:style-name="T7"><table:table-column table:style-name="T7.C0"/>'
           '<table:table-column table:style-name="T7.C1"/><table:table-column table:style-name="T7.C2"/>')
    out += "<table:table-row>" + cell("类别") + cell("项目") + cell("进度") + "</table:table-row>"
    for g, items in [("工业", ["新材料产业园", "智能装备基地", "汽车零部件"]), ("民生", ["中小学扩建", "养老中心"])]:
        for i, it in enumerate(items):
            first = (f'<table:table-cell table:style-name="Tc" table:number-rows-spanned="{len(items)}" office:value-type="string">'
                     f'<text:p text:style-name="Table_20_Contents">{g}</text:p></table:table-cell>') if i == 0 else "<table:covered-table-cell/>"
            out += "<table:table-row>" + first + cell(it) + cell(cn(1)[:24]) + "</table:table-row>"
    return out + "</table:table>"
vst = ('<style:style style:name="T7" style:family="table"><style:table-properties style:width="15.6cm" table:align="center"/></style:style>'
       + "".join(f'<style:style style:name="T7.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>'
                 for i, w in enumerate([2.5, 4.5, 8.6])))
docs["table-vmerge"] = document(p(cn(1)) + vtable() + p(cn(1)), asian="宋体", asian_size="12pt", auto_styles=cell_style + vst)

cols = ('<style:style style:name="Sect2" style:family="section"><style:section-properties><style:columns fo:column-count="2" '
        'fo:column-gap="0.8cm"/></style:section-properties></style:style>')
body = p(cn(2)) + '<text:section text:style-name="Sect2" text:name="两栏">' + "".join(p(cn(2)) for _ in range(6)) + "</text:section>" + p(cn(1))
docs["columns-two"] = document(body, asian="宋体", asian_size="12pt", auto_styles=cols)

logo = base64.b64encode(png(60, 20, (30, 60, 160))).decode()
header = (f'<text:p text:style-name="Header"><draw:frame draw:style-name="fr0" draw:name="logo" text:anchor-type="as-char" '
          f'svg:width="2.4cm" svg:height="0.8cm" draw:z-index="0"><draw:image><office:binary-data>{logo}</office:binary-data>'
          f'</draw:image></draw:frame> 示范区管委会</text:p>')
docs["header-picture"] = document("".join(p(cn(2)) for _ in range(5)), header=header, footer=PAGE_FOOTER,
                                  auto_styles=frame_style("fr0", "none", "center", "paragraph", "baseline", "top"))

indents = ('<style:style style:name="HANG" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties '
           'fo:margin-left="2cm" fo:text-indent="-1cm"/></style:style>'
           '<style:style style:name="BOTH" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties '
           'fo:margin-left="1.5cm" fo:margin-right="1.5cm" fo:text-align="justify"/></style:style>'
           '<style:style style:name="CEN" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>'
           '<style:style style:name="RIGHT" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>')
body = p("附件：" + cn(1), "HANG") + p(cn(2), "BOTH") + p("（此件公开发布）", "CEN") + p("示范区管委会", "RIGHT") + p("2026年3月15日", "RIGHT") + p(cn(2))
docs["indents-alignment"] = document(body, auto_styles=indents)

body = ""
for i in range(1, 9):
    body += h(f"第{i}部分") + "".join(p(cn(3)) for _ in range(4))
docs["long-report"] = document(body, footer=PAGE_FOOTER)

for name, xml in docs.items():
    with open(os.path.join(OUT, name + ".fodt"), "w", encoding="utf-8") as f:
        f.write(xml)
files = [os.path.join(OUT, n + ".fodt") for n in docs]
subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.abspath(os.path.join(OUT, ".profile")), "--headless",
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", OUT] + files, check=True)

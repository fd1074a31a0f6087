package org.jianbao.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/** Word documents built with POI for the PDF tests: a GB/T 9704 style briefing and smaller layouts. */
final class TestDocuments {

    static final String BODY_FONT = "仿宋_GB2312";

    private TestDocuments() {
    }

    /** A4 with GB/T 9704 margins, optional line grid, and a Normal style in 3号 (16 pt) body font. */
    static XWPFDocument a4(boolean grid, String bodyFont, int halfPoints) {
        XWPFDocument doc = new XWPFDocument();
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults.addNewRFonts(), bodyFont, "Times New Roman");
        defaults.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.setDefault(true);
        normal.addNewName().setVal("Normal");
        CTRPr nr = normal.addNewRPr();
        fonts(nr.addNewRFonts(), bodyFont, "Times New Roman");
        nr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        doc.createStyles().setStyles(styles);
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz sz = sect.addNewPgSz();
        sz.setW(BigInteger.valueOf(11906));
        sz.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(2098));
        mar.setBottom(BigInteger.valueOf(1984));
        mar.setLeft(BigInteger.valueOf(1588));
        mar.setRight(BigInteger.valueOf(1474));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(992));
        if (grid) {
            CTDocGrid g = sect.addNewDocGrid();
            g.setType(STDocGrid.LINES);
            g.setLinePitch(BigInteger.valueOf(579));
        }
        return doc;
    }

    static void fonts(CTFonts f, String eastAsia, String ascii) {
        f.setEastAsia(eastAsia);
        f.setAscii(ascii);
        f.setHAnsi(ascii);
    }

    static XWPFRun run(XWPFParagraph p, String text, String font, int halfPoints, boolean condensed) {
        XWPFRun r = p.createRun();
        r.setText(text);
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        fonts(rpr.addNewRFonts(), font, "Times New Roman");
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (condensed) {
            rpr.addNewSpacing().setVal(BigInteger.valueOf(-5));
        }
        return r;
    }

    static XWPFParagraph body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(640);
        run(p, text, BODY_FONT, 32, true);
        return p;
    }

    static XWPFParagraph heading(XWPFDocument doc, String text, String font) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(640);
        p.getCTP().getPPr().addNewKeepNext();
        run(p, text, font, 32, true);
        return p;
    }

    static final List<String> BODY = List.of(
            "今年以来，全县上下深入学习贯彻党的二十届三中全会精神，坚持稳中求进工作总基调，统筹推进稳增长、调结构、促改革、惠民生、防风险各项工作，经济运行总体平稳、稳中有进，主要指标好于预期。",
            "1—10月，全县地区生产总值（GDP）完成128.6亿元，同比增长6.2%，高于全市平均0.4个百分点，全市排名第3位。规模以上工业增加值同比增长8.1%，增速较1—9月加快0.3个百分点。",
            "工业经济稳中向好。全县规模以上工业企业达到236家，新增入规企业18家。重点产业链加快延链补链，新材料产业产值同比增长12.4%，装备制造业产值同比增长9.7%，对规上工业增长的贡献率达到56.3%。",
            "项目建设提速增效。全县实施重点项目142个，完成投资86.5亿元，占年度计划的91.2%；其中新开工项目37个，竣工投产项目21个。“标准地+承诺制”改革深入推进，项目从拿地到开工平均用时缩短至45天。",
            "消费市场持续回暖。社会消费品零售总额完成96.3亿元，同比增长5.8%。举办“乐购新春”“金秋消费季”等促消费活动24场，发放消费券1200万元，直接带动消费3.6亿元。",
            "民生保障扎实有力。一般公共预算民生支出占比达到78.4%，城镇新增就业6850人，城镇调查失业率控制在5%以内。新建改造城市道路23公里，完成老旧小区改造41个，惠及居民1.2万户。",
            "在看到成绩的同时，也要清醒认识到，当前经济运行中仍存在一些困难和问题：一是工业投资增长乏力，同比下降2.1%；二是部分企业生产经营困难，订单不足、成本上升问题较为突出；三是财政收支矛盾加剧，“三保”支出压力较大。",
            "下一步，全县将紧扣全年目标任务，坚持问题导向，聚焦薄弱环节，全力以赴稳增长、抓项目、强产业、优环境、惠民生，确保全年主要经济指标圆满完成，为“十五五”开好局打下坚实基础。",
            "一要全力抓好项目攻坚。紧盯年度投资计划，实行“一个项目、一名领导、一个专班、一抓到底”工作机制，加快在建项目建设进度，推动已签约项目尽快落地开工。",
            "二要着力稳定工业运行。建立重点企业运行监测和帮扶机制，落实惠企政策，帮助企业拓市场、保订单、降成本；推动企业技术改造和数字化转型，力争全年新增入规企业25家以上。");

    /** A 2–3 page GB/T 9704 style briefing: red masthead with a bottom border, headings, a table, page numbers. */
    static XWPFDocument briefing() {
        XWPFDocument doc = a4(true, BODY_FONT, 32);
        XWPFParagraph name = doc.createParagraph();
        name.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun n = run(name, "城关县工作进展简报", "方正小标宋简体", 84, false);
        n.setColor("E60012");
        XWPFParagraph issue = doc.createParagraph();
        issue.setAlignment(ParagraphAlignment.CENTER);
        run(issue, "第5期", BODY_FONT, 32, false);
        XWPFParagraph unit = doc.createParagraph();
        CTPPr ppr = unit.getCTP().isSetPPr() ? unit.getCTP().getPPr() : unit.getCTP().addNewPPr();
        CTTabStop tab = ppr.addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(8844));
        CTBorder bottom = ppr.addNewPBdr().addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(18));
        bottom.setSpace(BigInteger.valueOf(1));
        bottom.setColor("E60012");
        XWPFRun u = run(unit, "城关县人民政府办公室", BODY_FONT, 32, false);
        u.addTab();
        u.setText("2026年11月27日");
        doc.createParagraph();
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, "全县经济运行稳中有进 主要指标好于预期", "方正小标宋简体", 44, false);
        doc.createParagraph();
        heading(doc, "一、总体情况", "黑体");
        body(doc, BODY.get(0));
        body(doc, BODY.get(1));
        XWPFParagraph tableTitle = doc.createParagraph();
        tableTitle.setAlignment(ParagraphAlignment.CENTER);
        tableTitle.getCTP().getPPr().addNewKeepNext();
        run(tableTitle, "表1 主要经济指标完成情况（括号内为位次）", "黑体", 28, false);
        indicatorTable(doc);
        heading(doc, "二、主要特点", "黑体");
        heading(doc, "（一）工业经济稳中向好", "楷体_GB2312");
        body(doc, BODY.get(2));
        heading(doc, "（二）项目建设提速增效", "楷体_GB2312");
        body(doc, BODY.get(3));
        body(doc, BODY.get(4));
        body(doc, BODY.get(5));
        heading(doc, "三、存在问题", "黑体");
        body(doc, BODY.get(6));
        heading(doc, "四、下一步工作", "黑体");
        body(doc, BODY.get(7));
        body(doc, BODY.get(8));
        body(doc, BODY.get(9));
        officialFooters(doc);
        return doc;
    }

    static void indicatorTable(XWPFDocument doc) {
        String[][] rows = {
                {"指标", "绝对值", "同比增长（%）", "位次"},
                {"地区生产总值（亿元）", "128.6", "6.2", "3"},
                {"规上工业增加值", "—", "8.1", "2"},
                {"固定资产投资", "—", "4.5", "5"},
                {"社会消费品零售总额（亿元）", "96.3", "5.8", "4"},
                {"一般公共预算收入（亿元）", "9.8", "3.2", "6"}};
        XWPFTable t = doc.createTable(rows.length, 4);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int[] widths = {3844, 1700, 1900, 1400};
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = t.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < 4; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(Integer.toString(widths[c]));
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                run(p, rows[r][c], r == 0 ? "黑体" : BODY_FONT, 28, false);
            }
        }
    }

    /** "— 1 —" in 4号 宋体: right on odd pages, left on even pages, one character in. */
    static void officialFooters(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        pageNumberFooter(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumberFooter(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    static void pageNumberFooter(XWPFFooter footer, ParagraphAlignment align) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(align);
        if (align == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(280);
        } else {
            p.setIndentationLeft(280);
        }
        run(p, "— ", "宋体", 28, false);
        XWPFRun begin = run(p, "", "宋体", 28, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = run(p, "", "宋体", 28, false);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun sep = run(p, "", "宋体", 28, false);
        sep.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", "宋体", 28, false);
        XWPFRun end = run(p, "", "宋体", 28, false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", "宋体", 28, false);
    }

    /** A table whose vertically merged first column runs across a page break. */
    static XWPFDocument mergedTableAcrossPages() {
        XWPFDocument doc = a4(true, BODY_FONT, 32);
        for (int i = 0; i < 3; i++) {
            body(doc, BODY.get(i));
        }
        int rows = 16;
        XWPFTable t = doc.createTable(rows, 3);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : new int[] {2000, 4844, 2000}) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < rows; r++) {
            XWPFTableRow row = t.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            XWPFTableCell first = row.getCell(0);
            if (r >= 1) {
                first.getCTTc().addNewTcPr().addNewVMerge().setVal(r == 1 ? STMerge.RESTART : STMerge.CONTINUE);
            }
            String[] texts = r == 0 ? new String[] {"类别", "任务", "时限"}
                    : new String[] {r == 1 ? "重点任务" : "", "任务事项第" + r + "项", "12月底"};
            for (int c = 0; c < 3; c++) {
                if (!texts[c].isEmpty()) {
                    run(row.getCell(c).getParagraphs().get(0), texts[c], BODY_FONT, 28, false);
                }
            }
        }
        // gridSpan in the last row: one cell spanning the two right columns
        XWPFTableRow last = t.createRow();
        last.getCell(0).getParagraphs().get(0).createRun();
        run(last.getCell(0).getParagraphs().get(0), "合计", BODY_FONT, 28, false);
        last.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2));
        run(last.getCell(1).getParagraphs().get(0), "共十五项任务", BODY_FONT, 28, false);
        last.removeCell(2);
        body(doc, BODY.get(7));
        return doc;
    }

    /** A study-notes task table (任务/牵头单位/责任单位/时限) whose long rows break across a page. */
    static XWPFDocument taskTable() {
        XWPFDocument doc = a4(true, BODY_FONT, 32);
        for (int i = 0; i < 6; i++) {
            body(doc, BODY.get(i));
        }
        String[][] rows = new String[9][];
        rows[0] = new String[] {"任务", "牵头单位", "责任单位", "时限"};
        for (int r = 1; r < rows.length; r++) {
            rows[r] = new String[] {BODY.get(r % BODY.size()), "县发展改革局", "各乡镇人民政府、县直有关部门", "2026年12月底"};
        }
        XWPFTable t = doc.createTable(rows.length, 4);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int[] widths = {4244, 1500, 1700, 1400};
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = t.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < 4; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(Integer.toString(widths[c]));
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(c == 0 ? ParagraphAlignment.BOTH : ParagraphAlignment.CENTER);
                run(p, rows[r][c], r == 0 ? "黑体" : BODY_FONT, 24, false);
            }
        }
        body(doc, BODY.get(9));
        return doc;
    }

    /**
     * A 400-row table of one-line rows (序号/项目名称/责任单位/进度), as offices keep ledgers: the rows per page
     * must be LibreOffice's (cell margins, borders and line height in cells, with or without the document grid).
     */
    static XWPFDocument longTable(boolean grid, int halfPoints) {
        XWPFDocument doc = a4(grid, BODY_FONT, 32);
        body(doc, BODY.get(0));
        int rows = 400;
        XWPFTable t = doc.createTable(rows, 4);
        CTTblGrid tblGrid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (tblGrid.sizeOfGridColArray() > 0) {
            tblGrid.removeGridCol(0);
        }
        int[] widths = {900, 4200, 2300, 1444};
        for (int w : widths) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < rows; r++) {
            XWPFTableRow row = t.getRow(r);
            String[] cells = r == 0 ? new String[] {"序号", "项目名称", "责任单位", "进度"}
                    : new String[] {Integer.toString(r), "重点项目第" + r + "号建设工程", "县发展改革局", r % 3 == 0 ? "已开工" : "在建"};
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < 4; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(Integer.toString(widths[c]));
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(ParagraphAlignment.CENTER);
                run(p, cells[c], r == 0 ? "黑体" : BODY_FONT, halfPoints, false);
            }
        }
        return doc;
    }

    /** Paragraphs without a grid, exact 28 pt spacing, mixed CJK and Latin, four pages or so. */
    static XWPFDocument plainMixed() {
        XWPFDocument doc = a4(false, BODY_FONT, 28);
        for (int round = 0; round < 4; round++) {
            for (String text : BODY) {
                body(doc, text).setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
            }
        }
        return doc;
    }

    static XWPFDocument reload(XWPFDocument doc) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XWPFDocument doc) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.jianbao.report.authoring;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.wp.usermodel.HeaderFooterType;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A blank official document (GB/T 9704-2012) to write a template into: page, grid, styles, footers and settings
 * as {@code docs/notes/report.md} explains, and a few helpers for the paragraphs and tables the templates use.
 * Users edit the result in Word; the styles carry the look so that a new paragraph typed there looks right too.
 */
final class OfficialDocx {

    static final String FANGSONG = "仿宋_GB2312";
    static final String HEITI = "黑体";
    static final String KAITI = "楷体_GB2312";
    static final String XIAOBIAOSONG = "方正小标宋简体";
    static final String SONGTI = "宋体";

    /** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 小初 36 pt. */
    static final int SIZE_2 = 44;
    static final int SIZE_3 = 32;
    static final int SIZE_4 = 28;
    static final int SIZE_SMALL_4 = 24;
    static final int SIZE_5 = 21;
    static final int SIZE_SMALL_0 = 72;

    /** Page and text block in twips: A4, margins 37/35/28/26 mm, 22 lines of 579 twips. */
    static final int PAGE_W = 11906;
    static final int PAGE_H = 16838;
    static final int MARGIN_TOP = 2098;
    static final int MARGIN_BOTTOM = 1984;
    static final int MARGIN_LEFT = 1588;
    static final int MARGIN_RIGHT = 1474;
    static final int TEXT_WIDTH = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;
    static final int LINE_PITCH = 579;
    /** The footer's distance from the page edge, putting 「— 1 —」 about 7 mm below the text block. */
    static final int FOOTER = 1247;
    /** Body runs are condensed by 0.25 pt so that 28 characters fit a line (LAYOUT.md). */
    static final int CONDENSE = -5;
    /** One character of 三号 text, for the 2-character first-line indent. */
    static final int CHAR = 320;
    /** One character of 四号 text: the page number's inset from the text block's edge. */
    static final int CHAR_4 = 280;

    /** Paragraph styles; the ids are what {@link #paragraph(String)} takes. */
    static final String NORMAL = "Normal";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String TITLE = "DocTitle";
    static final String SUBTITLE = "DocSubtitle";
    static final String CENTERED = "Centered";
    static final String FLUSH = "Flush";
    static final String MASTHEAD = "Masthead";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEAD = "TableHead";
    static final String CAPTION = "TableCaption";
    static final String NOTE = "Note";
    static final String TAIL = "Tail";
    static final String FOOTER_STYLE = "Footer";

    /** Styles whose runs are condensed (the body grid); the others keep their natural width. */
    private static final java.util.Set<String> CONDENSED = java.util.Set.of(NORMAL, HEADING_1, HEADING_2, SUBTITLE,
            CENTERED, FLUSH, NOTE);

    private final XWPFDocument doc = new XWPFDocument();

    OfficialDocx(String title) {
        styles();
        page();
        footers();
        doc.setEvenAndOddHeadings(true);
        compatibilityMode15();
        // A fixed creation date keeps re-generated templates identical apart from the zip's own timestamps.
        doc.getProperties().getCoreProperties().setCreated(Optional.of(new Date(1_790_000_000_000L)));
        doc.getProperties().getCoreProperties().setTitle(title);
        doc.getProperties().getCoreProperties().setCreator("jianbao");
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
    }

    // ---------------------------------------------------------------- paragraphs

    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        return p;
    }

    /** A paragraph of one run. */
    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = paragraph(style);
        run(p, text);
        return p;
    }

    /** A paragraph holding only a section tag ({@code {{?rows}}}, {@code {{/rows}}}); the engine removes it. */
    void tag(String tag) {
        paragraph(NORMAL, tag);
    }

    XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setText(text);
        if (CONDENSED.contains(p.getStyle())) {
            rPr(r).addNewSpacing().setVal(BigInteger.valueOf(CONDENSE));
        }
        return r;
    }

    /** A run in another font than its paragraph's (a run-in 楷体 heading, a 黑体 label). */
    XWPFRun run(XWPFParagraph p, String text, String font) {
        XWPFRun r = run(p, text);
        fonts(rPr(r).addNewRFonts(), font);
        return r;
    }

    /** Keeps the paragraph on the page of the next one (a chart with its caption, a caption with its table). */
    XWPFParagraph keepWithNext(XWPFParagraph p) {
        pPr(p).addNewKeepNext();
        return p;
    }

    /** A caption under a figure: the caption style, but not kept with what follows (it ends the figure). */
    XWPFParagraph captionBelow(String text) {
        XWPFParagraph p = paragraph(CAPTION, text);
        pPr(p).addNewKeepNext().setVal(false);
        return p;
    }

    /** Table text in 五号 instead of 小四, for a table with many columns (the briefing's indicator table). */
    void smallTables() {
        CTStyle style = doc.getStyles().getStyle(TABLE_TEXT).getCTStyle();
        CTRPr r = style.getRPr();
        r.getSzArray(0).setVal(BigInteger.valueOf(SIZE_5));
        r.getSzCsArray(0).setVal(BigInteger.valueOf(SIZE_5));
        // Exactly 15 pt a line: 五号 (10.5 pt) with room for its ascent, rows no taller than their text.
        var spacing = style.getPPr().isSetSpacing() ? style.getPPr().getSpacing() : style.getPPr().addNewSpacing();
        spacing.setLine(BigInteger.valueOf(300));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
    }

    /** An empty line of the grid. */
    void blank() {
        paragraph(NORMAL);
    }

    /** The masthead's line: issuing office flush left, date flush right on a right tab stop. */
    XWPFParagraph leftRight(String left, String right) {
        XWPFParagraph p = paragraph(FLUSH);
        CTTabStop tab = pPr(p).addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
        run(p, left);
        XWPFRun tabRun = p.createRun();
        rPr(tabRun).addNewSpacing().setVal(BigInteger.valueOf(CONDENSE));
        tabRun.addTab();
        run(p, right);
        return p;
    }

    /** The masthead's red rule: an empty paragraph, out of the grid, with a bottom border across the text block. */
    void redRule() {
        XWPFParagraph p = paragraph(FLUSH);
        CTPPr ppr = pPr(p);
        border(ppr.addNewPBdr().addNewBottom(), 12, "FF0000");
        ppr.addNewSnapToGrid().setVal(false);
        var spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.valueOf(LINE_PITCH));
        spacing.setLine(BigInteger.valueOf(120));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        var mark = ppr.addNewRPr();
        mark.addNewSz().setVal(BigInteger.valueOf(4));
    }

    // ---------------------------------------------------------------- tables

    /**
     * A table across the text block: a repeated header row, then one row per entry in {@code rows}; cells are
     * 小四 仿宋, centred unless {@code left[c]}.
     */
    XWPFTable table(int[] widths, boolean[] left, String[] header, String[]... rows) {
        XWPFTable t = doc.createTable(1 + rows.length, widths.length);
        layout(t, widths);
        CTTblBorders b = t.getCTTbl().getTblPr().addNewTblBorders();
        border(b.addNewTop(), 8, "000000");
        border(b.addNewLeft(), 4, "000000");
        border(b.addNewBottom(), 8, "000000");
        border(b.addNewRight(), 4, "000000");
        border(b.addNewInsideH(), 4, "000000");
        border(b.addNewInsideV(), 4, "000000");
        fillRow(t.getRow(0), widths, null, header, TABLE_HEAD);
        CTTrPr head = t.getRow(0).getCtRow().isSetTrPr() ? t.getRow(0).getCtRow().getTrPr() : t.getRow(0).getCtRow().addNewTrPr();
        head.addNewTblHeader().setVal(true);
        head.addNewCantSplit().setVal(true);
        for (int i = 0; i < rows.length; i++) {
            fillRow(t.getRow(i + 1), widths, left, rows[i], TABLE_TEXT);
            XWPFTableRow row = t.getRow(i + 1);
            (row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr()).addNewCantSplit().setVal(true);
        }
        return t;
    }

    /**
     * A table whose header has two rows: a top cell spanning several columns (年度目标) over their own labels
     * (总量, 增速, 排名); the other header cells span both rows. Header labels break only where {@code \n} says, so no
     * word is split. With {@code keepTogether} every paragraph is "keep with next", Word's way of keeping a table
     * on one page (and with the note below it) when it fits.
     *
     * @param top   the labels of the first header row, one per group
     * @param spans how many columns each group covers (1: the cell spans both header rows)
     * @param sub   the second-row labels of the columns under groups wider than one, in column order
     */
    XWPFTable groupedTable(int[] widths, int margin, String[] top, int[] spans, String[] sub, String[] row,
            boolean keepTogether) {
        XWPFTable t = doc.createTable(3, widths.length);
        layout(t, widths);
        var mar = t.getCTTbl().getTblPr().getTblCellMar();
        mar.getLeft().setW(BigInteger.valueOf(margin));
        mar.getRight().setW(BigInteger.valueOf(margin));
        CTTblBorders b = t.getCTTbl().getTblPr().addNewTblBorders();
        border(b.addNewTop(), 8, "000000");
        border(b.addNewLeft(), 4, "000000");
        border(b.addNewBottom(), 8, "000000");
        border(b.addNewRight(), 4, "000000");
        border(b.addNewInsideH(), 4, "000000");
        border(b.addNewInsideV(), 4, "000000");
        String[] first = new String[widths.length];
        String[] second = new String[widths.length];
        int col = 0;
        int subIndex = 0;
        for (int g = 0; g < top.length; g++) {
            first[col] = top[g];
            for (int k = 0; k < spans[g]; k++) {
                second[col + k] = spans[g] == 1 ? "" : sub[subIndex++];
            }
            col += spans[g];
        }
        fillRow(t.getRow(0), widths, null, java.util.Arrays.stream(first).map(x -> x == null ? "" : x).toArray(String[]::new), TABLE_HEAD);
        fillRow(t.getRow(1), widths, null, second, TABLE_HEAD);
        fillRow(t.getRow(2), widths, null, row, TABLE_TEXT);
        col = 0;
        for (int g = 0; g < top.length; g++) {
            if (spans[g] == 1) {
                t.getRow(0).getCell(col).getCTTc().getTcPr().addNewVMerge().setVal(
                        org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
                t.getRow(1).getCell(col).getCTTc().getTcPr().addNewVMerge().setVal(
                        org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE);
            }
            col += spans[g];
        }
        // Spanned groups: the first cell of the group spans, the others go (from the right, so indexes hold).
        col = 0;
        java.util.List<int[]> groups = new java.util.ArrayList<>();
        for (int g = 0; g < top.length; g++) {
            groups.add(new int[] {col, spans[g]});
            col += spans[g];
        }
        for (int g = groups.size() - 1; g >= 0; g--) {
            int start = groups.get(g)[0];
            int span = groups.get(g)[1];
            if (span > 1) {
                XWPFTableCell cell = t.getRow(0).getCell(start);
                int total = 0;
                for (int k = 0; k < span; k++) {
                    total += widths[start + k];
                }
                cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
                cell.getCTTc().getTcPr().getTcW().setW(BigInteger.valueOf(total));
                for (int k = span - 1; k >= 1; k--) {
                    t.getRow(0).removeCell(start + k);
                }
            }
        }
        for (int r = 0; r < 2; r++) {
            CTTrPr pr = t.getRow(r).getCtRow().isSetTrPr() ? t.getRow(r).getCtRow().getTrPr() : t.getRow(r).getCtRow().addNewTrPr();
            pr.addNewTblHeader().setVal(true);
            pr.addNewCantSplit().setVal(true);
        }
        CTTrPr body = t.getRow(2).getCtRow().isSetTrPr() ? t.getRow(2).getCtRow().getTrPr() : t.getRow(2).getCtRow().addNewTrPr();
        body.addNewCantSplit().setVal(true);
        for (XWPFTableRow r : t.getRows()) {
            for (XWPFTableCell c : r.getTableCells()) {
                for (XWPFParagraph p : c.getParagraphs()) {
                    breakLines(p);
                    if (keepTogether) {
                        pPr(p).addNewKeepNext();
                    }
                }
            }
        }
        return t;
    }

    /** A run holding {@code \n} becomes runs with line breaks between them. */
    private void breakLines(XWPFParagraph p) {
        for (XWPFRun r : new java.util.ArrayList<>(p.getRuns())) {
            String text = r.getText(0);
            if (text != null && text.contains("\n")) {
                String[] lines = text.split("\n");
                r.setText(lines[0], 0);
                for (int i = 1; i < lines.length; i++) {
                    r.addBreak();
                    r.setText(lines[i]);
                }
            }
        }
    }

    /**
     * The 报尾: a one-column table ruled above and below (0.35 mm), a thinner rule (0.25 mm) above its last row,
     * no side or inner rules, 四号 仿宋, the last row flush right.
     */
    XWPFTable tail(String repeatedLine, String lastLine) {
        int[] widths = {TEXT_WIDTH};
        XWPFTable t = doc.createTable(2, 1);
        layout(t, widths);
        // In the flow after the body, not floating: LibreOffice 7.4 lost a bottom-anchored floating table
        // (tblpPr tblpYSpec=bottom) entirely, and our own PDF renderer would have to implement floats.
        CTTblBorders b = t.getCTTbl().getTblPr().addNewTblBorders();
        border(b.addNewTop(), 8, "000000");
        border(b.addNewBottom(), 8, "000000");
        for (var none : new CTBorder[] {b.addNewLeft(), b.addNewRight(), b.addNewInsideH(), b.addNewInsideV()}) {
            none.setVal(STBorder.NIL);
        }
        fillRow(t.getRow(0), widths, new boolean[] {true}, new String[] {repeatedLine}, TAIL);
        fillRow(t.getRow(1), widths, new boolean[] {false}, new String[] {lastLine}, TAIL);
        XWPFParagraph last = t.getRow(1).getCell(0).getParagraphs().get(0);
        last.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
        CTTcPr tc = t.getRow(1).getCell(0).getCTTc().getTcPr();
        border(tc.addNewTcBorders().addNewTop(), 4, "000000");
        return t;
    }

    private static void layout(XWPFTable t, int[] widths) {
        CTTbl tbl = t.getCTTbl();
        CTTblPr pr = CTTblPr.Factory.newInstance();
        var w = pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
        pr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        var mar = pr.addNewTblCellMar();
        mar.addNewTop().setW(BigInteger.valueOf(28));
        mar.getTop().setType(STTblWidth.DXA);
        mar.addNewLeft().setW(BigInteger.valueOf(85));
        mar.getLeft().setType(STTblWidth.DXA);
        mar.addNewBottom().setW(BigInteger.valueOf(28));
        mar.getBottom().setType(STTblWidth.DXA);
        mar.addNewRight().setW(BigInteger.valueOf(85));
        mar.getRight().setType(STTblWidth.DXA);
        tbl.setTblPr(pr);
        CTTblGrid grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    private void fillRow(XWPFTableRow row, int[] widths, boolean[] left, String[] texts, String style) {
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            var w = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(widths[c]));
            tc.addNewVAlign().setVal(STVerticalJc.CENTER);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle(style);
            if (left != null && left[c]) {
                p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.BOTH);
            }
            run(p, texts[c]);
        }
    }

    // ---------------------------------------------------------------- page, footers, styles

    /**
     * {@code <w:compat><w:compatSetting compatibilityMode=15/></w:compat>}: Word opens the file as a current
     * document rather than in "compatibility mode". POI's lite schema jar has no CTCompat, so the element is written
     * with a cursor; it goes last, after evenAndOddHeaders, as the schema orders them.
     */
    private void compatibilityMode15() {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        try (org.apache.xmlbeans.XmlCursor c = doc.getSettings().getCTSettings().newCursor()) {
            c.toEndToken();
            c.beginElement(new javax.xml.namespace.QName(w, "compat", "w"));
            c.beginElement(new javax.xml.namespace.QName(w, "compatSetting", "w"));
            c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "name", "w"), "compatibilityMode");
            c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "uri", "w"), "http://schemas.microsoft.com/office/word");
            c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "val", "w"), "15");
        }
    }

    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(FOOTER));
        mar.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
    }

    /** 「— n —」 in 四号 宋体: right (1 character in) on odd pages, left (1 character in) on even pages. */
    private void footers() {
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), true);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), false);
    }

    private void pageNumber(XWPFFooter footer, boolean odd) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle(FOOTER_STYLE);
        p.setAlignment(odd ? org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT
                : org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
        CTInd ind = pPr(p).addNewInd();
        if (odd) {
            ind.setRight(BigInteger.valueOf(CHAR_4));
        } else {
            ind.setLeft(BigInteger.valueOf(CHAR_4));
        }
        p.createRun().setText("— ");
        // A PAGE field with a cached result: Word and LibreOffice recompute it while laying out, and nothing asks
        // to "update fields" (settings carry no updateFields).
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(" PAGE ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        p.createRun().setText(" —");
    }

    private void styles() {
        CTStyles styles = CTStyles.Factory.newInstance();
        var defaults = styles.addNewDocDefaults();
        CTRPr rDefault = defaults.addNewRPrDefault().addNewRPr();
        fonts(rDefault.addNewRFonts(), FANGSONG);
        rDefault.addNewSz().setVal(BigInteger.valueOf(SIZE_3));
        rDefault.addNewSzCs().setVal(BigInteger.valueOf(SIZE_3));
        var lang = rDefault.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
        defaults.addNewPPrDefault().addNewPPr();

        // Normal: 3号 仿宋, justified, 2-character first-line indent, condensed 0.25 pt, on the grid. Widow control
        // is OFF on purpose: pages then fill all 22 grid lines as typed official documents do; headings are kept
        // with the next paragraph instead.
        CTStyle normal = style(styles, NORMAL, "Normal", null);
        normal.setDefault(true);
        normal.addNewQFormat();
        CTPPrGeneral np = normal.addNewPPr();
        np.addNewWidowControl().setVal(false);
        np.addNewJc().setVal(STJc.BOTH);
        CTInd nInd = np.addNewInd();
        nInd.setFirstLineChars(BigInteger.valueOf(200));
        nInd.setFirstLine(BigInteger.valueOf(2 * CHAR));
        CTRPr nr = normal.addNewRPr();
        fonts(nr.addNewRFonts(), FANGSONG);
        nr.addNewSpacing().setVal(BigInteger.valueOf(CONDENSE));
        nr.addNewSz().setVal(BigInteger.valueOf(SIZE_3));
        nr.addNewSzCs().setVal(BigInteger.valueOf(SIZE_3));

        heading(styles, HEADING_1, "heading 1", HEITI, 0);
        heading(styles, HEADING_2, "heading 2", KAITI, 1);

        // Title: off the grid with exact 30 pt lines, so a two-line 2号 title stays compact whatever the substitute
        // font's line gap (on the grid a tall font takes two grid lines per line).
        CTStyle title = style(styles, TITLE, "公文标题", NORMAL);
        CTPPrGeneral tp = title.addNewPPr();
        tp.addNewKeepNext();
        tp.addNewSnapToGrid().setVal(false);
        var tSpacing = tp.addNewSpacing();
        tSpacing.setBefore(BigInteger.ZERO);
        tSpacing.setAfter(BigInteger.ZERO);
        tSpacing.setLine(BigInteger.valueOf(600));
        tSpacing.setLineRule(STLineSpacingRule.EXACT);
        tp.addNewJc().setVal(STJc.CENTER);
        noIndent(tp.addNewInd());
        CTRPr tr = title.addNewRPr();
        fonts(tr.addNewRFonts(), XIAOBIAOSONG);
        tr.addNewSpacing().setVal(BigInteger.ZERO);
        tr.addNewSz().setVal(BigInteger.valueOf(SIZE_2));
        tr.addNewSzCs().setVal(BigInteger.valueOf(SIZE_2));

        centred(styles, SUBTITLE, "副标题", KAITI, SIZE_3);
        centred(styles, CENTERED, "居中", FANGSONG, SIZE_3);

        CTStyle flush = style(styles, FLUSH, "顶格", NORMAL);
        noIndent(flush.addNewPPr().addNewInd());

        CTStyle masthead = centred(styles, MASTHEAD, "报头", XIAOBIAOSONG, SIZE_SMALL_0);
        masthead.getRPr().addNewColor().setVal("FF0000");
        masthead.getRPr().addNewSpacing().setVal(BigInteger.ZERO);

        CTStyle caption = centred(styles, CAPTION, "表题", HEITI, SIZE_4);
        caption.getPPr().addNewKeepNext();

        CTStyle note = style(styles, NOTE, "注释", NORMAL);
        CTRPr noteR = note.addNewRPr();
        noteR.addNewSz().setVal(BigInteger.valueOf(SIZE_SMALL_4));
        noteR.addNewSzCs().setVal(BigInteger.valueOf(SIZE_SMALL_4));

        // Table text: 小四, off the grid (rows as tall as their text), not condensed.
        CTStyle table = style(styles, TABLE_TEXT, "表格文字", NORMAL);
        CTPPrGeneral tap = table.addNewPPr();
        tap.addNewWidowControl().setVal(true);
        tap.addNewSnapToGrid().setVal(false);
        tap.addNewJc().setVal(STJc.CENTER);
        noIndent(tap.addNewInd());
        CTRPr tar = table.addNewRPr();
        tar.addNewSpacing().setVal(BigInteger.ZERO);
        tar.addNewSz().setVal(BigInteger.valueOf(SIZE_SMALL_4));
        tar.addNewSzCs().setVal(BigInteger.valueOf(SIZE_SMALL_4));
        CTStyle tableHead = style(styles, TABLE_HEAD, "表格表头", TABLE_TEXT);
        tableHead.addNewPPr().addNewKeepNext();
        fonts(tableHead.addNewRPr().addNewRFonts(), HEITI);

        // 版记 / 报尾: 四号 仿宋, one character in from either side.
        CTStyle tail = style(styles, TAIL, "版记", NORMAL);
        CTPPrGeneral tlp = tail.addNewPPr();
        tlp.addNewSnapToGrid().setVal(false);
        tlp.addNewJc().setVal(STJc.LEFT);
        CTInd tlInd = tlp.addNewInd();
        tlInd.setLeft(BigInteger.valueOf(CHAR_4));
        tlInd.setRight(BigInteger.valueOf(CHAR_4));
        tlInd.setFirstLine(BigInteger.ZERO);
        tlInd.setFirstLineChars(BigInteger.ZERO);
        CTRPr tlr = tail.addNewRPr();
        tlr.addNewSpacing().setVal(BigInteger.ZERO);
        tlr.addNewSz().setVal(BigInteger.valueOf(SIZE_4));
        tlr.addNewSzCs().setVal(BigInteger.valueOf(SIZE_4));

        CTStyle footer = style(styles, FOOTER_STYLE, "footer", NORMAL);
        CTPPrGeneral fp = footer.addNewPPr();
        fp.addNewSnapToGrid().setVal(false);
        noIndent(fp.addNewInd());
        CTRPr fr = footer.addNewRPr();
        fonts(fr.addNewRFonts(), SONGTI);
        fr.addNewSpacing().setVal(BigInteger.ZERO);
        fr.addNewSz().setVal(BigInteger.valueOf(SIZE_4));
        fr.addNewSzCs().setVal(BigInteger.valueOf(SIZE_4));

        doc.createStyles().setStyles(styles);
    }

    private static CTStyle style(CTStyles styles, String id, String name, String basedOn) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewQFormat();
        }
        return s;
    }

    private static void heading(CTStyles styles, String id, String name, String font, int level) {
        CTStyle s = style(styles, id, name, NORMAL);
        s.addNewNext().setVal(NORMAL);
        CTPPrGeneral p = s.addNewPPr();
        p.addNewKeepNext();
        p.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        fonts(s.addNewRPr().addNewRFonts(), font);
    }

    private static CTStyle centred(CTStyles styles, String id, String name, String font, int size) {
        CTStyle s = style(styles, id, name, NORMAL);
        CTPPrGeneral p = s.addNewPPr();
        p.addNewJc().setVal(STJc.CENTER);
        noIndent(p.addNewInd());
        CTRPr r = s.addNewRPr();
        fonts(r.addNewRFonts(), font);
        r.addNewSz().setVal(BigInteger.valueOf(size));
        r.addNewSzCs().setVal(BigInteger.valueOf(size));
        return s;
    }

    private static void noIndent(CTInd ind) {
        ind.setFirstLineChars(BigInteger.ZERO);
        ind.setFirstLine(BigInteger.ZERO);
    }

    /** The same font for every script, with the East Asian slot set (what LibreOffice and Word pick for CJK). */
    static void fonts(CTFonts f, String font) {
        f.setAscii(font);
        f.setHAnsi(font);
        f.setEastAsia(font);
        f.setCs(font);
        f.setHint(STHint.EAST_ASIA);
    }

    private static void border(CTBorder b, int eighthsOfAPoint, String colour) {
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(eighthsOfAPoint));
        b.setSpace(BigInteger.ZERO);
        b.setColor(colour);
    }

    private static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    private static CTRPr rPr(XWPFRun r) {
        return r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
    }
}

package org.jianbao.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

/**
 * A table (w:tbl): column widths from the grid, cell margins, borders (table, style and cell level), shading,
 * horizontal (gridSpan) and vertical (vMerge) merges, vertical alignment; one {@link RowSlice} per row.
 */
final class TableLayout {

    private TableLayout() {
    }

    /** One cell as laid out; a vMerge continuation has {@code continued} set and no content of its own. */
    static final class Cell {
        int col;
        int span;
        float x;
        float width;
        boolean continued;
        int mergeRows = 1;
        Cell origin;
        String vAlign;
        Color shading;
        Border top;
        Border bottom;
        Border left;
        Border right;
        float marTop;
        float marBottom;
        float marLeft;
        List<Slice> content = List.of();
        float contentHeight;
    }

    /** The whole table: rows of cells and, once paginated, which page each row landed on. */
    static final class Model {
        final List<List<Cell>> rows = new ArrayList<>();
        final List<Float> heights = new ArrayList<>();
        /** Rows that must not break across pages: cantSplit, exact height, or part of a vertical merge. */
        final List<Boolean> keepTogether = new ArrayList<>();
        int[] rowPage;
        float[] rowTop;
        float tableX;
    }

    static Block.Table layout(Element tbl, float columnWidth, LayoutContext ctx, boolean grid) {
        boolean keptWithNext = true;
        Element tblPr = Wml.child(tbl, "tblPr");
        List<Element> layers = ctx.styles.tblPrLayers(tblPr);
        String styleId = Wml.attr(Wml.child(tblPr, "tblStyle"), "val");
        if (styleId == null) {
            styleId = ctx.styles.defaultTableStyle();
        }
        Border tTop = edge(layers, "tblBorders", "top");
        Border tBottom = edge(layers, "tblBorders", "bottom");
        Border tLeft = edge(layers, "tblBorders", "left", "start");
        Border tRight = edge(layers, "tblBorders", "right", "end");
        Border insideH = edge(layers, "tblBorders", "insideH");
        Border insideV = edge(layers, "tblBorders", "insideV");
        float marL = margin(layers, "tblCellMar", "left", "start", 5.4f);
        float marR = margin(layers, "tblCellMar", "right", "end", 5.4f);
        float marT = margin(layers, "tblCellMar", "top", null, 0f);
        float marB = margin(layers, "tblCellMar", "bottom", null, 0f);
        List<Element> trs = rows(tbl);
        float ind = Wml.twips(ctx.styles.intAttr(layers, "tblInd", "w"));
        float[] cols = TableColumns.widths(tbl, trs, layers, columnWidth - Math.max(0, ind), ctx, styleId, marL, marR);
        float[] colX = new float[cols.length + 1];
        for (int i = 0; i < cols.length; i++) {
            colX[i + 1] = colX[i] + cols[i];
        }
        float tableWidth = colX[cols.length];
        String jc = ctx.styles.attr(layers, "jc", "val");
        float tableX = "center".equals(jc) ? (columnWidth - tableWidth) / 2
                : "right".equals(jc) || "end".equals(jc) ? columnWidth - tableWidth : ind - marL;
        // left-aligned tables hang out by the cell margin so that cell text lines up with body text (as Word 2010
        // compatibility and LibreOffice place them)

        Model model = new Model();
        model.tableX = tableX;
        String savedStyle = ctx.tableStyle;
        boolean savedInCell = ctx.inTableCell;
        ctx.tableStyle = styleId;
        ctx.inTableCell = true;
        int headerRows = 0;
        boolean headerRun = true;
        List<float[]> rowRules = new ArrayList<>();
        try {
            for (int r = 0; r < trs.size(); r++) {
                Element tr = trs.get(r);
                Element trPr = Wml.child(tr, "trPr");
                if (headerRun && Wml.onOff(Wml.child(trPr, "tblHeader"))) {
                    headerRows++;
                } else {
                    headerRun = false;
                }
                Element trH = Wml.child(trPr, "trHeight");
                float h = Wml.twips(Wml.intAttr(trH, "val"));
                String hRule = Wml.attr(trH, "hRule");
                rowRules.add(new float[] {h, "exact".equals(hRule) ? 1 : 0});
                model.keepTogether.add(Wml.onOff(Wml.child(trPr, "cantSplit")) || "exact".equals(hRule));
                int col = TableColumns.count(Wml.child(trPr, "gridBefore"), 0);
                List<Cell> cells = new ArrayList<>();
                for (Element tc : tcs(tr)) {
                    Element tcPr = Wml.child(tc, "tcPr");
                    Cell cell = new Cell();
                    cell.span = Math.max(1, TableColumns.count(Wml.child(tcPr, "gridSpan"), 1));
                    cell.col = Math.min(col, cols.length - 1);
                    int end = Math.min(cols.length, cell.col + cell.span);
                    cell.x = colX[cell.col];
                    cell.width = colX[end] - colX[cell.col];
                    col += cell.span;
                    Element vMerge = Wml.child(tcPr, "vMerge");
                    cell.continued = vMerge != null && !"restart".equals(Wml.attr(vMerge, "val"));
                    cell.vAlign = Wml.attr(Wml.child(tcPr, "vAlign"), "val");
                    cell.shading = Wml.color(Wml.attr(Wml.child(tcPr, "shd"), "fill"));
                    if (cell.shading == null) {
                        cell.shading = Wml.color(ctx.styles.attr(layers, "shd", "fill"));
                    }
                    Element tcB = Wml.child(tcPr, "tcBorders");
                    boolean lastCol = end >= cols.length;
                    cell.top = override(tcB, "top", null, r == 0 ? tTop : insideH);
                    cell.bottom = override(tcB, "bottom", null, r == trs.size() - 1 ? tBottom : insideH);
                    cell.left = override(tcB, "left", "start", cell.col == 0 ? tLeft : insideV);
                    cell.right = override(tcB, "right", "end", lastCol ? tRight : insideV);
                    Element tcMar = Wml.child(tcPr, "tcMar");
                    cell.marLeft = cellMargin(tcMar, "left", "start", marL);
                    float right = cellMargin(tcMar, "right", "end", marR);
                    cell.marTop = cellMargin(tcMar, "top", null, marT);
                    cell.marBottom = cellMargin(tcMar, "bottom", null, marB);
                    if (!cell.continued) {
                        float inner = Math.max(1f, cell.width - cell.marLeft - right);
                        List<Slice> content = new ArrayList<>();
                        List<Element> blocks = new ArrayList<>();
                        DocxPdfRenderer.flatten(tc, blocks);
                        for (Element c : blocks) {
                            if ("p".equals(c.getLocalName())) {
                                Block.Para para = ParagraphLayout.layout(c, inner, ctx, grid);
                                keptWithNext &= para.keepNext();
                                content.addAll(para.slices());
                            } else if ("tbl".equals(c.getLocalName())) {
                                content.addAll(layout(c, inner, ctx, grid).slices());
                            }
                        }
                        cell.content = content;
                        cell.contentHeight = Block.height(content) + cell.marTop + cell.marBottom;
                    }
                    cells.add(cell);
                }
                model.rows.add(cells);
            }
        } finally {
            ctx.tableStyle = savedStyle;
            ctx.inTableCell = savedInCell;
        }
        // vertical merges: link continuations to their origin
        for (int r = 1; r < model.rows.size(); r++) {
            for (Cell c : model.rows.get(r)) {
                if (c.continued) {
                    Cell above = at(model.rows.get(r - 1), c.col);
                    Cell origin = above == null ? null : above.continued ? above.origin : above;
                    if (origin == null) {
                        c.continued = false;
                    } else {
                        model.keepTogether.set(r, true);
                        model.keepTogether.set(r - 1, true);
                        c.origin = origin;
                        origin.mergeRows++;
                        c.shading = origin.shading;
                    }
                }
            }
        }
        for (int r = 0; r < model.rows.size(); r++) {
            float[] rule = rowRules.get(r);
            float h = rule[0];
            if (rule[1] == 0) {
                for (Cell c : model.rows.get(r)) {
                    if (!c.continued && c.mergeRows == 1) {
                        h = Math.max(h, c.contentHeight);
                    }
                }
                if (h <= 0) {
                    h = 12f;
                }
                // LibreOffice makes a bordered row 0.75 pt taller than its content (measured on 0.5 pt borders)
                if (model.rows.get(r).stream().anyMatch(c -> c.top != null || c.bottom != null)) {
                    h += 0.75f;
                }
            }
            model.heights.add(h);
        }
        for (int r = 0; r < model.rows.size(); r++) {
            for (Cell c : model.rows.get(r)) {
                if (!c.continued && c.mergeRows > 1) {
                    float sum = 0;
                    for (int k = r; k < r + c.mergeRows && k < model.heights.size(); k++) {
                        sum += model.heights.get(k);
                    }
                    if (sum < c.contentHeight) {
                        int last = Math.min(model.heights.size() - 1, r + c.mergeRows - 1);
                        model.heights.set(last, model.heights.get(last) + c.contentHeight - sum);
                    }
                }
            }
        }
        model.rowPage = new int[model.rows.size()];
        model.rowTop = new float[model.rows.size()];
        java.util.Arrays.fill(model.rowPage, -1);
        List<Slice> slices = new ArrayList<>();
        for (int r = 0; r < model.rows.size(); r++) {
            slices.add(new RowSlice(model, r));
        }
        // Word keeps a table together (and with what follows) when every paragraph in it is "keep with next".
        return new Block.Table(slices, headerRows, keptWithNext && !model.rows.isEmpty(), false, model);
    }

    /** The table's rows, those in content controls included, without rows deleted with Track Changes. */
    static List<Element> rows(Element tbl) {
        List<Element> trs = new ArrayList<>();
        for (Element c : Wml.children(tbl)) {
            if ("tr".equals(c.getLocalName())) {
                trs.add(c);
            } else if ("sdt".equals(c.getLocalName())) {
                trs.addAll(Wml.children(Wml.child(c, "sdtContent"), "tr"));
            }
        }
        // a row deleted with Track Changes on is not in the document Word prints
        trs.removeIf(tr -> Wml.path(tr, "trPr", "del") != null);
        return trs;
    }

    static List<Element> tcs(Element tr) {
        List<Element> list = new ArrayList<>();
        for (Element c : Wml.children(tr)) {
            if ("tc".equals(c.getLocalName())) {
                list.add(c);
            } else if ("sdt".equals(c.getLocalName())) {
                list.addAll(Wml.children(Wml.child(c, "sdtContent"), "tc"));
            }
        }
        return list;
    }

    private static Cell at(List<Cell> row, int col) {
        for (Cell c : row) {
            if (c.col == col) {
                return c;
            }
        }
        return null;
    }

    private static Border edge(List<Element> layers, String group, String... names) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Element g = Wml.child(layers.get(i), group);
            for (String n : names) {
                Element e = Wml.child(g, n);
                if (e != null) {
                    return Border.of(e);
                }
            }
        }
        return null;
    }

    static float margin(List<Element> layers, String group, String name, String alt, float dflt) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Element g = Wml.child(layers.get(i), group);
            Element e = Wml.child(g, name);
            if (e == null && alt != null) {
                e = Wml.child(g, alt);
            }
            if (e != null && Wml.intAttr(e, "w") != null) {
                return Wml.twips(Wml.intAttr(e, "w"));
            }
        }
        return dflt;
    }

    static float cellMargin(Element tcMar, String name, String alt, float dflt) {
        Element e = Wml.child(tcMar, name);
        if (e == null && alt != null) {
            e = Wml.child(tcMar, alt);
        }
        Integer w = Wml.intAttr(e, "w");
        return w == null ? dflt : w / 20f;
    }

    private static Border override(Element tcBorders, String name, String alt, Border dflt) {
        Element e = Wml.child(tcBorders, name);
        if (e == null && alt != null) {
            e = Wml.child(tcBorders, alt);
        }
        return e == null ? dflt : Border.of(e);
    }

    /** One table row; draws shading, cell contents (merged cells from their first row) and borders. */
    /**
     * One table row, or one part of a row that breaks across pages ({@code parts}: the content of each cell in this
     * part, {@code partHeight} its height).
     */
    record RowSlice(Model model, int row, List<List<Slice>> parts, float partHeight) implements Slice {

        RowSlice(Model model, int row) {
            this(model, row, null, -1);
        }

        @Override
        public float height() {
            return parts == null ? model.heights.get(row) : partHeight;
        }

        /**
         * Breaks the row so that its first part fits in {@code avail} (rows may break across pages unless
         * {@code cantSplit}, as in Word and LibreOffice): each cell keeps the lines that fit, the rest goes to the
         * second part. Null when the row must stay whole or not even one line of it fits.
         */
        RowSlice[] split(float avail) {
            if (model.keepTogether.get(row)) {
                return null;
            }
            List<Cell> cells = model.rows.get(row);
            List<List<Slice>> first = new ArrayList<>();
            List<List<Slice>> rest = new ArrayList<>();
            float firstHeight = 0;
            float restHeight = 0;
            boolean any = false;
            boolean remaining = false;
            boolean starved = false;
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                List<Slice> content = parts == null ? c.content : parts.get(i);
                float used = c.marTop + c.marBottom;
                int k = 0;
                while (k < content.size() && used + content.get(k).height() - content.get(k).trailing() <= avail + 0.01f) {
                    used += content.get(k).height();
                    k++;
                }
                any |= k > 0;
                // a cell with text that cannot keep even its first line here moves the whole row (LibreOffice does
                // not leave one cell's line on a page and its neighbour's on the next: a torn one-line row)
                starved |= k == 0 && !content.isEmpty();
                remaining |= k < content.size();
                first.add(List.copyOf(content.subList(0, k)));
                rest.add(List.copyOf(content.subList(k, content.size())));
                firstHeight = Math.max(firstHeight, Math.min(avail, used));
                restHeight = Math.max(restHeight, Block.height(content.subList(k, content.size())) + c.marTop + c.marBottom);
            }
            if (!any || !remaining || starved) {
                return null;
            }
            float extra = model.rows.get(row).stream().anyMatch(c -> c.top != null || c.bottom != null) ? 0.75f : 0f;
            return new RowSlice[] {new RowSlice(model, row, first, firstHeight),
                    new RowSlice(model, row, rest, restHeight + extra)};
        }

        @Override
        public float trailing() {
            return 0;
        }

        @Override
        public boolean pageBreakAfter() {
            return false;
        }

        @Override
        public void draw(Painter p, float x, float yTop) {
            if (model.rowPage[row] < 0) {
                model.rowPage[row] = p.pageIndex();
                model.rowTop[row] = yTop;
            }
            float h = height();
            float tx = x + model.tableX;
            boolean firstOnPage = row == 0 || model.rowPage[row - 1] != p.pageIndex();
            List<Cell> rowCells = model.rows.get(row);
            for (int ci = 0; ci < rowCells.size(); ci++) {
                Cell c = rowCells.get(ci);
                List<Slice> content = parts == null ? c.content : parts.get(ci);
                float cx = tx + c.x;
                if (c.shading != null) {
                    p.fill(cx, yTop, c.width, h, c.shading);
                }
                if (!c.continued) {
                    // a merged cell's content goes in the part of its rows on this page
                    float span = 0;
                    for (int k = row; k < row + c.mergeRows && k < model.heights.size(); k++) {
                        span += model.heights.get(k);
                    }
                    if (parts != null) {
                        span = h;
                    }
                    float avail = Math.min(span, p.bottom() - yTop);
                    float contentHeight = parts == null ? c.contentHeight : Block.height(content) + c.marTop + c.marBottom;
                    float free = Math.max(0, avail - contentHeight);
                    float y = yTop + c.marTop + ("center".equals(c.vAlign) ? free / 2 : "bottom".equals(c.vAlign) ? free : 0);
                    for (Slice s : content) {
                        s.draw(p, cx + c.marLeft, y);
                        y += s.height();
                    }
                }
                boolean mergedBelow = isMergedBelow(c);
                boolean mergedAbove = c.continued && !firstOnPage;
                if (!mergedAbove && c.top != null) {
                    p.rule(cx, cx + c.width, yTop, c.top);
                }
                boolean lastOnPage = row + 1 >= model.rows.size() || yTop + h + model.heights.get(row + 1) > p.bottom() + 0.01f;
                Border bottom = c.continued ? (c.bottom != null ? c.bottom : c.origin.bottom) : c.bottom;
                if ((!mergedBelow || lastOnPage) && bottom != null) {
                    p.rule(cx, cx + c.width, yTop + h, bottom);
                }
                if (c.left != null) {
                    p.vrule(cx, yTop, yTop + h, c.left);
                }
                if (c.right != null) {
                    p.vrule(cx + c.width, yTop, yTop + h, c.right);
                }
            }
        }

        private boolean isMergedBelow(Cell c) {
            if (row + 1 >= model.rows.size()) {
                return false;
            }
            Cell below = at(model.rows.get(row + 1), c.col);
            return below != null && below.continued;
        }
    }
}

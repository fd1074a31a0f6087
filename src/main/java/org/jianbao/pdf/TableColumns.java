package org.jianbao.pdf;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

/**
 * Reads what {@link ColumnWidths} needs from a table (w:tbl): its grid, its preferred width, and for each row the
 * grid columns each cell takes with the cell's preferred width and, for an autofit table, its content's widths
 * (measured without laying anything out).
 */
final class TableColumns {

    /** Word's tables have at most 63 columns: a gridSpan or gridBefore beyond that is damage, not layout. */
    private static final int MAX_COLUMNS = 63;

    private TableColumns() {
    }

    /**
     * The grid columns' widths ({@link ColumnWidths}): fixed tables from the grid, autofit ones from preferred
     * widths and, measured here, their cells' content. As many columns as the grid or the widest row has.
     */
    static float[] widths(Element tbl, List<Element> trs, List<Element> layers, float available, LayoutContext ctx,
            String styleId, float marL, float marR) {
        List<Float> grid = grid(tbl);
        boolean fixed = "fixed".equals(ctx.styles.attr(layers, "tblLayout", "type"));
        ColumnWidths.Preferred tableWidth = ColumnWidths.Preferred.of(property(layers, "tblW"));
        List<List<ColumnWidths.Span>> rows = new ArrayList<>();
        String savedStyle = ctx.tableStyle;
        boolean savedInCell = ctx.inTableCell;
        ctx.tableStyle = styleId;
        ctx.inTableCell = true;
        try {
            for (Element tr : trs) {
                // a fixed table's content does not change its widths: nothing to measure
                rows.add(spans(tr, fixed ? null : ctx, marL, marR));
            }
        } finally {
            ctx.tableStyle = savedStyle;
            ctx.inTableCell = savedInCell;
        }
        int columns = columns(grid, rows);
        return fixed
                ? ColumnWidths.fixed(grid, rows.isEmpty() ? List.of() : rows.get(0), columns, tableWidth, available)
                : ColumnWidths.autofit(grid, rows, columns, tableWidth, available);
    }

    private static List<Float> grid(Element tbl) {
        List<Float> grid = new ArrayList<>();
        for (Element gc : Wml.children(Wml.child(tbl, "tblGrid"), "gridCol")) {
            grid.add(Wml.twips(Wml.intAttr(gc, "w")));
        }
        return grid;
    }

    /** As many columns as the grid or the widest row has (at least one). */
    private static int columns(List<Float> grid, List<List<ColumnWidths.Span>> rows) {
        int columns = Math.max(1, grid.size());
        for (List<ColumnWidths.Span> row : rows) {
            for (ColumnWidths.Span s : row) {
                columns = Math.max(columns, s.col() + s.span());
            }
        }
        return columns;
    }

    /**
     * One row's cells (and its gridBefore/gridAfter) over the grid, with their preferred widths and, when
     * {@code measure} gives a context, their content's widths.
     */
    private static List<ColumnWidths.Span> spans(Element tr, LayoutContext measure, float marL, float marR) {
        List<ColumnWidths.Span> spans = new ArrayList<>();
        Element trPr = Wml.child(tr, "trPr");
        int col = 0;
        int before = count(Wml.child(trPr, "gridBefore"), 0);
        if (before > 0) {
            spans.add(new ColumnWidths.Span(0, before, ColumnWidths.Preferred.of(Wml.child(trPr, "wBefore")),
                    ContentWidth.NONE));
            col = before;
        }
        for (Element tc : TableLayout.tcs(tr)) {
            Element tcPr = Wml.child(tc, "tcPr");
            int n = Math.max(1, count(Wml.child(tcPr, "gridSpan"), 1));
            ContentWidth content = ContentWidth.NONE;
            Element vMerge = Wml.child(tcPr, "vMerge");
            boolean continued = vMerge != null && !"restart".equals(Wml.attr(vMerge, "val"));
            if (measure != null && !continued) {
                Element tcMar = Wml.child(tcPr, "tcMar");
                float margins = TableLayout.cellMargin(tcMar, "left", "start", marL)
                        + TableLayout.cellMargin(tcMar, "right", "end", marR);
                content = cellContent(tc, measure).plus(margins);
            }
            spans.add(new ColumnWidths.Span(col, n, ColumnWidths.Preferred.of(Wml.child(tcPr, "tcW")), content));
            col += n;
        }
        int after = count(Wml.child(trPr, "gridAfter"), 0);
        if (after > 0) {
            spans.add(new ColumnWidths.Span(col, after, ColumnWidths.Preferred.of(Wml.child(trPr, "wAfter")),
                    ContentWidth.NONE));
        }
        return spans;
    }

    /** A gridSpan, gridBefore or gridAfter: {@code dflt} when absent, at most {@value #MAX_COLUMNS}. */
    static int count(Element e, int dflt) {
        Integer v = Wml.intAttr(e, "val");
        return v == null ? dflt : Math.max(0, Math.min(MAX_COLUMNS, v));
    }

    /** A cell's content widths: its paragraphs' and nested tables' widest. */
    private static ContentWidth cellContent(Element tc, LayoutContext ctx) {
        ContentWidth widest = ContentWidth.NONE;
        List<Element> blocks = new ArrayList<>();
        DocxPdfRenderer.flatten(tc, blocks);
        for (Element c : blocks) {
            if ("p".equals(c.getLocalName())) {
                widest = widest.widest(ParagraphLayout.measure(c, ctx));
            } else if ("tbl".equals(c.getLocalName())) {
                widest = widest.widest(measure(c, ctx));
            }
        }
        return widest;
    }

    /** What a table nested in a cell asks of that cell ({@link ColumnWidths#content}). */
    static ContentWidth measure(Element tbl, LayoutContext ctx) {
        Element tblPr = Wml.child(tbl, "tblPr");
        List<Element> layers = ctx.styles.tblPrLayers(tblPr);
        float marL = TableLayout.margin(layers, "tblCellMar", "left", "start", 5.4f);
        float marR = TableLayout.margin(layers, "tblCellMar", "right", "end", 5.4f);
        List<Float> grid = grid(tbl);
        List<List<ColumnWidths.Span>> rows = new ArrayList<>();
        String styleId = Wml.attr(Wml.child(tblPr, "tblStyle"), "val");
        String savedStyle = ctx.tableStyle;
        ctx.tableStyle = styleId != null ? styleId : ctx.styles.defaultTableStyle();
        try {
            for (Element tr : TableLayout.rows(tbl)) {
                rows.add(spans(tr, ctx, marL, marR));
            }
        } finally {
            ctx.tableStyle = savedStyle;
        }
        ColumnWidths.Preferred tableWidth = ColumnWidths.Preferred.of(property(layers, "tblW"));
        return ColumnWidths.content(grid, rows, columns(grid, rows), tableWidth);
    }

    /** The innermost layer's {@code name} child (direct formatting over the table style's chain). */
    private static Element property(List<Element> layers, String name) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Element e = Wml.child(layers.get(i), name);
            if (e != null) {
                return e;
            }
        }
        return null;
    }
}

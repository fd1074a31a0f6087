package org.jianbao.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves blocks onto pages: keep-with-next chains, keep-lines, page-break-before, explicit page breaks, widow
 * control (only when the paragraph asks for it, as LibreOffice does), table rows that break across pages unless
 * cantSplit/exact height/vertically merged, header rows repeated on every continuation page. Footnotes stand at
 * the foot of the page their reference lands on, under a separator, and take their room from the body.
 */
final class Paginator {

    private static final float EPS = 0.01f;
    /** The footnote separator's band: a short rule in the middle of it (LibreOffice: 0.1 cm either side). */
    static final float SEPARATOR = 8f;

    /** @param x from the column's left edge: 0 in the first (or only) column */
    record Placement(Slice slice, float x, float y) {
    }

    static final class Page {
        final PageSetup setup;
        final boolean firstOfSection;
        final List<Placement> items = new ArrayList<>();
        /** The footnotes of this page by their index in the document, in reference order. */
        final java.util.LinkedHashMap<Integer, List<Slice>> notes = new java.util.LinkedHashMap<>();

        Page(PageSetup setup, boolean firstOfSection) {
            this.setup = setup;
            this.firstOfSection = firstOfSection;
        }
    }

    private final List<Page> pages = new ArrayList<>();
    private final java.util.Map<Integer, List<Slice>> footnotes;
    private Page page;
    private float y;
    /** Newspaper columns of the current section: count, gap, width, the current one, where they start. */
    private int columns = 1;
    private float gap;
    private float columnWidth;
    private int col;
    private float colTop;
    /** The lowest any column of this page reached: where a continuous section after the columns starts. */
    private float colLow;
    /** While balancing the columns of a section: the lowest a column may reach. */
    private float columnBottom = Float.MAX_VALUE;
    private boolean trial;

    /** A balancing trial that needs more columns than the page has: undone and tried with longer columns. */
    private static final class Overflow extends RuntimeException {
        Overflow() {
            super(null, null, false, false);
        }
    }

    /** @param footnotes each footnote's laid-out content by its index in the document, filled as sections are laid out */
    Paginator(java.util.Map<Integer, List<Slice>> footnotes) {
        this.footnotes = footnotes;
    }

    /** The height of a page's footnote area, separator included; 0 without footnotes. */
    static float notesHeight(Page page) {
        if (page.notes.isEmpty()) {
            return 0;
        }
        float h = SEPARATOR;
        for (List<Slice> note : page.notes.values()) {
            h += Block.height(note);
        }
        return h;
    }

    /** The lowest the body text may reach on the current page: above its footnotes. */
    private float bottom() {
        return Math.min(columnBottom, page.setup.bodyBottom() - notesHeight(page));
    }

    /** The footnotes referenced in a line or row (in the cells of a row too). */
    private static void noteMarks(Slice s, List<Integer> out) {
        if (s instanceof Slice.LineSlice line) {
            for (Line.Frag f : line.line().frags()) {
                if (f.object() instanceof InlineObject.NoteMark mark) {
                    out.add(mark.index());
                }
            }
        } else if (s instanceof TableLayout.RowSlice row) {
            if (row.parts() != null) {
                row.parts().forEach(part -> part.forEach(c -> noteMarks(c, out)));
            } else {
                for (TableLayout.Cell cell : row.model().rows.get(row.row())) {
                    cell.content.forEach(c -> noteMarks(c, out));
                }
            }
        }
    }

    /** The room the footnotes of {@code s} not yet on this page would take (with the separator if first). */
    private float newNotesHeight(Slice s) {
        List<Integer> marks = new ArrayList<>();
        noteMarks(s, marks);
        float h = 0;
        for (int m : marks) {
            List<Slice> note = footnotes.get(m);
            if (note != null && !page.notes.containsKey(m)) {
                h += Block.height(note);
            }
        }
        return h > 0 && page.notes.isEmpty() ? h + SEPARATOR : h;
    }

    List<Page> pages() {
        if (pages.isEmpty()) {
            throw new IllegalStateException("no section laid out");
        }
        return pages;
    }

    void section(PageSetup setup, List<Block> blocks) {
        section(setup, blocks, 1, 0, false);
    }

    /**
     * @param columns the section's newspaper columns (w:cols), laid out left to right, each filled before the next
     * @param balance whether the columns end level (Word does so when a continuous section follows): tried only
     *                when the section fits on its page
     */
    void section(PageSetup setup, List<Block> blocks, int columns, float gap, boolean balance) {
        if (page == null || !setup.continuous()) {
            newPage(setup, true);
        }
        this.columns = Math.max(1, columns);
        this.gap = this.columns > 1 ? gap : 0;
        this.columnWidth = (setup.bodyWidth() - this.gap * (this.columns - 1)) / this.columns;
        col = 0;
        colTop = y;
        colLow = y;
        if (this.columns == 1 || !balance || !placeBalanced(blocks)) {
            place(blocks);
        }
        if (this.columns > 1) {
            y = Math.max(y, colLow);
            this.columns = 1;
            col = 0;
            colTop = y;
        }
    }

    /**
     * Places the section's blocks in columns of the smallest height (in steps of 2 pt) that holds them on this
     * page; false, with nothing placed, when they do not fit on it.
     */
    private boolean placeBalanced(List<Block> blocks) {
        float total = 0;
        for (Block b : blocks) {
            total += Block.height(b.slices());
        }
        float room = bottom() - colTop;
        if (total > room * columns) {
            return false;
        }
        int mark = page.items.size();
        java.util.Map<Integer, List<Slice>> notes = new java.util.LinkedHashMap<>(page.notes);
        float startY = y;
        trial = true;
        try {
            for (float h = Math.max(1, total / columns); h <= room + 2; h += 2) {
                columnBottom = colTop + h;
                try {
                    place(blocks);
                    return true;
                } catch (Overflow o) {
                    while (page.items.size() > mark) {
                        page.items.remove(page.items.size() - 1);
                    }
                    page.notes.clear();
                    page.notes.putAll(notes);
                    y = startY;
                    col = 0;
                    colLow = startY;
                }
            }
            return false;
        } finally {
            trial = false;
            columnBottom = Float.MAX_VALUE;
        }
    }

    /** Overflow: the next column, or the next page after the last one. */
    private void nextColumnOrPage() {
        if (col < columns - 1) {
            col++;
            y = colTop;
            return;
        }
        newPage(page.setup, false);
    }

    /** Nothing placed yet in the current column (the page, without columns). */
    private boolean empty() {
        return columns == 1 ? page.items.isEmpty() : y <= colTop + EPS;
    }

    private void place(List<Block> blocks) {
        PageSetup setup = page.setup;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.slices().isEmpty()) {
                continue;
            }
            if (block.pageBreakBefore() && !page.items.isEmpty()) {
                newPage(page.setup, false);
            }
            if (block.keepNext() && !empty()) {
                float chain = 0;
                int j = b;
                while (j < blocks.size() && blocks.get(j).keepNext()) {
                    chain += Block.height(blocks.get(j).slices());
                    j++;
                }
                if (j < blocks.size()) {
                    chain += head(blocks.get(j));
                }
                if (chain <= setup.bodyBottom() - setup.bodyTop() && y + chain > bottom() + EPS) {
                    nextColumnOrPage();
                }
            }
            if (block instanceof Block.Para para) {
                placePara(para);
            } else if (block instanceof Block.Table table) {
                placeTable(table);
            }
        }
    }

    private static float head(Block block) {
        List<Slice> s = block.slices();
        if (s.isEmpty()) {
            return 0;
        }
        int n = block instanceof Block.Para p && p.widow() ? Math.min(2, s.size()) : 1;
        if (block instanceof Block.Table t) {
            n = Math.min(s.size(), t.headerRows() + 1);
        }
        float h = 0;
        for (int i = 0; i < n; i++) {
            h += s.get(i).height();
        }
        return h - s.get(n - 1).trailing();
    }

    private void placePara(Block.Para para) {
        List<Slice> slices = para.slices();
        int n = slices.size();
        float total = Block.height(slices) - slices.get(n - 1).trailing();
        if (para.keepLines() && !empty() && total <= page.setup.bodyBottom() - page.setup.bodyTop()
                && y + total > bottom() + EPS) {
            nextColumnOrPage();
        }
        int here = 0;
        for (int i = 0; i < n; i++) {
            Slice s = slices.get(i);
            if (!fits(s) && !empty()) {
                if (para.widow() && n > 1) {
                    if (here == 1 && i == 1) {
                        undo(1);
                        i -= 1;
                        s = slices.get(i);
                    } else if (here >= 3 && n - i == 1) {
                        undo(1);
                        i -= 1;
                        s = slices.get(i);
                    } else if (here == 2 && n - i == 1 && page.items.size() > here) {
                        // 2 + 1: moving one line would leave an orphan, so the two go too (Word, LibreOffice)
                        undo(2);
                        i -= 2;
                        s = slices.get(i);
                    }
                }
                if (!empty()) {
                    nextColumnOrPage();
                }
                here = 0;
            }
            add(s);
            here++;
            if (s.pageBreakAfter()) {
                newPage(page.setup, false);
                here = 0;
            }
        }
    }

    private void placeTable(Block.Table table) {
        List<Slice> rows = table.slices();
        int headers = table.headerRows();
        for (int r = 0; r < rows.size(); r++) {
            Slice s = rows.get(r);
            int freshItems = -1;
            while (!fits(s)) {
                boolean fresh = empty() || page.items.size() == freshItems;
                if (r >= headers && s instanceof TableLayout.RowSlice row) {
                    TableLayout.RowSlice[] parts = row.split(bottom() - y);
                    if (parts != null) {
                        add(parts[0]);
                        s = parts[1];
                        fresh = false;
                    }
                }
                if (fresh) {
                    break; // taller than a page and cannot break: it overflows
                }
                nextColumnOrPage();
                if (r >= headers) {
                    for (int h = 0; h < headers; h++) {
                        add(rows.get(h));
                    }
                }
                freshItems = page.items.size();
            }
            add(s);
        }
    }

    private boolean fits(Slice s) {
        return y + s.height() - s.trailing() + newNotesHeight(s) <= bottom() + EPS;
    }

    private void add(Slice s) {
        page.items.add(new Placement(s, col * (columnWidth + gap), y));
        y += s.height();
        colLow = Math.max(colLow, y);
        List<Integer> marks = new ArrayList<>();
        noteMarks(s, marks);
        for (int m : marks) {
            List<Slice> note = footnotes.get(m);
            if (note != null) {
                page.notes.putIfAbsent(m, note);
            }
        }
    }

    private void undo(int count) {
        for (int k = 0; k < count && !page.items.isEmpty(); k++) {
            Placement p = page.items.remove(page.items.size() - 1);
            y = p.y();
            if (columns > 1) {
                col = Math.round(p.x() / (columnWidth + gap));
            }
            List<Integer> marks = new ArrayList<>();
            noteMarks(p.slice(), marks);
            marks.forEach(page.notes::remove);
        }
    }

    private void newPage(PageSetup setup, boolean firstOfSection) {
        if (trial) {
            throw new Overflow();
        }
        page = new Page(setup, firstOfSection);
        pages.add(page);
        y = setup.bodyTop();
        col = 0;
        colTop = y;
        colLow = y;
    }
}

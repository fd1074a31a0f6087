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

    record Placement(Slice slice, float y) {
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

    /** @param footnotes each footnote's laid-out content by its index in the document, filled as sections are laid out */
    Paginator(java.util.Map<Integer, List<Slice>> footnotes) {
        this.footnotes = footnotes;
    }

    Paginator() {
        this(java.util.Map.of());
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
        return page.setup.bodyBottom() - notesHeight(page);
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
        if (page == null || !setup.continuous()) {
            newPage(setup, true);
        }
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.slices().isEmpty()) {
                continue;
            }
            if (block.pageBreakBefore() && !page.items.isEmpty()) {
                newPage(page.setup, false);
            }
            if (block.keepNext() && !page.items.isEmpty()) {
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
                    newPage(page.setup, false);
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
        if (para.keepLines() && !page.items.isEmpty() && total <= page.setup.bodyBottom() - page.setup.bodyTop()
                && y + total > bottom() + EPS) {
            newPage(page.setup, false);
        }
        int here = 0;
        for (int i = 0; i < n; i++) {
            Slice s = slices.get(i);
            if (!fits(s) && !page.items.isEmpty()) {
                if (para.widow() && n > 1) {
                    if (here == 1 && i == 1) {
                        undo(1);
                        i -= 1;
                        s = slices.get(i);
                    } else if (here >= 3 && n - i == 1) {
                        undo(1);
                        i -= 1;
                        s = slices.get(i);
                    }
                }
                if (!page.items.isEmpty()) {
                    newPage(page.setup, false);
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
                boolean fresh = page.items.isEmpty() || page.items.size() == freshItems;
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
                newPage(page.setup, false);
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
        page.items.add(new Placement(s, y));
        y += s.height();
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
            List<Integer> marks = new ArrayList<>();
            noteMarks(p.slice(), marks);
            marks.forEach(page.notes::remove);
        }
    }

    private void newPage(PageSetup setup, boolean firstOfSection) {
        page = new Page(setup, firstOfSection);
        pages.add(page);
        y = setup.bodyTop();
    }
}

package org.jianbao.pdf;

import java.util.List;

import org.w3c.dom.Element;

/**
 * The widths of a table's grid columns, in points, as Word computes them from what the file says: the grid
 * ({@code w:tblGrid}), the table's preferred width ({@code w:tblW}), the cells' ({@code w:tcW}, and a row's
 * {@code w:wBefore}/{@code w:wAfter}), and for autofit tables what the cells hold.
 *
 * <ul>
 * <li>Fixed layout ({@code w:tblLayout w:type="fixed"}): the grid, scaled to the table's preferred width when it
 * has one. LibreOffice 7.4 does the same; without a grid, the first row's cell widths.
 * <li>Autofit (the default): each column starts from its preferred width (the widest {@code tcW} of its cells,
 * in twips or as a share of the table), else from the grid (a file Word saved keeps the widths of its last
 * layout there; LibreOffice uses the grid for every column), else from its content's widest line. Then, as an
 * HTML table's automatic layout: the table takes its preferred width or stays within the available width (unless
 * the columns' preferred widths say more), columns with no width of their own take free space in proportion to
 * their content, and a column whose content cannot fit (a word, a character, a picture wider than the column)
 * is widened at the expense of columns that have room to spare.
 * </ul>
 */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /** A preferred width: points, a share (0..1 and beyond) of a reference width, or none (auto, nil, absent). */
    record Preferred(float points, float share) {

        static final Preferred AUTO = new Preferred(0, 0);

        /**
         * Reads {@code w:tblW}, {@code w:tcW}, {@code w:wBefore}: type dxa in twips, pct in fiftieths of a percent
         * (or with a % sign, as transitional files may write it), auto and nil as no width. A zero width is none.
         */
        static Preferred of(Element e) {
            String type = Wml.attr(e, "type");
            String w = Wml.attr(e, "w");
            if (e == null || w == null || "auto".equals(type) || "nil".equals(type)) {
                return AUTO;
            }
            try {
                boolean percent = w.endsWith("%");
                float v = Float.parseFloat(percent ? w.substring(0, w.length() - 1) : w);
                if (v <= 0) {
                    return AUTO;
                }
                if (percent) {
                    return new Preferred(0, v / 100f);
                }
                return "pct".equals(type) ? new Preferred(0, v / 5000f) : new Preferred(v / 20f, 0);
            } catch (NumberFormatException ex) {
                return AUTO;
            }
        }

        boolean isAuto() {
            return points <= 0 && share <= 0;
        }

        /** In points, a share taken of {@code reference}; 0 when there is none. */
        float resolve(float reference) {
            return points > 0 ? points : share * reference;
        }
    }

    /**
     * Grid columns {@code [col, col + span)} of one row taken by a cell (or by the row's gridBefore/gridAfter),
     * with the cell's preferred width and its content's widths (cell margins included).
     */
    record Span(int col, int span, Preferred preferred, ContentWidth content) {
    }

    /** Fixed layout: the grid (columns it lacks from the first row's cells), scaled to the table's width. */
    static float[] fixed(List<Float> grid, List<Span> firstRow, int columns, Preferred table, float available) {
        float[] w = new float[columns];
        float target = table.resolve(available);
        float reference = target > 0 ? target : available;
        boolean[] known = new boolean[columns];
        for (int j = 0; j < columns && j < grid.size(); j++) {
            w[j] = grid.get(j);
            known[j] = w[j] > 0;
        }
        for (Span s : firstRow) {
            float p = s.preferred().resolve(reference);
            if (s.span() == 1 && s.col() < columns && !known[s.col()] && p > 0) {
                w[s.col()] = p;
                known[s.col()] = true;
            }
        }
        shareTheRest(w, known, reference);
        if (target > 0) {
            scale(w, target);
        }
        return w;
    }

    /** Autofit: preferred widths, then content (the class comment says how). */
    static float[] autofit(List<Float> grid, List<List<Span>> rows, int columns, Preferred table, float available) {
        float target = table.resolve(available);
        Demand d = demand(grid, rows, columns, target > 0 ? target : available);
        float[] preferred = d.preferred();
        float[] min = d.min();
        float[] max = d.max();
        boolean[] auto = new boolean[columns];
        float[] w = new float[columns];
        for (int j = 0; j < columns; j++) {
            auto[j] = preferred[j] <= 0;
            w[j] = auto[j] ? max[j] : preferred[j];
        }
        float natural = sum(w);
        float goal;
        if (target > 0) {
            goal = target;
        } else if (natural <= available) {
            goal = natural;
        } else {
            // too wide: only the columns without a width of their own give way, down to their content's minimum
            float fixedPart = 0;
            float autoMin = 0;
            for (int j = 0; j < columns; j++) {
                fixedPart += auto[j] ? 0 : w[j];
                autoMin += auto[j] ? min[j] : 0;
            }
            goal = Math.max(available, fixedPart + autoMin);
        }
        goal = Math.max(goal, sum(min));
        if (goal > natural) {
            grow(w, auto, max, goal - natural);
        } else if (goal < natural) {
            shrink(w, auto, min, natural - goal);
        }
        fitContent(w, min);
        return w;
    }

    /**
     * What a nested table asks of the cell it sits in: its preferred width when it has one in points, else the sum
     * of its columns' minimums and of their preferred (or widest) widths.
     */
    static ContentWidth content(List<Float> grid, List<List<Span>> rows, int columns, Preferred table) {
        if (table.points() > 0) {
            return new ContentWidth(table.points(), table.points());
        }
        Demand d = demand(grid, rows, columns, 0);
        float min = 0;
        float max = 0;
        for (int j = 0; j < columns; j++) {
            min += d.min()[j];
            max += Math.max(d.min()[j], d.preferred()[j] > 0 ? d.preferred()[j] : d.max()[j]);
        }
        return new ContentWidth(min, max);
    }

    /** Per column: its preferred width (0: none), its content's minimum and widest width. */
    private record Demand(float[] preferred, float[] min, float[] max) {
    }

    /**
     * Each column's preferred width is its cells' widest (a share taken of {@code reference}), else the grid's;
     * content widths are its cells' widest. A cell across several columns gives its preferred width to those
     * with none, and spreads its content's excess over theirs.
     */
    private static Demand demand(List<Float> grid, List<List<Span>> rows, int columns, float reference) {
        float[] preferred = new float[columns];
        float[] min = new float[columns];
        float[] max = new float[columns];
        for (List<Span> row : rows) {
            for (Span s : row) {
                if (s.span() == 1 && s.col() < columns) {
                    preferred[s.col()] = Math.max(preferred[s.col()], s.preferred().resolve(reference));
                    min[s.col()] = Math.max(min[s.col()], s.content().min());
                    max[s.col()] = Math.max(max[s.col()], s.content().max());
                }
            }
        }
        for (List<Span> row : rows) {
            for (Span s : row) {
                int end = Math.min(columns, s.col() + s.span());
                if (s.span() > 1 && s.col() < end) {
                    spread(preferred, s.col(), end, s.preferred().resolve(reference), true);
                    spread(min, s.col(), end, s.content().min(), false);
                    spread(max, s.col(), end, s.content().max(), false);
                }
            }
        }
        for (int j = 0; j < columns; j++) {
            max[j] = Math.max(max[j], min[j]);
            if (preferred[j] <= 0 && j < grid.size() && grid.get(j) > 0) {
                preferred[j] = grid.get(j);
            }
        }
        return new Demand(preferred, min, max);
    }

    /** Free space goes to the columns without a width of their own, by their content; else to all, by width. */
    private static void grow(float[] w, boolean[] auto, float[] max, float extra) {
        float autoMax = 0;
        for (int j = 0; j < w.length; j++) {
            autoMax += auto[j] ? max[j] : 0;
        }
        float all = sum(w);
        for (int j = 0; j < w.length; j++) {
            if (autoMax > 0) {
                w[j] += auto[j] ? extra * max[j] / autoMax : 0;
            } else {
                w[j] += all > 0 ? extra * w[j] / all : extra / w.length;
            }
        }
    }

    /**
     * Columns without a width of their own give way first: they are levelled, so that short content keeps its
     * line and the longest texts share what is left equally (Word keeps a column of short labels unwrapped
     * beside a column of paragraphs; an HTML table would shrink each in proportion to max − min and wrap both).
     * Then, if still too wide, the others give way in proportion to their room above their minimum.
     */
    private static void shrink(float[] w, boolean[] auto, float[] min, float excess) {
        float autoNow = 0;
        float autoMin = 0;
        for (int j = 0; j < w.length; j++) {
            autoNow += auto[j] ? w[j] : 0;
            autoMin += auto[j] ? Math.min(min[j], w[j]) : 0;
        }
        float autoGoal = Math.max(autoMin, autoNow - excess);
        if (autoNow > autoGoal) {
            float level = level(w, auto, min, autoGoal);
            for (int j = 0; j < w.length; j++) {
                if (auto[j]) {
                    w[j] = Math.max(Math.min(min[j], w[j]), Math.min(w[j], level));
                }
            }
            excess -= autoNow - autoGoal;
        }
        float room = 0;
        for (int j = 0; j < w.length; j++) {
            room += auto[j] ? 0 : Math.max(0, w[j] - min[j]);
        }
        float take = Math.min(room, excess);
        for (int j = 0; j < w.length && room > 0; j++) {
            if (!auto[j]) {
                w[j] -= take * Math.max(0, w[j] - min[j]) / room;
            }
        }
        excess -= take;
        if (excess > 0.01f) {
            scale(w, sum(w) - excess); // nothing above the minimum is left: keep the goal all the same
        }
    }

    /**
     * The width L at which the {@code auto} columns, each clamped to [its minimum, its width now], add up to
     * {@code goal} (bisection: the sum grows with L).
     */
    private static float level(float[] w, boolean[] auto, float[] min, float goal) {
        float lo = 0;
        float hi = 0;
        for (int j = 0; j < w.length; j++) {
            hi = Math.max(hi, auto[j] ? w[j] : 0);
        }
        for (int i = 0; i < 50; i++) {
            float mid = (lo + hi) / 2;
            float total = 0;
            for (int j = 0; j < w.length; j++) {
                total += auto[j] ? Math.max(Math.min(min[j], w[j]), Math.min(w[j], mid)) : 0;
            }
            if (total < goal) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /**
     * A column narrower than its content's minimum is widened; the columns with room to spare pay for it in
     * proportion to that room, so that the table keeps its width (the caller's goal is at least the minimums).
     */
    private static void fitContent(float[] w, float[] min) {
        float deficit = 0;
        float room = 0;
        for (int j = 0; j < w.length; j++) {
            deficit += Math.max(0, min[j] - w[j]);
            room += Math.max(0, w[j] - min[j]);
        }
        if (deficit <= 0.01f) {
            return;
        }
        float take = Math.min(deficit, room);
        float[] before = w.clone();
        for (int j = 0; j < w.length; j++) {
            if (before[j] < min[j]) {
                w[j] = min[j];
            } else if (room > 0) {
                w[j] -= take * (before[j] - min[j]) / room;
            }
        }
    }

    /** A spanning cell's width over columns {@code [from, to)}: the part they lack, evenly. */
    private static void spread(float[] w, int from, int to, float total, boolean onlyEmpty) {
        float have = 0;
        int empty = 0;
        for (int j = from; j < to; j++) {
            have += w[j];
            empty += w[j] <= 0 ? 1 : 0;
        }
        if (total <= have || onlyEmpty && empty == 0) {
            return;
        }
        int count = onlyEmpty || empty > 0 ? empty : to - from;
        for (int j = from; j < to; j++) {
            if (empty == 0 || w[j] <= 0) {
                w[j] += (total - have) / count;
            }
        }
    }

    /** Columns without a width share what the known ones leave of {@code reference} (at least 1 pt each). */
    private static void shareTheRest(float[] w, boolean[] known, float reference) {
        int unknown = 0;
        float used = 0;
        for (int j = 0; j < w.length; j++) {
            if (known[j]) {
                used += w[j];
            } else {
                unknown++;
            }
        }
        for (int j = 0; j < w.length; j++) {
            if (!known[j]) {
                w[j] = Math.max(1f, (reference - used) / unknown);
            }
        }
    }

    private static void scale(float[] w, float target) {
        float total = sum(w);
        for (int j = 0; j < w.length && total > 0; j++) {
            w[j] *= target / total;
        }
    }

    private static float sum(float[] w) {
        float s = 0;
        for (float v : w) {
            s += v;
        }
        return s;
    }
}

package org.jianbao.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph's atoms into lines, the way LibreOffice does for Chinese text: a break is allowed between
 * any two CJK characters, never inside a run of Latin letters or digits ({@code 128.6}, {@code GDP}), never before
 * closing punctuation or after opening punctuation (避头尾); one stop or comma (，。、；：？！) that does not fit
 * may hang past the right margin, as LibreOffice lets it (measured: a line ending 突出； reaches 16 pt past the
 * margin), unless another closing mark follows it; otherwise the character before the mark moves down.
 * Pure: atoms with widths in, line spans out.
 */
final class LineBreaker {

    /** A line: atoms {@code [start, end)}; {@code hard} when it ends with a line or page break. */
    record Span(int start, int end, boolean hard, boolean pageBreak, boolean last) {
    }

    /** Where tabs stop, measured from the text column's left edge. */
    record Tabs(List<ParaProps.TabStop> stops, float defaultInterval) {

        static final Tabs NONE = new Tabs(List.of(), 21f);
    }

    private static final String NO_START = "，。、；：？！）》」』】〕〉”’・…—%．,.;:?!)]}｝〗〙〛"
            + "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー々〻‰℃°";
    private static final String NO_END = "（《「『【〔〈“‘([{｛〖〘〚";
    /** Marks LibreOffice lets hang past the margin (observed: ，。、； do, ） and ” do not). */
    private static final String HANGING = "，。、；：？！．";
    private static final float EPS = 0.01f;

    private LineBreaker() {
    }

    static boolean isCjk(int cp) {
        return cp >= 0x2E80 && cp <= 0x9FFF || cp >= 0xAC00 && cp <= 0xD7AF || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x20000 && cp <= 0x3FFFF
                || cp >= 0x3000 && cp <= 0x303F;
    }

    /** Punctuation shared by Chinese and Latin text that Chinese documents set in the East Asian font. */
    static boolean isCjkPunctuation(int cp) {
        return cp >= 0x2018 && cp <= 0x201F || cp == 0x2014 || cp == 0x2015 || cp == 0x2026 || cp == 0x00B7
                || cp == 0x2025 || cp == 0x25CB || cp == 0x25CF || cp == 0x2116;
    }

    static boolean noStart(int cp) {
        return NO_START.indexOf(cp) >= 0;
    }

    static boolean noEnd(int cp) {
        return NO_END.indexOf(cp) >= 0;
    }

    static boolean breakableAround(Atom a) {
        return a.kind == Atom.Kind.OBJECT || a.kind == Atom.Kind.TAB || isCjk(a.cp) || isCjkPunctuation(a.cp);
    }

    /** May a line end between {@code a} and {@code b}? */
    static boolean canBreakBetween(Atom a, Atom b) {
        if (b.kind == Atom.Kind.SPACE) {
            return false;
        }
        if (noStart(b.cp) && b.kind == Atom.Kind.GLYPH) {
            return false;
        }
        if (a.kind == Atom.Kind.GLYPH && noEnd(a.cp)) {
            return false;
        }
        if (a.kind == Atom.Kind.SPACE) {
            return true;
        }
        if ((a.cp == 0x2014 && b.cp == 0x2014) || (a.cp == 0x2026 && b.cp == 0x2026)) {
            return false;
        }
        if (breakableAround(a) || breakableAround(b)) {
            return true;
        }
        return a.kind == Atom.Kind.GLYPH && a.cp == '-' && Character.isLetter(b.cp);
    }

    /**
     * @param firstIndent left edge of the first line relative to the text column (indent + first-line indent)
     * @param otherIndent left edge of the other lines
     * @param firstWidth  width available on the first line
     * @param width       width available on the other lines
     */
    static List<Span> breakLines(List<Atom> atoms, float firstIndent, float otherIndent, float firstWidth, float width,
            Tabs tabs) {
        return breakLines(atoms, firstIndent, otherIndent, firstWidth, width, tabs, true);
    }

    /** @param hanging whether punctuation may hang past the right edge (LibreOffice: not inside table cells) */
    static List<Span> breakLines(List<Atom> atoms, float firstIndent, float otherIndent, float firstWidth, float width,
            Tabs tabs, boolean hanging) {
        return breakLines(atoms, firstIndent, otherIndent, firstWidth, width, tabs, hanging, 0, 0, 0);
    }

    /**
     * @param narrow     how many lines, from the first, stand beside a shape that text wraps around
     * @param shift      how far those lines start further right
     * @param narrowLoss how much narrower those lines are (the shift included)
     */
    static List<Span> breakLines(List<Atom> atoms, float firstIndent, float otherIndent, float firstWidth, float width,
            Tabs tabs, boolean hanging, int narrow, float shift, float narrowLoss) {
        List<Span> spans = new ArrayList<>();
        int n = atoms.size();
        int start = 0;
        int i = 0;
        float x = 0;
        int lastBreak = -1;
        while (i < n) {
            Atom a = atoms.get(i);
            boolean first = spans.isEmpty();
            boolean beside = spans.size() < narrow;
            float avail = (first ? firstWidth : width) - (beside ? narrowLoss : 0);
            float indent = (first ? firstIndent : otherIndent) + (beside ? shift : 0);
            if (a.kind == Atom.Kind.LINE_BREAK || a.kind == Atom.Kind.PAGE_BREAK) {
                spans.add(new Span(start, i + 1, true, a.kind == Atom.Kind.PAGE_BREAK, false));
                start = i + 1;
                i = start;
                x = 0;
                lastBreak = -1;
                continue;
            }
            if (a.kind == Atom.Kind.TAB) {
                a.width = tabWidth(atoms, i, indent + x, tabs);
                a.leader = leaderOf(indent + x, tabs);
            }
            if (i > start && canBreakBetween(atoms.get(i - 1), a)) {
                lastBreak = i;
            }
            // the CJK/Latin gap after an atom only counts when the next atom stays on the line
            if (x + a.width - a.autoSpace > avail + EPS && i > start && a.kind != Atom.Kind.SPACE) {
                boolean nextMayStart = i + 1 >= n || atoms.get(i + 1).kind != Atom.Kind.GLYPH || !noStart(atoms.get(i + 1).cp);
                if (hanging && a.kind == Atom.Kind.GLYPH && HANGING.indexOf(a.cp) >= 0 && nextMayStart) {
                    // hanging punctuation: the mark stays on this line, past the margin
                    spans.add(new Span(start, i + 1, false, false, false));
                    start = i + 1;
                } else {
                    int bp = lastBreak > start ? lastBreak : i;
                    spans.add(new Span(start, bp, false, false, false));
                    start = bp;
                }
                while (start < n && atoms.get(start).kind == Atom.Kind.SPACE) {
                    start++; // spaces at a wrap belong to the end of the previous line
                }
                i = start;
                x = 0;
                lastBreak = -1;
                continue;
            }
            x += a.width;
            i++;
        }
        if (start < n || spans.isEmpty() || spans.get(spans.size() - 1).hard()) {
            spans.add(new Span(start, n, false, false, true));
        } else {
            Span s = spans.remove(spans.size() - 1);
            spans.add(new Span(s.start(), s.end(), s.hard(), s.pageBreak(), true));
        }
        return spans;
    }

    private static String leaderOf(float absX, Tabs tabs) {
        for (ParaProps.TabStop stop : tabs.stops()) {
            if (stop.pos() > absX + EPS) {
                return stop.leader() == null || "none".equals(stop.leader()) ? null : stop.leader();
            }
        }
        return null;
    }

    private static float tabWidth(List<Atom> atoms, int i, float absX, Tabs tabs) {
        for (ParaProps.TabStop stop : tabs.stops()) {
            if (stop.pos() > absX + EPS) {
                float following = 0;
                for (int j = i + 1; j < atoms.size(); j++) {
                    Atom b = atoms.get(j);
                    if (b.kind == Atom.Kind.TAB || b.kind == Atom.Kind.LINE_BREAK || b.kind == Atom.Kind.PAGE_BREAK) {
                        break;
                    }
                    following += b.width;
                }
                return switch (stop.kind()) {
                    case "right", "end" -> Math.max(0, stop.pos() - absX - following);
                    case "center" -> Math.max(0, stop.pos() - absX - following / 2);
                    default -> stop.pos() - absX;
                };
            }
        }
        float interval = tabs.defaultInterval() <= 0 ? 21f : tabs.defaultInterval();
        float next = (float) (Math.floor(absX / interval + EPS) + 1) * interval;
        return next - absX;
    }

    /** Horizontal placement of one line: x of each atom from the line's left edge, and its extra spacing. */
    record Placed(float[] x, float[] extra, float width, float offset) {
    }

    /**
     * Places a line's atoms. Justified lines (except the last and those ended by a break) spread the leftover
     * width between characters when the line holds CJK text (character spacing, as Word and LibreOffice do),
     * otherwise between words.
     */
    static Placed place(List<Atom> atoms, Span span, float avail, String align) {
        int end = span.end();
        while (end > span.start() && !atoms.get(end - 1).isText() && atoms.get(end - 1).kind != Atom.Kind.OBJECT
                && atoms.get(end - 1).kind != Atom.Kind.TAB) {
            end--; // the break itself takes no room
        }
        int visibleEnd = end;
        while (visibleEnd > span.start() && atoms.get(visibleEnd - 1).kind == Atom.Kind.SPACE) {
            visibleEnd--;
        }
        int count = end - span.start();
        float natural = 0;
        for (int k = span.start(); k < visibleEnd; k++) {
            natural += atoms.get(k).width;
        }
        if (visibleEnd > span.start()) {
            natural -= atoms.get(visibleEnd - 1).autoSpace; // no gap after the line's last character
        }
        float[] extra = new float[count];
        boolean justify = ("both".equals(align) || "distribute".equals(align)) && !span.last() && !span.hard()
                || "distribute".equals(align);
        float leftover = avail - natural;
        float offset = 0;
        if (justify && leftover > EPS && visibleEnd - span.start() > 1) {
            int lastTab = -1;
            for (int k = span.start(); k < visibleEnd; k++) {
                if (atoms.get(k).kind == Atom.Kind.TAB) {
                    lastTab = k;
                }
            }
            int from = lastTab >= 0 ? lastTab + 1 : span.start();
            boolean cjk = false;
            int spaces = 0;
            for (int k = from; k < visibleEnd; k++) {
                Atom a = atoms.get(k);
                cjk |= breakableAround(a) && a.kind == Atom.Kind.GLYPH;
                if (a.kind == Atom.Kind.SPACE) {
                    spaces++;
                }
            }
            if (cjk || spaces == 0) {
                int gaps = visibleEnd - from - 1;
                if (gaps > 0) {
                    float each = leftover / gaps;
                    for (int k = from; k < visibleEnd - 1; k++) {
                        extra[k - span.start()] = each;
                    }
                }
            } else {
                float each = leftover / spaces;
                for (int k = from; k < visibleEnd; k++) {
                    if (atoms.get(k).kind == Atom.Kind.SPACE) {
                        extra[k - span.start()] = each;
                    }
                }
            }
            natural = avail;
        } else if ("center".equals(align)) {
            offset = leftover / 2;
        } else if ("right".equals(align) || "end".equals(align)) {
            offset = leftover;
        }
        float[] xs = new float[count];
        float x = 0;
        for (int k = 0; k < count; k++) {
            xs[k] = x;
            x += atoms.get(span.start() + k).width + extra[k];
        }
        return new Placed(xs, extra, natural, offset);
    }
}

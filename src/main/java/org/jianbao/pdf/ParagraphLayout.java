package org.jianbao.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.lowagie.text.pdf.BaseFont;

/** A paragraph (w:p) → atoms with fonts → lines (via {@link LineBreaker}) → slices for the paginator. */
final class ParagraphLayout {

    private static final String DML = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final float EMU_PER_PT = 12700f;

    /** ascent (with line gap) and descent per point of size, per font. */
    private static final Map<BaseFont, float[]> METRICS = new ConcurrentHashMap<>();

    private ParagraphLayout() {
    }

    static Block.Para layout(Element p, float columnWidth, LayoutContext ctx, boolean grid) {
        Element pPr = Wml.child(p, "pPr");
        ListNumbering.Marker marker = listMarker(pPr, ctx);
        ParaProps pp = ctx.styles.paraProps(pPr, ctx.tableStyle, marker == null ? null : Wml.child(marker.lvl(), "pPr"));
        List<Atom> atoms = new ArrayList<>();
        Collector collector = new Collector(ctx, pPr, atoms);
        if (marker != null) {
            collector.marker(marker);
        }
        collector.walk(p);
        autoSpace(atoms, pp);
        float left = pp.indLeft();
        float firstIndent = left + pp.firstLine();
        float avail = columnWidth - left - pp.indRight();
        float firstAvail = avail - pp.firstLine();
        LineBreaker.Tabs tabs = new LineBreaker.Tabs(hangingStop(pp), ctx.defaultTab);
        float[] markMetrics = metrics(ctx.fonts.resolve(pp.mark().eastAsia(), pp.mark().bold()).font());
        float markAscent = markMetrics[0] * pp.mark().size();
        float markDescent = markMetrics[1] * pp.mark().size();
        boolean snap = grid && ctx.gridPitch > 0 && pp.snapToGrid();
        // lines beside a shape that text wraps around: as many as the shape's band is high, in lines of this
        // paragraph's usual height
        int narrow = 0;
        float shift = 0;
        float loss = 0;
        LayoutContext.WrapBand band = ctx.inTableCell || ctx.page != 0 ? null : ctx.wrapBand;
        if (band != null && band.height() > pp.before()) {
            float natural = markAscent + markDescent;
            float usual = snap ? ctx.gridPitch * Math.max(1, (float) Math.ceil(natural / ctx.gridPitch - 1e-3))
                    : "exact".equals(pp.lineRule()) ? pp.line() / 20f
                    : "atLeast".equals(pp.lineRule()) ? Math.max(pp.line() / 20f, natural)
                    : natural * pp.line() / 240f;
            narrow = (int) Math.ceil((band.height() - pp.before()) / Math.max(1f, usual) - 1e-3);
            shift = Math.max(0, band.cutLeft() - left);
            loss = shift + Math.max(0, band.cutRight() - pp.indRight());
            if (loss >= avail - 12) {
                narrow = 0; // no room beside the shape: Word moves the text below it; here it overlaps
                shift = 0;
                loss = 0;
            }
        }
        List<LineBreaker.Span> spans = LineBreaker.breakLines(atoms, firstIndent, left, firstAvail, avail, tabs,
                !ctx.inTableCell, narrow, shift, loss);
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < spans.size(); s++) {
            LineBreaker.Span span = spans.get(s);
            float width = (s == 0 ? firstAvail : avail) - (s < narrow ? loss : 0);
            float indent = (s == 0 ? firstIndent : left) + (s < narrow ? shift : 0);
            LineBreaker.Placed placed = LineBreaker.place(atoms, span, width, pp.align());
            float asc = 0;
            float desc = 0;
            List<Line.Frag> frags = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            Atom runStart = null;
            float runX = 0;
            float runExtra = 0;
            float runWidth = 0;
            for (int k = span.start(); k < span.end(); k++) {
                Atom a = atoms.get(k);
                int idx = k - span.start();
                if (a.kind == Atom.Kind.OBJECT) {
                    asc = Math.max(asc, a.object.height());
                } else if (a.font != null && a.isText()) {
                    float[] m = metrics(a.font);
                    float size = a.run.effectiveSize();
                    asc = Math.max(asc, m[0] * size + Math.max(0, a.run.rise()));
                    desc = Math.max(desc, m[1] * size - Math.min(0, a.run.rise()));
                }
                if (idx >= placed.x().length) {
                    continue;
                }
                boolean sameRun = runStart != null && a.isText() && runStart.font == a.font && runStart.run == a.run
                        && Math.abs(runExtra - placed.extra()[idx]) < 1e-4f && k > 0 && atoms.get(k - 1).autoSpace == 0;
                if (!sameRun && runStart != null) {
                    frags.add(new Line.Frag(runStart.font, runStart.run, runStart.syntheticBold, text.toString(), runX,
                            runExtra + runStart.run.spacing(), runWidth, null));
                    runStart = null;
                    text.setLength(0);
                }
                if (a.kind == Atom.Kind.TAB && a.leader != null && a.width > 0) {
                    Line.Frag leader = leader(a, placed.x()[idx], ctx);
                    if (leader != null) {
                        frags.add(leader);
                    }
                }
                if (a.kind == Atom.Kind.OBJECT) {
                    frags.add(new Line.Frag(null, a.run, false, null, placed.x()[idx], 0, a.width, a.object));
                } else if (a.isText() && a.font != null) {
                    if (runStart == null) {
                        runStart = a;
                        runX = placed.x()[idx];
                        runExtra = placed.extra()[idx];
                        runWidth = 0;
                    }
                    text.appendCodePoint(a.cp);
                    runWidth += a.width + placed.extra()[idx];
                }
            }
            if (runStart != null) {
                frags.add(new Line.Frag(runStart.font, runStart.run, runStart.syntheticBold, text.toString(), runX,
                        runExtra + runStart.run.spacing(), runWidth, null));
            }
            if (asc == 0 && desc == 0) {
                asc = markAscent;
                desc = markDescent;
            }
            float natural = asc + desc;
            float height;
            float baseline;
            String rule = pp.lineRule();
            if (snap) {
                float prop = "auto".equals(rule) ? pp.line() / 240f : 1f;
                float h = natural * Math.max(prop, 1f);
                height = ctx.gridPitch * Math.max(1, (float) Math.ceil(h / ctx.gridPitch - 1e-3));
                baseline = (height - natural) / 2 + asc;
            } else if ("exact".equals(rule)) {
                height = pp.line() / 20f;
                baseline = height * 0.8f;
            } else if ("atLeast".equals(rule)) {
                height = Math.max(pp.line() / 20f, natural);
                baseline = height - desc;
            } else {
                height = natural * pp.line() / 240f;
                baseline = asc;
            }
            lines.add(new Line(frags, indent + placed.offset(), placed.width(), height, baseline, span.pageBreak()));
        }
        float before = pp.before();
        float after = pp.after();
        float lineUnit = snap ? ctx.gridPitch : 12f * 1.2f;
        if (pp.beforeLines() > 0) {
            before = pp.beforeLines() * lineUnit;
        }
        if (pp.afterLines() > 0) {
            after = pp.afterLines() * lineUnit;
        }
        List<Slice> slices = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean first = i == 0;
            boolean last = i == lines.size() - 1;
            float top = first ? before + (pp.top() != null ? pp.top().width() + pp.top().space() : 0) : 0;
            float bottom = last ? (pp.bottom() != null ? pp.bottom().width() + pp.bottom().space() : 0) : 0;
            slices.add(new Slice.LineSlice(lines.get(i), pp, first, last, top, bottom, last ? after : 0, columnWidth));
        }
        return new Block.Para(slices, pp.keepNext(), pp.keepLines(), pp.pageBreakBefore(), pp.widowControl());
    }

    /**
     * The paragraph's content widths with its indents, for a table that fits its columns to their content. Nothing
     * is counted: footnote marks and text boxes the walk meets are forgotten again, and the list marker (which sits
     * in the hanging indent) is not numbered.
     */
    static ContentWidth measure(Element p, LayoutContext ctx) {
        Element pPr = Wml.child(p, "pPr");
        ParaProps pp = ctx.styles.paraProps(pPr, ctx.tableStyle, null);
        List<Atom> atoms = new ArrayList<>();
        int notes = ctx.notes.size();
        int boxes = ctx.textBoxes.size();
        try {
            new Collector(ctx, pPr, atoms).walk(p);
        } finally {
            ctx.notes.subList(notes, ctx.notes.size()).clear();
            ctx.textBoxes.subList(boxes, ctx.textBoxes.size()).clear();
        }
        autoSpace(atoms, pp);
        float first = Math.max(0, pp.firstLine());
        float widestPiece = 0;
        float widestLine = 0;
        float piece = first;
        float line = first;
        for (int i = 0; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            switch (a.kind) {
                case LINE_BREAK, PAGE_BREAK -> {
                    piece = 0;
                    line = 0;
                }
                case TAB -> {
                    // to the next default stop: good enough for the width of a line with tabs
                    line = (float) (Math.floor(line / ctx.defaultTab) + 1) * ctx.defaultTab;
                    piece = 0;
                }
                case SPACE -> {
                    line += a.width;
                    piece = 0;
                }
                default -> {
                    if (i > 0 && LineBreaker.canBreakBetween(atoms.get(i - 1), a)) {
                        piece = 0;
                    }
                    piece += a.width;
                    line += a.width;
                }
            }
            widestPiece = Math.max(widestPiece, piece);
            widestLine = Math.max(widestLine, line);
        }
        return new ContentWidth(widestPiece, widestLine).plus(pp.indLeft() + pp.indRight());
    }

    /** The list number or bullet of a numbered paragraph (counted in the body only, in document order). */
    private static ListNumbering.Marker listMarker(Element pPr, LayoutContext ctx) {
        String[] list = ctx.styles.listOf(pPr, ctx.tableStyle);
        if (list == null || ctx.page > 0 || ctx.numbering == null) {
            return null;
        }
        int ilvl;
        try {
            ilvl = Integer.parseInt(list[1].trim());
        } catch (NumberFormatException e) {
            ilvl = 0;
        }
        return ctx.numbering.next(list[0], ilvl);
    }

    /** The dots (or dashes, underscores) a tab stop's leader draws across the tab, right-aligned as Word sets them. */
    private static Line.Frag leader(Atom tab, float x, LayoutContext ctx) {
        char c = switch (tab.leader) {
            case "hyphen" -> '-';
            case "underscore", "heavy" -> '_';
            case "middleDot" -> '·';
            default -> '.';
        };
        ResolvedFont font = ctx.fonts.resolve(tab.run.ascii(), tab.run.bold());
        float size = tab.run.effectiveSize();
        float w = GlyphWidths.width(font.font(), c, size);
        if (w <= 0) {
            return null;
        }
        int n = (int) Math.floor((tab.width - w / 2) / w);
        if (n <= 0) {
            return null;
        }
        return new Line.Frag(font.font(), tab.run, font.syntheticBold(), String.valueOf(c).repeat(n),
                x + tab.width - n * w, 0, n * w, null);
    }

    /** Word's hanging indent is a tab stop: the tab after a list number goes to the text's indent. */
    private static List<ParaProps.TabStop> hangingStop(ParaProps pp) {
        if (pp.firstLine() >= 0 || pp.tabs().stream().anyMatch(t -> Math.abs(t.pos() - pp.indLeft()) < 0.5f)) {
            return pp.tabs();
        }
        List<ParaProps.TabStop> stops = new ArrayList<>(pp.tabs());
        stops.add(new ParaProps.TabStop("left", pp.indLeft(), null));
        stops.sort((a, b) -> Float.compare(a.pos(), b.pos()));
        return stops;
    }

    /**
     * Word (autoSpaceDE/DN, on by default) and LibreOffice put a small gap between Chinese characters and Latin
     * letters or digits; LibreOffice makes it a fifth of the font size (measured: 3.2 pt at 16 pt).
     */
    static void autoSpace(List<Atom> atoms, ParaProps pp) {
        if (!pp.autoSpaceLatin() && !pp.autoSpaceDigits()) {
            return;
        }
        for (int i = 0; i + 1 < atoms.size(); i++) {
            Atom a = atoms.get(i);
            Atom b = atoms.get(i + 1);
            if (a.kind != Atom.Kind.GLYPH || b.kind != Atom.Kind.GLYPH) {
                continue;
            }
            Atom western = asian(a.cp) && b.latin ? b : a.latin && asian(b.cp) ? a : null;
            if (western == null) {
                continue;
            }
            boolean digit = western.cp >= '0' && western.cp <= '9';
            boolean letter = !digit;
            if (digit && pp.autoSpaceDigits() || letter && pp.autoSpaceLatin()) {
                float gap = Math.max(a.run.size(), b.run.size()) / 5f;
                a.autoSpace = gap;
                a.width += gap;
            }
        }
    }

    /** Chinese characters and full-width brackets get the gap; full-width stops and commas do not (measured). */
    private static boolean asian(int cp) {
        return LineBreaker.isCjk(cp) && "，。、；：？！".indexOf(cp) < 0;
    }

    private static boolean ideograph(int cp) {
        return cp >= 0x3400 && cp <= 0x9FFF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x20000 && cp <= 0x3FFFF
                || cp >= 0x3040 && cp <= 0x30FF;
    }

    static float[] metrics(BaseFont font) {
        return METRICS.computeIfAbsent(font, FontLibrary::lineMetrics);
    }

    /** Walks a paragraph's runs (through hyperlinks, smart tags, content controls, fields) into atoms. */
    private static final class Collector {
        private final LayoutContext ctx;
        private final Element pPr;
        private final List<Atom> atoms;
        private int fieldDepth;
        private StringBuilder instr = new StringBuilder();
        private boolean suppress;

        Collector(LayoutContext ctx, Element pPr, List<Atom> atoms) {
            this.ctx = ctx;
            this.pPr = pPr;
            this.atoms = atoms;
        }

        void walk(Element e) {
            for (Element c : Wml.children(e)) {
                switch (c.getLocalName()) {
                    case "r" -> run(c);
                    case "hyperlink", "smartTag", "ins", "customXml", "sdt", "sdtContent", "fldSimple", "moveTo", "dir",
                            "bdo" -> {
                        if ("fldSimple".equals(c.getLocalName())) {
                            String value = fieldValue(Wml.attr(c, "instr"));
                            if (value != null) {
                                Element r = Wml.child(c, "r");
                                text(value, runProps(r == null ? null : Wml.child(r, "rPr")));
                                continue;
                            }
                        }
                        walk(c);
                    }
                    case "oMath", "oMathPara" -> ctx.warn("equations are not rendered");
                    default -> {
                        // pPr, bookmarks, proofing marks, deletions: nothing to draw
                    }
                }
            }
        }

        /** The list number or bullet, in the paragraph mark's formatting with the list level's on top. */
        void marker(ListNumbering.Marker marker) {
            if (marker.text().isEmpty()) {
                return;
            }
            List<Element> layers = ctx.styles.rPrLayers(pPr, Wml.child(pPr, "rPr"), ctx.tableStyle);
            Element lvlRPr = Wml.child(marker.lvl(), "rPr");
            if (lvlRPr != null) {
                layers = new ArrayList<>(layers);
                layers.add(lvlRPr);
            }
            RunProps rp = ctx.styles.runProps(layers);
            text(marker.text(), rp);
            switch (marker.suffix()) {
                case "space" -> text(" ", rp);
                case "nothing" -> {
                }
                default -> atoms.add(new Atom(Atom.Kind.TAB, '\t', null, rp, false, null, 0));
            }
        }

        private RunProps runProps(Element rPr) {
            return ctx.styles.runProps(ctx.styles.rPrLayers(pPr, rPr, ctx.tableStyle));
        }

        private void run(Element r) {
            RunProps rp = runProps(Wml.child(r, "rPr"));
            if (rp.hidden()) {
                return;
            }
            runContent(r, rp);
        }

        private void runContent(Element r, RunProps rp) {
            for (Element c : Wml.children(r)) {
                switch (c.getLocalName()) {
                    case "fldChar" -> {
                        String type = Wml.attr(c, "fldCharType");
                        if ("begin".equals(type)) {
                            fieldDepth++;
                            if (fieldDepth == 1) {
                                instr = new StringBuilder();
                            }
                        } else if ("separate".equals(type) && fieldDepth == 1) {
                            String value = fieldValue(instr.toString());
                            if (value != null) {
                                text(value, rp);
                                suppress = true;
                            }
                        } else if ("end".equals(type)) {
                            fieldDepth = Math.max(0, fieldDepth - 1);
                            if (fieldDepth == 0) {
                                if (!suppress && instr.length() > 0) {
                                    String value = fieldValue(instr.toString());
                                    if (value != null) {
                                        text(value, rp);
                                    }
                                }
                                suppress = false;
                                instr.setLength(0);
                            }
                        }
                    }
                    case "instrText" -> {
                        if (fieldDepth > 0) {
                            instr.append(Wml.text(c));
                        }
                    }
                    case "t" -> {
                        if (!suppress) {
                            text(Wml.text(c), rp);
                        }
                    }
                    case "tab", "ptab" -> {
                        if (!suppress) {
                            atoms.add(new Atom(Atom.Kind.TAB, '\t', null, rp, false, null, 0));
                        }
                    }
                    case "br", "cr" -> {
                        if (!suppress) {
                            boolean page = "page".equals(Wml.attr(c, "type"));
                            atoms.add(new Atom(page ? Atom.Kind.PAGE_BREAK : Atom.Kind.LINE_BREAK, '\n', null, rp, false,
                                    null, 0));
                        }
                    }
                    case "noBreakHyphen" -> text("\u2011", rp);
                    case "softHyphen" -> {
                        // invisible unless a line breaks there
                    }
                    case "sym" -> {
                        String ch = Wml.attr(c, "char");
                        String font = Wml.attr(c, "font");
                        if (ch != null && !suppress) {
                            try {
                                int code = Integer.parseInt(ch, 16);
                                int cp = SymbolFonts.isSymbolFont(font) || font == null ? SymbolFonts.toUnicode(font, code)
                                        : code;
                                if (cp < 0 || !Character.isValidCodePoint(cp)) {
                                    ctx.warn("symbol " + ch + " of the font " + font + " has no Unicode equivalent known here: left out");
                                } else {
                                    text(new String(Character.toChars(cp)), rp);
                                }
                            } catch (IllegalArgumentException ex) {
                                ctx.warn("symbol " + ch + " not rendered");
                            }
                        }
                    }
                    case "footnoteReference", "endnoteReference" -> {
                        String id = Wml.attr(c, "id");
                        if (id != null && !suppress && ctx.page == 0) {
                            String kind = c.getLocalName().startsWith("foot") ? "footnote" : "endnote";
                            long n = ctx.notes.stream().filter(x -> x[0].equals(kind)).count() + 1;
                            String mark = "footnote".equals(kind) ? Long.toString(n) : new String[] {"i", "ii", "iii", "iv",
                                    "v", "vi", "vii", "viii", "ix", "x"}[(int) ((n - 1) % 10)];
                            ctx.notes.add(new String[] {kind, id, mark});
                            if ("footnote".equals(kind)) {
                                atoms.add(new Atom(Atom.Kind.OBJECT, 0xFFFC, null, rp, false,
                                        new InlineObject.NoteMark(ctx.notes.size() - 1), 0));
                            }
                            text(mark, rp);
                        }
                    }
                    case "footnoteRef", "endnoteRef" -> {
                        if (ctx.currentNote != null) {
                            text(ctx.currentNote, rp);
                        }
                    }
                    case "ruby" -> {
                        // phonetic guide: the base text is printed; the guide above it is not
                        Element base = Wml.child(c, "rubyBase");
                        if (base != null) {
                            walk(base);
                        }
                        ctx.warn("phonetic guides (ruby) are left out; their base text is printed");
                    }
                    case "drawing" -> drawing(c, rp);
                    case "AlternateContent" -> {
                        Element choice = Wml.child(c, "Choice");
                        runContent(choice != null ? choice : Wml.child(c, "Fallback"), rp);
                    }
                    case "pict", "object" -> {
                        List<Element> boxes = Wml.descendants(c, "txbxContent");
                        if (!boxes.isEmpty() && !suppress) {
                            ctx.textBoxes.addAll(boxes);
                            ctx.warn("text boxes are drawn in the text flow after their paragraph, not at their position");
                        } else {
                            ctx.warn("VML pictures and embedded objects are not rendered");
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        private String fieldValue(String instruction) {
            if (instruction == null) {
                return null;
            }
            String kind = instruction.trim().split("\\s+")[0].toUpperCase(Locale.ROOT);
            if (ctx.page <= 0) {
                return null;
            }
            return switch (kind) {
                case "PAGE" -> Integer.toString(ctx.page);
                case "NUMPAGES", "SECTIONPAGES" -> Integer.toString(ctx.numPages);
                default -> null;
            };
        }

        private void drawing(Element d, RunProps rp) {
            Element holder = Wml.child(d, "inline");
            if (holder == null) {
                holder = Wml.child(d, "anchor");
            }
            if (holder == null) {
                return;
            }
            List<Element> boxes = Wml.descendants(holder, "txbxContent");
            if (ctx.placed.contains(holder)) {
                return; // placed by TextBox before this paragraph
            }
            if (!boxes.isEmpty()) {
                // a text box in a header, a table cell, another box, or inline: its paragraphs follow the anchor
                // paragraph, so no text is lost
                if (!suppress) {
                    ctx.textBoxes.addAll(boxes);
                    ctx.warn("text boxes inline, in headers, footers and table cells are drawn in the text flow after their paragraph");
                }
                return;
            }
            if ("anchor".equals(holder.getLocalName())) {
                InlineObject.Floating floating = floating(holder);
                if (floating != null) {
                    atoms.add(new Atom(Atom.Kind.OBJECT, 0xFFFC, null, rp, false, floating, 0));
                    return;
                }
                ctx.warn("anchored pictures that text wraps around are placed inline, not at their position");
            }
            Element extent = Wml.child(holder, "extent");
            Long cx = Wml.longAttr(extent, "cx");
            Long cy = Wml.longAttr(extent, "cy");
            if (cx == null || cy == null) {
                return;
            }
            float w = cx / EMU_PER_PT;
            float h = cy / EMU_PER_PT;
            for (Element e : Wml.descendants(holder, "blip")) {
                byte[] picture = ctx.pkg.relatedBytes(ctx.part, Wml.attrNs(e, Wml.R, "embed"));
                if (picture != null) {
                    atoms.add(new Atom(Atom.Kind.OBJECT, 0xFFFC, null, rp, false,
                            new InlineObject.Picture(picture, w, h), w));
                    return;
                }
            }
            for (Element e : Wml.descendants(holder, "chart")) {
                if (!CHART.equals(e.getNamespaceURI())) {
                    continue;
                }
                WordPackage.Part chart = ctx.pkg.related(ctx.part, Wml.attrNs(e, Wml.R, "id"));
                if (chart != null && "chartSpace".equals(chart.root().getLocalName())) {
                    Element root = chart.root();
                    atoms.add(new Atom(Atom.Kind.OBJECT, 0xFFFC, null, rp, false, new InlineObject.ChartRef(root, w, h), w));
                    return;
                }
            }
            ctx.warn("a drawing that is neither a picture nor a chart is left blank");
            atoms.add(new Atom(Atom.Kind.OBJECT, 0xFFFC, null, rp, false, new InlineObject.Picture(null, w, h), w));
        }

        /**
         * An anchored picture that text does not wrap around (in front of text: wrapNone; behind text: behindDoc),
         * such as an office's seal over the signature or a certificate's background: drawn at its position.
         * Null for anything else (text wraps around it, or it is not a picture).
         */
        private InlineObject.Floating floating(Element anchor) {
            String behindDoc = anchor.getAttribute("behindDoc");
            boolean behind = "1".equals(behindDoc) || "true".equalsIgnoreCase(behindDoc) || "on".equalsIgnoreCase(behindDoc);
            if (!behind && Wml.child(anchor, "wrapNone") == null) {
                return null;
            }
            Element extent = Wml.child(anchor, "extent");
            Long cx = Wml.longAttr(extent, "cx");
            Long cy = Wml.longAttr(extent, "cy");
            if (cx == null || cy == null) {
                return null;
            }
            for (Element e : Wml.descendants(anchor, "blip")) {
                byte[] picture = ctx.pkg.relatedBytes(ctx.part, Wml.attrNs(e, Wml.R, "embed"));
                if (picture != null) {
                    Element ph = Wml.child(anchor, "positionH");
                    Element pv = Wml.child(anchor, "positionV");
                    return new InlineObject.Floating(picture, cx / EMU_PER_PT, cy / EMU_PER_PT,
                            ph == null ? null : ph.getAttribute("relativeFrom"), alignOf(ph), offsetOf(ph),
                            pv == null ? null : pv.getAttribute("relativeFrom"), alignOf(pv), offsetOf(pv), behind);
                }
            }
            return null;
        }

        private static String alignOf(Element position) {
            Element align = Wml.child(position, "align");
            return align == null ? null : Wml.text(align).trim();
        }

        private static float offsetOf(Element position) {
            Element offset = Wml.child(position, "posOffset");
            if (offset == null) {
                return 0;
            }
            try {
                long emu = Long.parseLong(Wml.text(offset).trim());
                return Math.max(-1_000_000f, Math.min(1_000_000f, emu / EMU_PER_PT));
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private void text(String s, RunProps rp) {
            if (s == null) {
                return;
            }
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\r' || cp == '\n') {
                    continue;
                }
                if (cp == '\t') {
                    atoms.add(new Atom(Atom.Kind.TAB, '\t', null, rp, false, null, 0));
                    continue;
                }
                if (cp == 0xA0) {
                    cp = ' ';
                }
                if (SymbolFonts.isControl(cp)) {
                    ctx.warn(String.format(Locale.ROOT, "control character U+%04X left out", cp));
                    continue;
                }
                if (SymbolFonts.isSymbolFont(rp.ascii()) && (cp >= 0xF020 && cp <= 0xF0FF || cp >= 0x21 && cp <= 0xFF)) {
                    int mapped = SymbolFonts.toUnicode(rp.ascii(), cp);
                    if (mapped < 0) {
                        ctx.warn(String.format(Locale.ROOT, "character U+%04X of the font %s has no Unicode equivalent known here: left out",
                                cp, rp.ascii()));
                        continue;
                    }
                    cp = mapped;
                }
                Atom atom = glyph(cp, rp, s);
                if (atom != null) {
                    atoms.add(atom);
                }
            }
        }

        private RunProps lastRun;
        private ResolvedFont lastEast;
        private ResolvedFont lastAscii;

        /** Script of the last strong character: ASCII punctuation takes it over (LibreOffice's weak characters). */
        private Boolean lastEastAsian;

        private static boolean weak(int cp) {
            return cp < 0x80 && !Character.isLetterOrDigit(cp);
        }

        private Atom glyph(int cp, RunProps rp, String context) {
            boolean east = LineBreaker.isCjk(cp) || LineBreaker.isCjkPunctuation(cp);
            boolean isWeak = weak(cp);
            if (isWeak && cp != ' ') {
                east = Boolean.TRUE.equals(lastEastAsian);
            } else if (!isWeak) {
                lastEastAsian = east;
            }
            if (rp != lastRun) {
                lastRun = rp;
                lastEast = ctx.fonts.resolve(rp.eastAsia(), rp.bold());
                lastAscii = ctx.fonts.resolve(rp.ascii(), rp.bold());
            }
            ResolvedFont primary = east ? lastEast : lastAscii;
            BaseFont font = primary.font();
            boolean synth = primary.syntheticBold();
            ResolvedFont used = primary;
            float size = rp.effectiveSize();
            float advance = cp == ' ' ? font.getWidthPoint(cp, size) : GlyphWidths.width(font, cp, size);
            if (advance < 0) {
                ResolvedFont other = east ? lastAscii : lastEast;
                advance = GlyphWidths.width(other.font(), cp, size);
                if (advance >= 0) {
                    used = other;
                    font = other.font();
                    synth = other.syntheticBold();
                } else {
                    font = null;
                    for (BaseFont f : ctx.fonts.fallbacks()) {
                        if (GlyphWidths.width(f, cp, size) >= 0) {
                            font = f;
                            break;
                        }
                    }
                    if (font == null) {
                        font = ctx.fonts.lastResortFor(cp);
                    }
                    if (font == null && SymbolFonts.isPrivateUse(cp)) {
                        // a private-use character means something only in the font that defined it
                        ctx.warn(String.format(Locale.ROOT, "private-use character U+%04X left out: no font here has it", cp));
                        return null;
                    }
                    if (font == null) {
                        throw new MissingGlyphException(cp, context.length() > 40 ? context.substring(0, 40) + "…" : context);
                    }
                    synth = rp.bold();
                    used = null;
                }
            }
            if (used != null && used.resolution().substituted()) {
                ctx.used.add(used.resolution());
            }
            float width = (advance >= 0 ? advance : font.getWidthPoint(cp, size)) + rp.spacing();
            Atom atom = new Atom(cp == ' ' ? Atom.Kind.SPACE : Atom.Kind.GLYPH, cp, font, rp, synth, null, width);
            atom.latin = cp != ' ' && !east;
            return atom;
        }
    }
}

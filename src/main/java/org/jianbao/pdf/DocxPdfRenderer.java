package org.jianbao.pdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Renders a (filled) Word document as PDF with OpenPDF, laying it out itself: styles → lines (CJK line breaking,
 * 避头尾, justified by character spacing) → pages (grid, keep rules, table rows) → drawing, then headers and
 * footers once the page count is known. Thread-safe: one instance can serve concurrent renders.
 */
public final class DocxPdfRenderer {

    private static final Logger log = LoggerFactory.getLogger(DocxPdfRenderer.class);

    /** More pages than this is a document the renderer refuses (a runaway layout, not a briefing). */
    public static final int MAX_PAGES = 5_000;

    private final FontLibrary fonts;

    public DocxPdfRenderer(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /**
     * @throws MissingGlyphException when a character of the document is in no available font
     * @throws PdfRenderException    when the document cannot be read or written
     */
    public PdfRenderResult render(XWPFDocument doc, OutputStream out) {
        return render(WordPackage.of(doc), out);
    }

    /**
     * @throws MissingGlyphException when a character of the document is in no available font
     * @throws PdfRenderException    when the document cannot be read (a part not well-formed, no body) or written
     */
    public PdfRenderResult render(WordPackage doc, OutputStream out) {
        List<String> warnings = new ArrayList<>();
        Element body = doc.body();
        Styles styles = new Styles(root(doc.mainRelated("styles")));
        float defaultTab = defaultTab(doc);
        LayoutContext ctx = new LayoutContext(doc, fonts, styles, warnings, defaultTab);
        ctx.part = doc.main();
        ctx.numbering = new ListNumbering(numberingDefinitions(doc), warnings);

        Map<Integer, List<Slice>> footnotes = new HashMap<>();
        Paginator paginator = new Paginator(footnotes);
        // sections first (a section's properties end it), so that each knows how the next one starts
        List<List<Element>> contents = new ArrayList<>();
        List<Element> sectPrs = new ArrayList<>();
        List<Element> current = new ArrayList<>();
        List<Element> elements = new ArrayList<>();
        flatten(body, elements);
        for (Element e : elements) {
            if ("sectPr".equals(e.getLocalName())) {
                continue;
            }
            current.add(e);
            Element inner = "p".equals(e.getLocalName()) ? Wml.path(e, "pPr", "sectPr") : null;
            if (inner != null) {
                contents.add(current);
                sectPrs.add(inner);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty() || contents.isEmpty()) {
            contents.add(current);
            sectPrs.add(Wml.child(body, "sectPr"));
        }
        for (int i = 0; i < contents.size(); i++) {
            Element sectPr = sectPrs.get(i);
            PageSetup setup = PageSetup.of(sectPr);
            Columns cols = Columns.of(sectPr, setup);
            List<Block> sectionBlocks = blocks(contents.get(i), setup, cols.width(), ctx);
            footnotes(doc, setup, ctx, footnotes);
            boolean last = i == contents.size() - 1;
            if (last) {
                sectionBlocks.addAll(endnotes(doc, setup, ctx));
            }
            // Word levels the columns of a section that a continuous section follows
            boolean balance = !last && PageSetup.of(sectPrs.get(i + 1)).continuous();
            paginator.section(setup, sectionBlocks, cols.count(), cols.gap(), balance);
        }
        List<Paginator.Page> pages = paginator.pages();
        write(doc, pages, ctx, out);
        Set<FontResolution> substitutions = new LinkedHashSet<>(ctx.used);
        for (String w : warnings) {
            log.warn("PDF: {}", w);
        }
        return new PdfRenderResult(pages.size(), List.copyOf(substitutions), warnings);
    }

    /**
     * The block-level content of a body, cell, header or footer: paragraphs and tables, also inside content
     * controls (w:sdt), custom XML and tracked insertions or moves; deleted and moved-away blocks left out.
     */
    static void flatten(Element parent, List<Element> out) {
        for (Element c : Wml.children(parent)) {
            switch (c.getLocalName()) {
                case "p", "tbl", "sectPr" -> out.add(c);
                case "sdt" -> flatten(Wml.child(c, "sdtContent"), out);
                case "customXml", "ins", "moveTo" -> flatten(c, out);
                case "altChunk" -> out.add(c);
                default -> {
                }
            }
        }
    }

    private static List<Block> blocks(List<Element> elements, PageSetup setup, float width, LayoutContext ctx) {
        ctx.gridPitch = setup.pitch();
        List<Block> blocks = new ArrayList<>();
        for (Element e : elements) {
            if ("p".equals(e.getLocalName())) {
                // text boxes and wrapped pictures anchored in this paragraph first: the paragraph's lines may
                // have to make room for them
                for (Element anchor : Wml.descendants(e, "anchor")) {
                    if (TextBox.places(anchor) && !ctx.placed.contains(anchor)) {
                        ctx.placed.add(anchor);
                        Block placed = TextBox.layout(anchor, setup, ctx);
                        if (placed != null) {
                            blocks.add(placed);
                        }
                    }
                }
            }
            Block b = layoutBlock(e, width, ctx);
            if (b != null) {
                blocks.add(b);
                if (ctx.wrapBand != null) {
                    float left = ctx.wrapBand.height() - Block.height(b.slices());
                    ctx.wrapBand = left > 0.5f ? new LayoutContext.WrapBand(left, ctx.wrapBand.cutLeft(),
                            ctx.wrapBand.cutRight()) : null;
                }
            }
            textBoxes(blocks, width, ctx);
        }
        ctx.wrapBand = null;
        return blocks;
    }

    /** A section's newspaper columns (w:cols): equal columns; unequal ones are drawn equal. */
    record Columns(int count, float gap, float width) {

        static Columns of(Element sectPr, PageSetup setup) {
            Element cols = Wml.child(sectPr, "cols");
            Integer num = Wml.intAttr(cols, "num");
            int n = num == null ? 1 : Math.max(1, Math.min(num, 45)); // Word's limit
            Integer space = Wml.intAttr(cols, "space");
            float gap = n == 1 ? 0 : Math.max(0, space == null ? 36f : space / 20f);
            float width = (setup.bodyWidth() - gap * (n - 1)) / n;
            if (width < 12) {
                return new Columns(1, 0, setup.bodyWidth());
            }
            return new Columns(n, gap, width);
        }
    }

    /** A paragraph or table laid out in the body's width; null (with a warning where due) for anything else. */
    private static Block layoutBlock(Element e, float width, LayoutContext ctx) {
        return switch (e.getLocalName()) {
            case "p" -> ParagraphLayout.layout(e, width, ctx, true);
            case "tbl" -> TableLayout.layout(e, width, ctx, true);
            case "altChunk" -> {
                ctx.warn("an embedded document (altChunk: HTML, RTF or another .docx pasted as a whole) is not rendered");
                yield null;
            }
            default -> null;
        };
    }

    /** The paragraphs of text boxes met in the last block, after it (nested boxes too, a bounded number). */
    private static void textBoxes(List<Block> blocks, float width, LayoutContext ctx) {
        for (int guard = 0; !ctx.textBoxes.isEmpty() && guard < 1000; guard++) {
            List<Element> content = new ArrayList<>();
            for (Element box : ctx.textBoxes) {
                flatten(box, content);
            }
            ctx.textBoxes.clear();
            for (Element e : content) {
                Block b = layoutBlock(e, width, ctx);
                if (b != null) {
                    blocks.add(b);
                }
            }
        }
        ctx.textBoxes.clear();
    }

    /** Endnotes, numbered as referenced (i, ii, iii…), after the text of the last section, as Word places them. */
    private static List<Block> endnotes(WordPackage doc, PageSetup setup, LayoutContext ctx) {
        List<Block> blocks = new ArrayList<>();
        List<String[]> notes = List.copyOf(ctx.notes);
        for (String[] note : notes) {
            if ("endnote".equals(note[0])) {
                blocks.addAll(note(doc, note, setup, ctx));
            }
        }
        return blocks;
    }

    /**
     * The footnotes referenced so far that are not laid out yet, by their index in the document: the paginator
     * puts each at the foot of the page its reference lands on.
     */
    private static void footnotes(WordPackage doc, PageSetup setup, LayoutContext ctx, Map<Integer, List<Slice>> out) {
        for (int i = 0; i < ctx.notes.size(); i++) {
            String[] note = ctx.notes.get(i);
            if ("footnote".equals(note[0]) && !out.containsKey(i)) {
                List<Slice> slices = new ArrayList<>();
                note(doc, note, setup, ctx).forEach(b -> slices.addAll(b.slices()));
                out.put(i, slices);
            }
        }
    }

    /** One note's paragraphs and tables, its number drawn where its w:footnoteRef/w:endnoteRef stands. */
    private static List<Block> note(WordPackage doc, String[] note, PageSetup setup, LayoutContext ctx) {
        List<Block> blocks = new ArrayList<>();
        Element root = null;
        WordPackage.Part notes = doc.mainRelated("footnote".equals(note[0]) ? "footnotes" : "endnotes");
        if (notes != null) {
            for (Element n : Wml.children(notes.root(), note[0])) {
                if (note[1].equals(Wml.attr(n, "id"))) {
                    root = n;
                    break;
                }
            }
        }
        if (root == null) {
            ctx.warn(note[0] + " " + note[1] + " is referenced but not in the document");
            return blocks;
        }
        List<Element> content = new ArrayList<>();
        flatten(root, content);
        ctx.currentNote = note[2];
        try {
            for (Element e : content) {
                Block b = layoutBlock(e, setup.bodyWidth(), ctx);
                if (b != null) {
                    blocks.add(b);
                }
            }
        } finally {
            ctx.currentNote = null;
        }
        return blocks;
    }

    private void write(WordPackage doc, List<Paginator.Page> pages, LayoutContext ctx, OutputStream out) {
        PageSetup firstSetup = pages.get(0).setup;
        Document document = new Document(new Rectangle(firstSetup.width(), firstSetup.height()), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setFullCompression();
            document.addCreator("jianbao");
            document.open();
            boolean evenAndOdd = Wml.onOff(Wml.child(settings(doc), "evenAndOddHeaders"));
            Map<String, String> headers = new HashMap<>();
            Map<String, String> footers = new HashMap<>();
            int number = 0;
            for (int i = 0; i < pages.size(); i++) {
                Paginator.Page page = pages.get(i);
                PageSetup setup = page.setup;
                if (i > 0) {
                    document.setPageSize(new Rectangle(setup.width(), setup.height()));
                    document.newPage();
                }
                writer.setPageEmpty(false);
                Painter painter = new Painter(writer.getDirectContent(), setup.height(), i, setup.bodyBottom(), ctx)
                        .page(writer.getDirectContentUnder(), setup);
                for (Paginator.Placement pl : page.items) {
                    pl.slice().draw(painter, setup.left() + pl.x(), pl.y());
                }
                footnoteArea(page, painter);
                if (page.firstOfSection) {
                    headers.putAll(setup.headers());
                    footers.putAll(setup.footers());
                }
                // page numbers restart where a section says so (pgNumType start); odd/even follows the number
                number = page.firstOfSection && setup.pageNumberStart() != null ? setup.pageNumberStart() : number + 1;
                String kind = page.firstOfSection && setup.titlePg() ? "first"
                        : evenAndOdd && number % 2 == 0 ? "even" : "default";
                ctx.page = number;
                ctx.numPages = pages.size();
                String headerId = "first".equals(kind) ? setup.headers().get("first") : headers.get(kind);
                String footerId = "first".equals(kind) ? setup.footers().get("first") : footers.get(kind);
                headerFooter(doc, headerId, setup, painter, ctx, true);
                headerFooter(doc, footerId, setup, painter, ctx, false);
                ctx.page = 0;
            }
            document.close();
        } catch (DocumentException e) {
            throw new PdfRenderException("cannot write PDF: " + e.getMessage(), e);
        }
    }

    /**
     * The page's footnotes at the foot of its body, under a separator rule a quarter of the body wide (what
     * LibreOffice draws for Word's separator).
     */
    private static void footnoteArea(Paginator.Page page, Painter painter) {
        if (page.notes.isEmpty()) {
            return;
        }
        PageSetup setup = page.setup;
        float y = setup.bodyBottom() - Paginator.notesHeight(page);
        painter.rule(setup.left(), setup.left() + setup.bodyWidth() / 4, y + Paginator.SEPARATOR / 2,
                new Border(0.5f, 0, java.awt.Color.BLACK, false));
        y += Paginator.SEPARATOR;
        for (List<Slice> note : page.notes.values()) {
            for (Slice s : note) {
                s.draw(painter, setup.left(), y);
                y += s.height();
            }
        }
    }

    private static void headerFooter(WordPackage doc, String id, PageSetup setup, Painter painter, LayoutContext ctx,
            boolean header) {
        WordPackage.Part part = doc.related(doc.main(), id);
        if (part == null || !("hdr".equals(part.root().getLocalName()) || "ftr".equals(part.root().getLocalName()))) {
            return;
        }
        WordPackage.Part saved = ctx.part;
        float pitch = ctx.gridPitch;
        ctx.part = part;
        ctx.gridPitch = 0;
        try {
            Element root = part.root();
            List<Element> elements = new ArrayList<>();
            flatten(root, elements);
            List<Slice> slices = new ArrayList<>();
            for (Element e : elements) {
                if ("p".equals(e.getLocalName())) {
                    slices.addAll(ParagraphLayout.layout(e, setup.bodyWidth(), ctx, false).slices());
                } else if ("tbl".equals(e.getLocalName())) {
                    slices.addAll(TableLayout.layout(e, setup.bodyWidth(), ctx, false).slices());
                }
            }
            float height = Block.height(slices);
            float y = header ? setup.header() : setup.height() - setup.footer() - height;
            for (Slice s : slices) {
                s.draw(painter, setup.left(), y);
                y += s.height();
            }
        } finally {
            ctx.part = saved;
            ctx.gridPitch = pitch;
        }
    }

    private static Element root(WordPackage.Part part) {
        return part == null ? null : part.root();
    }

    /** The abstract lists and list instances of numbering.xml (none when the document has no numbering part). */
    private static List<Element> numberingDefinitions(WordPackage doc) {
        List<Element> list = new ArrayList<>();
        Element numbering = root(doc.mainRelated("numbering"));
        list.addAll(Wml.children(numbering, "abstractNum"));
        list.addAll(Wml.children(numbering, "num"));
        return list;
    }

    private static float defaultTab(WordPackage doc) {
        Integer v = Wml.intAttr(Wml.child(settings(doc), "defaultTabStop"), "val");
        return v == null ? 21f : v / 20f;
    }

    /** The settings part's root, or null: settings.xml is optional (other generators than Word leave it out). */
    static Element settings(WordPackage doc) {
        return root(doc.mainRelated("settings"));
    }
}

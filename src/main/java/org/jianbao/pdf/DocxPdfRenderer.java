package org.jianbao.pdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

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
        List<String> warnings = new ArrayList<>();
        Styles styles = new Styles(stylesRoot(doc));
        float defaultTab = defaultTab(doc);
        LayoutContext ctx = new LayoutContext(fonts, styles, warnings, defaultTab);
        ctx.part = doc;
        Element body = element(doc.getDocument().getBody().getDomNode());

        List<PageSetup> setups = new ArrayList<>();
        Paginator paginator = new Paginator();
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
                PageSetup setup = PageSetup.of(inner);
                setups.add(setup);
                paginator.section(setup, blocks(current, setup, ctx));
                current = new ArrayList<>();
            }
        }
        PageSetup last = PageSetup.of(Wml.child(body, "sectPr"));
        if (!current.isEmpty() || setups.isEmpty()) {
            paginator.section(last, blocks(current, last, ctx));
        }
        List<Paginator.Page> pages = paginator.pages();
        write(doc, pages, ctx, out);
        Set<FontResolution> substitutions = new LinkedHashSet<>(ctx.used);
        for (String w : warnings) {
            log.warn("PDF: {}", w);
        }
        return new PdfRenderResult(pages.size(), List.copyOf(substitutions), warnings);
    }

    private static void flatten(Element parent, List<Element> out) {
        for (Element c : Wml.children(parent)) {
            switch (c.getLocalName()) {
                case "p", "tbl", "sectPr" -> out.add(c);
                case "sdt" -> flatten(Wml.child(c, "sdtContent"), out);
                case "customXml" -> flatten(c, out);
                default -> {
                }
            }
        }
    }

    private static List<Block> blocks(List<Element> elements, PageSetup setup, LayoutContext ctx) {
        ctx.gridPitch = setup.pitch();
        List<Block> blocks = new ArrayList<>();
        for (Element e : elements) {
            if ("p".equals(e.getLocalName())) {
                blocks.add(ParagraphLayout.layout(e, setup.bodyWidth(), ctx, true));
            } else {
                blocks.add(TableLayout.layout(e, setup.bodyWidth(), ctx, true));
            }
        }
        return blocks;
    }

    private void write(XWPFDocument doc, List<Paginator.Page> pages, LayoutContext ctx, OutputStream out) {
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
                Painter painter = new Painter(writer.getDirectContent(), setup.height(), i, setup.bodyBottom(), ctx);
                for (Paginator.Placement pl : page.items) {
                    pl.slice().draw(painter, setup.left(), pl.y());
                }
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

    private static void headerFooter(XWPFDocument doc, String id, PageSetup setup, Painter painter, LayoutContext ctx,
            boolean header) {
        if (id == null) {
            return;
        }
        POIXMLDocumentPart part = doc.getRelationById(id);
        if (!(part instanceof XWPFHeaderFooter hf)) {
            return;
        }
        POIXMLDocumentPart saved = ctx.part;
        float pitch = ctx.gridPitch;
        ctx.part = part;
        ctx.gridPitch = 0;
        try {
            Element root = element(hf._getHdrFtr().getDomNode());
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

    private static Element stylesRoot(XWPFDocument doc) {
        try {
            // the parsed styles part, not getStyle(), which parses styles.xml again on every call
            return doc.getStyles() == null ? null : element(doc.getStyles().getCtStyles().getDomNode());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static float defaultTab(XWPFDocument doc) {
        Integer v = Wml.intAttr(Wml.child(settings(doc), "defaultTabStop"), "val");
        return v == null ? 21f : v / 20f;
    }

    /** The settings part's root, or null: settings.xml is optional (other generators than Word leave it out). */
    static Element settings(XWPFDocument doc) {
        try {
            return doc.getSettings() == null || doc.getSettings().getCTSettings() == null ? null
                    : element(doc.getSettings().getCTSettings().getDomNode());
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Element element(Node node) {
        if (node instanceof Element e) {
            return e;
        }
        if (node instanceof org.w3c.dom.Document d) {
            return d.getDocumentElement();
        }
        return null;
    }
}

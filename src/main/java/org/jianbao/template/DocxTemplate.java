package org.jianbao.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.template.TagLocation.Part;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A compiled Word template: immutable and thread-safe, compile once and fill many times.
 * <p>
 * Compiling reads the package safely (size and inflation limits, no DOCTYPEs), finds every tag in the body,
 * headers and footers however Word split it over runs, and turns each part into literal XML between tags.
 * Filling writes the parts anew from that, copies the other entries, and only then — when asked for the
 * {@link XWPFDocument} or when pictures and charts must be placed — lets POI parse the result.
 * <p>
 * Tag problems (malformed tags, unclosed sections) do not stop {@code compile}: {@link #check()} lists them,
 * and {@link #fill} refuses to fill a template that has any.
 */
public final class DocxTemplate {

    static final long MAX_FILE_BYTES = org.jianbao.office.ZipPolicy.MAX_FILE_BYTES;

    private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String MAIN_MACRO = "application/vnd.ms-word.document.macroEnabled.main+xml";
    private static final String MAIN_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private static final String HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    private static final String FOOTER = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";

    /** A compiled XML part. */
    record CompiledPart(String name, Part kind, int index, List<Node> nodes) {
    }

    private final String name;
    /** Every zip entry, in order; the compiled parts' bytes are replaced when filling. */
    private final Map<String, byte[]> entries;
    private final Map<String, CompiledPart> parts;
    private final TemplateCheck structure;

    private DocxTemplate(String name, Map<String, byte[]> entries, Map<String, CompiledPart> parts, TemplateCheck structure) {
        this.name = name;
        this.entries = entries;
        this.parts = parts;
        this.structure = structure;
    }

    public static DocxTemplate compile(Path file) {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw PackageReader.fail(name, "package.too-large", "the file is " + size / 1024 / 1024 + " MB; templates over "
                        + MAX_FILE_BYTES / 1024 / 1024 + " MB are refused");
            }
            return compile(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw PackageReader.fail(name, "package.unreadable", "cannot read the file: " + e.getMessage());
        }
    }

    /** @param name shown in error messages, usually the file name */
    public static DocxTemplate compile(byte[] bytes, String name) {
        Map<String, byte[]> entries = PackageReader.read(bytes, name);
        SafeXml xml = new SafeXml();
        byte[] contentTypes = entries.get("[Content_Types].xml");
        if (contentTypes == null) {
            throw PackageReader.fail(name, "package.not-docx", "not a Word document: the zip has no [Content_Types].xml");
        }
        Map<String, Part> kinds = partKinds(xml.parse(contentTypes, name, "[Content_Types].xml"));
        if (!kinds.containsValue(Part.BODY)) {
            throw PackageReader.fail(name, "package.not-docx", "not a Word document: no main document part");
        }
        entries.forEach((entry, data) -> {
            if (entry.endsWith(".xml") || entry.endsWith(".rels")) {
                SafeXml.refuseDoctype(data, name, entry);
            }
        });
        validateWithPoi(bytes, name);
        List<TemplateCheck.Tag> tags = new ArrayList<>();
        List<TemplateProblem> problems = new ArrayList<>();
        Map<String, CompiledPart> parts = new LinkedHashMap<>();
        for (Part kind : Part.values()) {
            int index = 0;
            for (Map.Entry<String, Part> e : kinds.entrySet()) {
                if (e.getValue() != kind) {
                    continue;
                }
                byte[] data = entries.get(e.getKey());
                if (data == null) {
                    throw PackageReader.fail(name, "package.damaged", "[Content_Types].xml names " + e.getKey() + ", which is missing");
                }
                int partIndex = kind == Part.BODY ? 0 : ++index;
                Document dom = xml.parse(data, name, e.getKey());
                List<Node> nodes = new PartCompiler(dom, kind, partIndex, tags, problems).compile();
                parts.put(e.getKey(), new CompiledPart(e.getKey(), kind, partIndex, List.copyOf(nodes)));
            }
        }
        return new DocxTemplate(name, entries, parts, new TemplateCheck(tags, problems));
    }

    /** Part name (no leading slash) → kind, headers and footers in their numeric order (header1, header2, …). */
    private static Map<String, Part> partKinds(Document contentTypes) {
        Map<String, Part> kinds = new LinkedHashMap<>();
        NodeList overrides = contentTypes.getElementsByTagNameNS("*", "Override");
        List<String[]> found = new ArrayList<>();
        for (int i = 0; i < overrides.getLength(); i++) {
            Element o = (Element) overrides.item(i);
            String type = o.getAttribute("ContentType");
            String part = o.getAttribute("PartName");
            part = part.startsWith("/") ? part.substring(1) : part;
            found.add(new String[] {part, type});
        }
        found.sort(Comparator.comparing((String[] f) -> f[0].length()).thenComparing(f -> f[0]));
        for (String[] f : found) {
            switch (f[1]) {
                case MAIN, MAIN_MACRO, MAIN_TEMPLATE -> kinds.put(f[0], Part.BODY);
                case HEADER -> kinds.put(f[0], Part.HEADER);
                case FOOTER -> kinds.put(f[0], Part.FOOTER);
                default -> {
                    // other parts are copied unchanged
                }
            }
        }
        return kinds;
    }

    /** POI must be able to open what we fill, so it must open the template: find out now, not per document. */
    private static void validateWithPoi(byte[] bytes, String name) {
        try (XWPFDocument doc = org.jianbao.office.WordFiles.open(bytes, name)) {
            doc.getBodyElements();
        } catch (org.jianbao.office.DamagedFileException e) {
            throw new TemplateException(name, new TemplateProblem("package.not-docx", e.problem(), null), e);
        } catch (IOException e) {
            // closing a document read from memory
        }
    }

    public String name() {
        return name;
    }

    /** Every tag with its location, and the template's structure problems. */
    public TemplateCheck check() {
        return structure;
    }

    /** Structure problems, plus what a fill with this data would report (names the data lacks, bad values). */
    public TemplateCheck check(Object data) {
        if (!structure.ok()) {
            return structure;
        }
        Renderer renderer = new Renderer(FillOptions.lenient());
        Scope root = Scope.root(data);
        for (CompiledPart part : parts.values()) {
            renderer.render(part.nodes(), root, new StringBuilder());
        }
        List<TemplateProblem> problems = new ArrayList<>();
        for (TemplateWarning w : renderer.warnings()) {
            problems.add(new TemplateProblem(w.id(), w.message(), w.location()));
        }
        return new TemplateCheck(structure.tags(), problems);
    }

    /** Strict fill: any unknown or null value is an error. */
    public FilledDocument fill(Object data) {
        return fill(data, FillOptions.strict());
    }

    /**
     * @throws TemplateException listing every problem: the template's structure errors, or (strict) every value
     *                           the data lacks
     */
    public FilledDocument fill(Object data, FillOptions options) {
        if (!structure.ok()) {
            throw new TemplateException(name, structure.problems());
        }
        Renderer renderer = new Renderer(options);
        Scope root = Scope.root(data);
        Map<String, byte[]> filled = new LinkedHashMap<>(entries);
        StringBuilder out = new StringBuilder(64 * 1024);
        String main = null;
        String mainXml = null;
        for (CompiledPart part : parts.values()) {
            out.setLength(0);
            renderer.render(part.nodes(), root, out);
            String xml = out.toString();
            if (part.kind() == Part.BODY) {
                main = part.name();
                mainXml = xml;
            }
            filled.put(part.name(), xml.getBytes(StandardCharsets.UTF_8));
        }
        if (!renderer.problems().isEmpty()) {
            throw new TemplateException(name, List.copyOf(renderer.problems()));
        }
        List<TemplateWarning> warnings = new ArrayList<>(renderer.warnings());
        if (!renderer.media().isEmpty() && main != null) {
            // charts of the body as XML: the package stays the engine's, no POI parse and re-save for them
            String withCharts = ChartParts.place(main, mainXml, renderer.media(), filled);
            if (withCharts != null) {
                filled.put(main, withCharts.getBytes(StandardCharsets.UTF_8));
                return new FilledDocument(name, filled, warnings);
            }
        }
        FilledDocument doc = new FilledDocument(name, filled, warnings);
        if (!renderer.media().isEmpty()) {
            MediaPlacer.place(doc, renderer.media(), options, name);
        }
        return doc;
    }
}

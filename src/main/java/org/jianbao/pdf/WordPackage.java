package org.jianbao.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The parts of a .docx that the renderer reads, each parsed on first use into a plain DOM, and the relationships
 * between them. The renderer only reads a document, so it does not need POI's object model: building that model
 * (an XmlBeans parse of every part) took a fifth of a briefing's time and most of the {@code pdf} command's class
 * loading. Not thread-safe: one package per render.
 */
public final class WordPackage {

    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final DocumentBuilderFactory FACTORY = factory();

    private final Map<String, byte[]> entries;
    private final Map<String, Part> parsed = new HashMap<>();
    private final Map<String, Map<String, String>> relationships = new HashMap<>();
    private DocumentBuilder builder;
    private Part main;
    private java.util.Set<String> typed;
    private java.util.Set<String> typedExtensions;

    /** A part of the package: its name (no leading slash, as in the zip) and its root element. */
    public record Part(String name, Element root) {
    }

    private WordPackage(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    /**
     * @param entries the package's zip entries by name (as a zip names them: {@code word/document.xml}); the bytes
     *                are read, never changed
     */
    public static WordPackage of(Map<String, byte[]> entries) {
        return new WordPackage(entries);
    }

    /** A document held in POI's model (made or changed with POI), as the renderer reads it. */
    public static WordPackage of(XWPFDocument document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            document.write(bytes);
            return of(unzip(bytes.toByteArray()));
        } catch (IOException e) {
            throw new PdfRenderException("the document cannot be written out for rendering: " + e.getMessage(), e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] docx) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /**
     * The main document part, the one the package's relationships name as the office document.
     *
     * @throws PdfRenderException when there is none, it is not well-formed XML, or it has no body
     */
    public Part main() {
        if (main == null) {
            String name = packageRelationships().entrySet().stream()
                    .filter(e -> e.getKey().endsWith(OFFICE_DOCUMENT))
                    .map(Map.Entry::getValue).findFirst().orElse("word/document.xml");
            Part part = part(name);
            if (part == null) {
                throw new PdfRenderException("the package has no main document part (" + name + ")");
            }
            if (Wml.child(part.root(), "body") == null) {
                throw new PdfRenderException("the document has no body (w:body)");
            }
            main = part;
        }
        return main;
    }

    public Element body() {
        return Wml.child(main().root(), "body");
    }

    /** The main part's styles, numbering, settings, footnotes or endnotes part (by relationship type), or null. */
    Part mainRelated(String typeSuffix) {
        Part document = main();
        for (Map.Entry<String, String> rel : relationshipsOf(document.name()).entrySet()) {
            if (rel.getKey().startsWith("type:") && rel.getKey().endsWith("/" + typeSuffix)) {
                return part(rel.getValue());
            }
        }
        return null;
    }

    /** The part a relationship of {@code from} points at (a header, footer or chart), or null. */
    Part related(Part from, String id) {
        String target = target(from, id);
        return target == null ? null : part(target);
    }

    /** The bytes of the part a relationship of {@code from} points at (a picture), or null. */
    byte[] relatedBytes(Part from, String id) {
        String target = target(from, id);
        return target == null ? null : entry(target);
    }

    /**
     * An entry by part name. Part names are URIs compared without regard to case (OPC), so a relationship may
     * write {@code media/image%201.png} or {@code Media/Image1.PNG} for what the zip calls otherwise.
     */
    private byte[] entry(String name) {
        byte[] bytes = entries.get(name);
        if (bytes != null) {
            return bytes;
        }
        String decoded = decode(name);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) || e.getKey().equalsIgnoreCase(decoded)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String decode(String name) {
        try {
            return java.net.URLDecoder.decode(name.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private String target(Part from, String id) {
        return from == null || id == null ? null : relationshipsOf(from.name()).get("id:" + id);
    }

    /** A part parsed once; null when the package has no such entry. */
    private Part part(String name) {
        if (parsed.containsKey(name)) {
            return parsed.get(name);
        }
        byte[] bytes = entry(name);
        if (bytes != null && !hasContentType(name)) {
            // what Word and POI refuse as well: a package whose parts are not all declared is damaged
            throw new PdfRenderException(name + " has no content type in [Content_Types].xml");
        }
        Part part = bytes == null ? null : new Part(name, parse(name, bytes).getDocumentElement());
        parsed.put(name, part);
        return part;
    }

    private boolean hasContentType(String name) {
        if (typed == null) {
            typed = new java.util.HashSet<>();
            typedExtensions = new java.util.HashSet<>();
            byte[] bytes = entries.get("[Content_Types].xml");
            if (bytes == null) {
                throw new PdfRenderException("the package has no [Content_Types].xml");
            }
            for (Element e : Wml.children(parse("[Content_Types].xml", bytes).getDocumentElement())) {
                if ("Override".equals(e.getLocalName())) {
                    typed.add(resolve("", e.getAttribute("PartName")).toLowerCase(java.util.Locale.ROOT)); // OPC names ignore case
                } else if ("Default".equals(e.getLocalName())) {
                    typedExtensions.add(e.getAttribute("Extension").toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        int dot = name.lastIndexOf('.');
        return typed.contains(name.toLowerCase(java.util.Locale.ROOT))
                || dot >= 0 && typedExtensions.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private Map<String, String> packageRelationships() {
        return relationships("_rels/.rels", "");
    }

    private Map<String, String> relationshipsOf(String partName) {
        int slash = partName.lastIndexOf('/');
        String folder = slash < 0 ? "" : partName.substring(0, slash + 1);
        return relationships(folder + "_rels/" + partName.substring(slash + 1) + ".rels", folder);
    }

    /**
     * A relationships part as {@code id:ID → target part} and {@code type:TYPE → target part} (the first of each
     * type), targets resolved against {@code folder}; external targets (hyperlinks) are left out.
     */
    private Map<String, String> relationships(String relsName, String folder) {
        return relationships.computeIfAbsent(relsName, n -> {
            Map<String, String> map = new HashMap<>();
            byte[] bytes = entry(n);
            if (bytes == null) {
                return map;
            }
            Element root = parse(n, bytes).getDocumentElement();
            for (Element rel : Wml.children(root)) {
                if (!RELS.equals(rel.getNamespaceURI()) || !"Relationship".equals(rel.getLocalName())
                        || "External".equalsIgnoreCase(rel.getAttribute("TargetMode"))) {
                    continue;
                }
                String target = resolve(folder, rel.getAttribute("Target"));
                map.putIfAbsent("id:" + rel.getAttribute("Id"), target);
                map.putIfAbsent("type:" + rel.getAttribute("Type"), target);
            }
            return map;
        });
    }

    /** A relationship's target as a zip entry name: relative to the source part's folder, or absolute. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (String s : path.split("/")) {
            if (s.equals("..")) {
                segments.pollLast();
            } else if (!s.isEmpty() && !s.equals(".")) {
                segments.addLast(s);
            }
        }
        return String.join("/", segments);
    }

    private org.w3c.dom.Document parse(String name, byte[] bytes) {
        try {
            if (builder == null) {
                builder = FACTORY.newDocumentBuilder();
                builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws on fatal errors, prints nothing
            }
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            throw new PdfRenderException(name + " is not well-formed XML (" + firstLine(e.getMessage()) + ")", e);
        } catch (IOException | ParserConfigurationException e) {
            throw new PdfRenderException(name + " cannot be read (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    private static DocumentBuilderFactory factory() {
        // the JDK's own parser, without the service lookup newInstance() does through every jar
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        try {
            // a DOCTYPE has no place in an OOXML part: refused, so no entity can be declared or fetched
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // the renderer walks every node: built at once, not on first touch (Xerces' deferred DOM)
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
        return f;
    }
}

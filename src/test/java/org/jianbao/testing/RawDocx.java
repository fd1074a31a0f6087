package org.jianbao.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A .docx written as a raw zip with only the parts a test names — not with {@code new XWPFDocument()}, which
 * always adds settings, styles and the rest. The minimum: [Content_Types].xml, _rels/.rels, word/document.xml.
 */
public final class RawDocx {

    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private String body = "<w:p><w:r><w:t>正文</w:t></w:r></w:p>";
    private String documentXml;
    private final Map<String, String[]> parts = new LinkedHashMap<>(); // name -> {contentType, xml}
    private final List<String[]> rels = new ArrayList<>(); // {id, type, target}
    private final Map<String, byte[]> extra = new LinkedHashMap<>();
    private boolean documentContentType = true;

    /** The body's inner XML (w: and r: prefixes are declared). */
    public RawDocx body(String xml) {
        this.body = xml;
        return this;
    }

    /** The whole word/document.xml, as given. */
    public RawDocx documentXml(String xml) {
        this.documentXml = xml;
        return this;
    }

    /** A part under word/, related from the document with this type (e.g. "numbering", "styles", "header"). */
    public RawDocx part(String relType, String id, String fileName, String contentTypeSuffix, String xml) {
        parts.put("word/" + fileName, new String[] {contentTypeSuffix == null ? null
                : contentTypeSuffix.startsWith("application/") ? contentTypeSuffix : CT + contentTypeSuffix, xml});
        rels.add(new String[] {id, REL + relType, fileName});
        return this;
    }

    public RawDocx numbering(String innerXml) {
        return part("numbering", "rIdNum", "numbering.xml", "numbering+xml",
                "<w:numbering xmlns:w=\"" + W + "\">" + innerXml + "</w:numbering>");
    }

    public RawDocx styles(String innerXml) {
        return part("styles", "rIdSty", "styles.xml", "styles+xml",
                "<w:styles xmlns:w=\"" + W + "\">" + innerXml + "</w:styles>");
    }

    /** A relationship whose target is not in the zip. */
    public RawDocx danglingRel(String relType, String id, String target) {
        rels.add(new String[] {id, REL + relType, target});
        return this;
    }

    /** Any zip entry, raw. */
    public RawDocx entry(String name, byte[] data) {
        extra.put(name, data);
        return this;
    }

    /** Leaves the main document part out of [Content_Types].xml. */
    public RawDocx withoutDocumentContentType() {
        documentContentType = false;
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"png\" ContentType=\"image/png\"/>");
            if (documentContentType) {
                types.append("<Override PartName=\"/word/document.xml\" ContentType=\"" + CT + "document.main+xml\"/>");
            }
            for (Map.Entry<String, String[]> p : parts.entrySet()) {
                if (p.getValue()[0] != null) {
                    types.append("<Override PartName=\"/" + p.getKey() + "\" ContentType=\"" + p.getValue()[0] + "\"/>");
                }
            }
            types.append("</Types>");
            put(zip, "[Content_Types].xml", types.toString());
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/document.xml", documentXml != null ? documentXml
                    : "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W
                            + "\" xmlns:r=\"" + R + "\"><w:body>" + body + "</w:body></w:document>");
            if (!rels.isEmpty()) {
                StringBuilder r = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
                for (String[] rel : rels) {
                    r.append("<Relationship Id=\"" + rel[0] + "\" Type=\"" + rel[1] + "\" Target=\"" + rel[2] + "\"/>");
                }
                put(zip, "word/_rels/document.xml.rels", r.append("</Relationships>").toString());
            }
            for (Map.Entry<String, String[]> p : parts.entrySet()) {
                put(zip, p.getKey(), p.getValue()[1]);
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public Path write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A paragraph with one run of text, escaped. */
    public static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text.replace("&", "&amp;").replace("<", "&lt;") + "</w:t></w:r></w:p>";
    }
}

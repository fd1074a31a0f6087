package org.jianbao.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The result of a fill. Holds the filled package; POI parses it only when {@link #document()} is asked for
 * (the PDF renderer does) or when pictures and charts had to be placed. Once the POI document exists, it is what
 * {@link #writeTo} writes, so changes made to it are kept.
 */
public final class FilledDocument {

    private final String name;
    private final Map<String, byte[]> entries;
    private final List<TemplateWarning> warnings;
    private XWPFDocument document;

    FilledDocument(String name, Map<String, byte[]> entries, List<TemplateWarning> warnings) {
        this.name = name;
        this.entries = entries;
        this.warnings = new ArrayList<>(warnings);
    }

    /** The filled document as POI sees it, parsed on first call. */
    public synchronized XWPFDocument document() {
        if (document == null) {
            ByteArrayOutputStream zip = new ByteArrayOutputStream(estimatedSize());
            try {
                zip(zip, false);
                document = new XWPFDocument(OPCPackage.open(new ByteArrayInputStream(zip.toByteArray())));
            } catch (Exception e) {
                throw new TemplateException(name, new TemplateProblem("fill.unreadable",
                        "the filled document cannot be opened: " + e.getMessage(), null), e);
            }
        }
        return document;
    }

    /**
     * The filled package's entries by name, for a reader that parses the parts itself (the PDF renderer): no POI
     * parse. Once {@link #document()} was asked for, the entries of that document as {@link #writeTo} writes it.
     */
    public synchronized Map<String, byte[]> parts() {
        if (document == null) {
            return Collections.unmodifiableMap(entries);
        }
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(toBytes()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name + " back failed", e);
        }
        return Collections.unmodifiableMap(parts);
    }

    /** What a lenient fill let pass (empty in a strict fill). */
    public List<TemplateWarning> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    void warn(TemplateWarning warning) {
        warnings.add(warning);
    }

    /** Writes the .docx. Does not close {@code out}. */
    public synchronized void writeTo(OutputStream out) {
        try {
            if (document != null) {
                document.write(out);
            } else {
                zip(out, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + name + " failed", e);
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(estimatedSize() / 4);
        writeTo(out);
        return out.toByteArray();
    }

    private int estimatedSize() {
        long size = 0;
        for (byte[] b : entries.values()) {
            size += b.length + 100;
        }
        return (int) Math.min(Integer.MAX_VALUE - 16, size + 1024);
    }

    /**
     * {@code compress} false: stored entries, POI's input (no deflate work). true: deflated XML for the file that
     * people mail around (pictures and other already compressed entries are stored).
     */
    private void zip(OutputStream target, boolean compress) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target);
        zip.setLevel(Deflater.BEST_SPEED);
        CRC32 crc = new CRC32();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            byte[] data = e.getValue();
            ZipEntry entry = new ZipEntry(e.getKey());
            if (!compress || isCompressed(e.getKey())) {
                crc.reset();
                crc.update(data);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(data.length);
                entry.setCompressedSize(data.length);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(data);
            zip.closeEntry();
        }
        zip.finish();
    }

    private static boolean isCompressed(String entry) {
        String n = entry.toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".gif")
                || n.endsWith(".xlsx") || n.endsWith(".odttf");
    }
}

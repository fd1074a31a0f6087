package org.jianbao.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens a .docx for reading, whoever made it: checked against the {@link ZipPolicy} first, then parsed by POI,
 * with every way a file can be damaged turned into one {@link DamagedFileException} naming the file and the
 * problem. A valid document lacking optional parts (settings, styles, numbering, fonts, theme) opens.
 */
public final class WordFiles {

    private WordFiles() {
    }

    public static XWPFDocument open(Path file) {
        return open(read(file), file.toString());
    }

    /**
     * The zip entries of a .docx by name, checked as {@link #open} checks them, for a reader that parses the parts
     * itself (the PDF renderer does: it needs no object model of the document).
     */
    public static Map<String, byte[]> entries(Path file) {
        return entries(read(file), file.toString());
    }

    /** @param source the file name for messages */
    public static Map<String, byte[]> entries(byte[] bytes, String source) {
        // one pass over the zip: every entry read under the policy, then checked as checkPackage checks
        Map<String, byte[]> entries = policed(bytes, source, () -> ZipPolicy.readAll(bytes, source));
        checkParts(entries.get("[Content_Types].xml"), entries.containsKey("word/document.xml"), source);
        return entries;
    }

    private static byte[] read(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > ZipPolicy.MAX_FILE_BYTES) {
                throw new DamagedFileException(source, "the file is " + size / 1024 / 1024 + " MB; files over "
                        + ZipPolicy.MAX_FILE_BYTES / 1024 / 1024 + " MB are refused");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DamagedFileException(source, "no such file", e);
        } catch (IOException e) {
            throw new DamagedFileException(source, "cannot be read (" + e.getMessage() + ")", e);
        }
        return bytes;
    }

    /** @param source the file name for messages */
    public static XWPFDocument open(byte[] bytes, String source) {
        checkPackage(bytes, source);
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(OPCPackage.open(new ByteArrayInputStream(bytes)));
        } catch (Exception | StackOverflowError e) {
            // POI reports damage with many exception types (checked and unchecked); all of them mean the file
            throw new DamagedFileException(source, "not a readable .docx (" + reason(e) + ")", e);
        }
        try {
            if (doc.getDocument() == null || doc.getDocument().getBody() == null) {
                throw new DamagedFileException(source, "not a readable .docx (the document has no body, w:body)");
            }
        } catch (RuntimeException e) {
            close(doc);
            throw e instanceof DamagedFileException d ? d
                    : new DamagedFileException(source, "not a readable .docx (" + reason(e) + ")", e);
        }
        return doc;
    }

    /**
     * What can be told before POI parses anything: the kind of file, the zip policy, a main document part.
     * Also the check for a template or speech that reads the zip itself.
     */
    public static void checkPackage(byte[] bytes, String source) {
        byte[][] contentTypes = new byte[1][];
        boolean[] document = new boolean[1];
        policed(bytes, source, () -> {
            ZipPolicy.scan(bytes, source, new ZipPolicy.EntrySink() {
                @Override
                public boolean wants(String name) {
                    document[0] |= "word/document.xml".equals(name);
                    return "[Content_Types].xml".equals(name);
                }

                @Override
                public void accept(String name, byte[] data) {
                    contentTypes[0] = data;
                }
            });
            return null;
        });
        checkParts(contentTypes[0], document[0], source);
    }

    /** The kind of file, then {@code read} under the zip policy, its refusals said as a .docx's damage. */
    private static <T> T policed(byte[] bytes, String source, java.util.function.Supplier<T> read) {
        if (isOle2(bytes)) {
            throw new DamagedFileException(source,
                    "a Word 97-2003 .doc (an OLE2 file), not a .docx; open it in Word or WPS and save it as .docx");
        }
        if (!isZip(bytes)) {
            throw new DamagedFileException(source, "not a .docx (not a zip archive)");
        }
        try {
            return read.get();
        } catch (ZipPolicy.RefusedZipException e) {
            if (e.refusal() == ZipPolicy.Refusal.NOT_ZIP) {
                throw new DamagedFileException(source, "not a .docx (not a zip archive)", e);
            }
            if (e.refusal() == ZipPolicy.Refusal.DAMAGED) {
                throw new DamagedFileException(source, "not a readable .docx (" + e.problem() + ")", e);
            }
            throw e;
        }
    }

    /** A main document part declared in [Content_Types].xml. */
    private static void checkParts(byte[] contentTypes, boolean hasDocument, String source) {
        if (contentTypes == null && !hasDocument) {
            throw new DamagedFileException(source, "not a readable .docx (a zip archive without word/document.xml)");
        }
        if (contentTypes == null) {
            throw new DamagedFileException(source, "not a readable .docx (the zip has no [Content_Types].xml)");
        }
        String types = new String(contentTypes, StandardCharsets.UTF_8);
        if (!types.contains("wordprocessingml.document.main+xml") && !types.contains("ms-word.document.macroEnabled.main+xml")
                && !types.contains("wordprocessingml.template.main+xml")) {
            throw new DamagedFileException(source, "not a Word document (no main document part in [Content_Types].xml)");
        }
    }

    public static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    public static boolean isOle2(byte[] b) {
        return b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }

    /** The innermost message, on one line. */
    static String reason(Throwable e) {
        Throwable root = e;
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            message = root.getClass().getSimpleName();
        }
        message = message.strip();
        int nl = message.indexOf('\n');
        if (nl >= 0) {
            message = message.substring(0, nl).strip();
        }
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private static void close(XWPFDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // read from memory
        }
    }
}

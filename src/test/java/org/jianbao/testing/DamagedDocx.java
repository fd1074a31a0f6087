package org.jianbao.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** .docx files damaged in each of the ways a user's file can be, as raw bytes. */
public final class DamagedDocx {

    private DamagedDocx() {
    }

    /** Name → bytes. */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        byte[] good = new RawDocx().body(RawDocx.p("今年以来，全县经济运行总体平稳。")).styles("").bytes();
        m.put("truncated", Arrays.copyOf(good, good.length * 2 / 3));
        m.put("no-content-type-for-main", new RawDocx().withoutDocumentContentType().bytes());
        m.put("no-content-type-for-styles", new RawDocx().part("styles", "rIdS", "styles.xml", null,
                "<w:styles xmlns:w=\"" + RawDocx.W + "\"/>").bytes());
        m.put("malformed-document-xml", new RawDocx().documentXml("<?xml version=\"1.0\"?><w:document xmlns:w=\""
                + RawDocx.W + "\"><w:body><w:p><w:r><w:t>断开</w:r></w:body></w:document>").bytes());
        m.put("malformed-styles-xml", new RawDocx().styles("<w:style><w:name></w:style>").bytes());
        m.put("no-body", new RawDocx().documentXml("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + RawDocx.W
                + "\"></w:document>").bytes());
        m.put("ole2-renamed", ole2());
        m.put("plain-text", "今年以来，全县经济运行总体平稳。".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        m.put("empty", new byte[0]);
        return m;
    }

    /** An OLE2 compound file (what a Word 97-2003 .doc is), as a user renaming a .doc to .docx has. */
    public static byte[] ole2() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

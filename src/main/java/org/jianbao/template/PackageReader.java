package org.jianbao.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the entries of a .docx (a zip) into memory, refusing what would exhaust it: too many entries, an entry or
 * a total that inflates beyond the limits, or an inflation ratio typical of zip bombs (the same 1:100 rule as
 * POI's {@code ZipSecureFile}). A hostile file fails after a bounded amount of work.
 */
final class PackageReader {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 300L * 1024 * 1024;
    /** Entries larger than this must not inflate more than {@link #MAX_RATIO} times. */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;
    static final int MAX_RATIO = 100;

    private PackageReader() {
    }

    /** Entry name (no leading slash) → bytes, in the zip's order. */
    static Map<String, byte[]> read(byte[] zip, String source) {
        CountingStream counting = new CountingStream(new ByteArrayInputStream(zip));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(counting)) {
            byte[] buffer = new byte[16 * 1024];
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw fail(source, "package.too-many-entries", "more than " + MAX_ENTRIES + " entries in the zip; refused");
                }
                long startCompressed = counting.count;
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    data.write(buffer, 0, n);
                    long size = data.size();
                    long compressed = Math.max(1, counting.count - startCompressed);
                    if (size > MAX_ENTRY_BYTES || total + size > MAX_TOTAL_BYTES
                            || size > RATIO_GRACE_BYTES && size > compressed * MAX_RATIO) {
                        throw fail(source, "package.zip-bomb", e.getName() + " inflates beyond safe limits "
                                + "(more than " + MAX_RATIO + "× its compressed size or " + MAX_ENTRY_BYTES / 1024 / 1024
                                + " MB): possibly a zip bomb; refused");
                    }
                }
                total += data.size();
                String name = e.getName().startsWith("/") ? e.getName().substring(1) : e.getName();
                if (entries.put(name, data.toByteArray()) != null) {
                    throw fail(source, "package.duplicate-entry", "the zip holds " + name + " twice; refused");
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw fail(source, "package.damaged", "not a readable .docx (damaged or truncated zip: " + e.getMessage() + ")");
        } catch (IOException e) {
            throw fail(source, "package.damaged", "cannot read the .docx: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw fail(source, "package.not-zip", "not a .docx file (not a zip archive)");
        }
        return entries;
    }

    static TemplateException fail(String source, String id, String message) {
        return new TemplateException(source, java.util.List.of(new TemplateProblem(id, message, null)));
    }

    /** Counts the compressed bytes the zip reader has consumed, for the inflation ratio. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}

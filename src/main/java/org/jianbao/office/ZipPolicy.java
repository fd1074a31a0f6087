package org.jianbao.office;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * The one zip-safety policy of the program, for every zip it opens: the PDF renderer's input, .docx speeches,
 * .xlsx imports and Word templates. A file is scanned before anything parses it: at most {@link #MAX_ENTRIES}
 * entries, no entry over {@link #MAX_ENTRY_BYTES} inflated, all entries together at most {@link #MAX_TOTAL_BYTES},
 * and no entry over {@link #RATIO_GRACE_BYTES} that inflates more than {@link #MAX_RATIO} times its compressed
 * size (the zip-bomb signature). The same numbers are installed into POI ({@link ZipSecureFile}, and the cap on
 * the byte arrays POI allocates), so a library reading the file afterwards holds to them as well.
 */
public final class ZipPolicy {

    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    public static final int MAX_ENTRIES = 10_000;
    public static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 300L * 1024 * 1024;
    /** Entries larger than this must not inflate more than {@link #MAX_RATIO} times. */
    public static final long RATIO_GRACE_BYTES = 1024 * 1024;
    public static final int MAX_RATIO = 100;
    /** The largest byte array POI may allocate for one record or entry. */
    public static final int MAX_BYTE_ARRAY = (int) MAX_ENTRY_BYTES;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setGraceEntrySize(RATIO_GRACE_BYTES);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
    }

    private ZipPolicy() {
    }

    /** Installs the limits into POI (idempotent; every entry point of this class does it too). */
    public static void install() {
        // the static initialiser did the work
    }

    /** What the scan does with each entry's bytes. */
    public interface EntrySink {
        /** @return whether the entry's bytes are wanted (then {@link #accept} gets them) */
        default boolean wants(String name) {
            return false;
        }

        default void accept(String name, byte[] data) {
        }
    }

    /** Which problem a refusal is, for callers that classify them (the template engine's problem ids). */
    public enum Refusal { TOO_LARGE, TOO_MANY_ENTRIES, BOMB, DUPLICATE_ENTRY, DAMAGED, NOT_ZIP }

    /** A refusal by the policy: a {@link DamagedFileException} that says which rule refused. */
    public static final class RefusedZipException extends DamagedFileException {
        private final Refusal refusal;

        RefusedZipException(String file, Refusal refusal, String problem, Throwable cause) {
            super(file, problem, cause);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** Checks a file against the policy without keeping its contents. */
    public static void check(Path file, String source) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw refuse(source, Refusal.TOO_LARGE, "the file is " + size / 1024 / 1024 + " MB; files over "
                        + MAX_FILE_BYTES / 1024 / 1024 + " MB are refused", null);
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
                scan(in, source, new EntrySink() {
                });
            }
        } catch (NoSuchFileException e) {
            throw new DamagedFileException(source, "no such file", e);
        } catch (IOException e) {
            throw new DamagedFileException(source, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Checks bytes already in memory against the policy. */
    public static void check(byte[] zip, String source) {
        if (zip.length > MAX_FILE_BYTES) {
            throw refuse(source, Refusal.TOO_LARGE, "the file is " + zip.length / 1024 / 1024 + " MB; files over "
                    + MAX_FILE_BYTES / 1024 / 1024 + " MB are refused", null);
        }
        scan(new ByteArrayInputStream(zip), source, new EntrySink() {
        });
    }

    /**
     * Reads every entry in the zip's order, refusing what breaks the policy after a bounded amount of work;
     * the entries the sink wants are handed to it whole.
     */
    public static void scan(InputStream input, String source, EntrySink sink) {
        CountingStream counting = new CountingStream(input);
        long total = 0;
        int entries = 0;
        java.util.Set<String> names = new java.util.HashSet<>();
        try (ZipInputStream in = new ZipInputStream(counting)) {
            byte[] buffer = new byte[16 * 1024];
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw refuse(source, Refusal.TOO_MANY_ENTRIES, "more than " + MAX_ENTRIES + " entries in the zip; refused", null);
                }
                String name = e.getName().startsWith("/") ? e.getName().substring(1) : e.getName();
                if (!names.add(name)) {
                    throw refuse(source, Refusal.DUPLICATE_ENTRY, "the zip holds " + name + " twice; refused", null);
                }
                boolean keep = sink.wants(name);
                ByteArrayOutputStream data = keep ? new ByteArrayOutputStream() : null;
                long startCompressed = counting.count;
                long size = 0;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    if (keep) {
                        data.write(buffer, 0, n);
                    }
                    size += n;
                    long compressed = Math.max(1, counting.count - startCompressed);
                    if (size > MAX_ENTRY_BYTES || total + size > MAX_TOTAL_BYTES
                            || size > RATIO_GRACE_BYTES && size > compressed * MAX_RATIO) {
                        throw refuse(source, Refusal.BOMB, name + " inflates beyond safe limits (more than " + MAX_RATIO
                                + "× its compressed size, " + MAX_ENTRY_BYTES / 1024 / 1024 + " MB per entry or "
                                + MAX_TOTAL_BYTES / 1024 / 1024 + " MB in all): possibly a zip bomb; refused", null);
                    }
                }
                total += size;
                if (keep) {
                    sink.accept(name, data.toByteArray());
                }
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid in the zip's encoding
            throw refuse(source, Refusal.DAMAGED, "damaged or truncated zip (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw refuse(source, Refusal.DAMAGED, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (entries == 0) {
            throw refuse(source, Refusal.NOT_ZIP, "not a zip archive", null);
        }
    }

    private static RefusedZipException refuse(String source, Refusal refusal, String problem, Throwable cause) {
        return new RefusedZipException(source, refusal, problem, cause);
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

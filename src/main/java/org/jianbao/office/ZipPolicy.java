package org.jianbao.office;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

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
            try (SeekableByteChannel channel = Files.newByteChannel(file)) {
                scan(channel, source, new EntrySink() {
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
        scan(zip, source, new EntrySink() {
        });
    }

    /** Every entry of a zip in memory, by name (no leading slash) in the zip's order, read under the policy. */
    public static java.util.Map<String, byte[]> readAll(byte[] zip, String source) {
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        scan(zip, source, new EntrySink() {
            @Override
            public boolean wants(String name) {
                return true;
            }

            @Override
            public void accept(String name, byte[] data) {
                entries.put(name, data);
            }
        });
        return entries;
    }

    /** {@link #scan(SeekableByteChannel, String, EntrySink)} on bytes in memory. */
    public static void scan(byte[] zip, String source, EntrySink sink) {
        if (zip.length > MAX_FILE_BYTES) {
            throw refuse(source, Refusal.TOO_LARGE, "the file is " + zip.length / 1024 / 1024 + " MB; files over "
                    + MAX_FILE_BYTES / 1024 / 1024 + " MB are refused", null);
        }
        scan(new SeekableInMemoryByteChannel(zip), source, sink);
    }

    /**
     * Reads every entry (through the central directory, as Office and POI read a package, in the zip's physical
     * order), refusing what breaks the policy after a bounded amount of work; the entries the sink wants are handed
     * to it whole.
     */
    public static void scan(SeekableByteChannel channel, String source, EntrySink sink) {
        long total = 0;
        int entries = 0;
        java.util.Set<String> names = new java.util.HashSet<>();
        try {
            java.nio.ByteBuffer magic = java.nio.ByteBuffer.allocate(2);
            channel.position(0);
            while (magic.hasRemaining() && channel.read(magic) > 0) {
                // the first two bytes
            }
            if (magic.position() < 2 || magic.get(0) != 'P' || magic.get(1) != 'K') {
                throw refuse(source, Refusal.NOT_ZIP, "not a zip archive", null);
            }
            channel.position(0);
        } catch (IOException e) {
            throw refuse(source, Refusal.DAMAGED, "cannot be read (" + e.getMessage() + ")", e);
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).setIgnoreLocalFileHeader(false).get()) {
            byte[] buffer = new byte[16 * 1024];
            for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (++entries > MAX_ENTRIES) {
                    throw refuse(source, Refusal.TOO_MANY_ENTRIES, "more than " + MAX_ENTRIES + " entries in the zip; refused", null);
                }
                String name = e.getName().startsWith("/") ? e.getName().substring(1) : e.getName();
                if (!names.add(name)) {
                    throw refuse(source, Refusal.DUPLICATE_ENTRY, "the zip holds " + name + " twice; refused", null);
                }
                if (e.isDirectory()) {
                    continue;
                }
                if (!zip.canReadEntryData(e)) {
                    throw refuse(source, Refusal.DAMAGED, name + " is stored in a way that cannot be read (encrypted or"
                            + " an unsupported compression)", null);
                }
                boolean keep = sink.wants(name);
                ByteArrayOutputStream data = keep ? new ByteArrayOutputStream() : null;
                long size = 0;
                try (InputStream in = zip.getInputStream(e)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        if (keep) {
                            data.write(buffer, 0, n);
                        }
                        size += n;
                        long compressed = in instanceof InputStreamStatistics stats ? stats.getCompressedCount()
                                : e.getCompressedSize();
                        if (size > MAX_ENTRY_BYTES || total + size > MAX_TOTAL_BYTES
                                || size > RATIO_GRACE_BYTES && size > Math.max(1, compressed) * MAX_RATIO) {
                            throw refuse(source, Refusal.BOMB, name + " inflates beyond safe limits (more than " + MAX_RATIO
                                    + "× its compressed size, " + MAX_ENTRY_BYTES / 1024 / 1024 + " MB per entry or "
                                    + MAX_TOTAL_BYTES / 1024 / 1024 + " MB in all): possibly a zip bomb; refused", null);
                        }
                    }
                }
                total += size;
                if (keep) {
                    sink.accept(name, data.toByteArray());
                }
            }
        } catch (RefusedZipException e) {
            throw e;
        } catch (java.util.zip.ZipException | EOFException e) {
            throw refuse(source, Refusal.DAMAGED, "damaged or truncated zip (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            // commons-compress reports a file that is no zip, a truncated central directory or a bad entry with
            // IOException, and a few malformed headers with unchecked exceptions: all of them are the file
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (entries == 0 && message.toLowerCase(java.util.Locale.ROOT).contains("not a zip")) {
                throw refuse(source, Refusal.NOT_ZIP, "not a zip archive", e);
            }
            if (entries == 0 && (message.contains("Error reading Zip content") || message.contains("entral directory"))) {
                message = "its table of contents is missing or unreadable";
            }
            throw refuse(source, Refusal.DAMAGED, "damaged or truncated zip (" + message + ")", e);
        }
        if (entries == 0) {
            throw refuse(source, Refusal.NOT_ZIP, "not a zip archive", null);
        }
    }

    private static RefusedZipException refuse(String source, Refusal refusal, String problem, Throwable cause) {
        return new RefusedZipException(source, refusal, problem, cause);
    }
}

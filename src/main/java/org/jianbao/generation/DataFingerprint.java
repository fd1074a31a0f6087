package org.jianbao.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.jianbao.indicator.IndicatorImporter;

/**
 * A fingerprint of the data a run is made from: the SHA-256 of every file ever imported (or refused)
 * plus every file waiting in the inbox or the samples folder. A new or corrected file changes it;
 * a run with nothing new does not, so the job recognises it has nothing to do.
 */
public class DataFingerprint {

    private final JdbcClient jdbc;
    private final List<Path> pendingFolders;

    public DataFingerprint(JdbcClient jdbc, List<Path> pendingFolders) {
        this.jdbc = jdbc;
        this.pendingFolders = List.copyOf(pendingFolders);
    }

    public String current() {
        TreeSet<String> hashes = new TreeSet<>(jdbc.sql("select distinct sha256 from ind_import_log")
                .query(String.class).list());
        for (Path folder : pendingFolders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(Files::isRegularFile).forEach(f -> hashes.add(IndicatorImporter.sha256(f)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
            }
        }
        MessageDigest digest = digest();
        hashes.forEach(h -> digest.update(h.strip().getBytes(StandardCharsets.US_ASCII)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.jianbao.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the shipped sample files ({@code samples/}) so the first run already has numbers. Idempotent:
 * files already imported (same SHA-256) are skipped by the importer, so calling it on every run of
 * the main job costs one hash per file.
 */
public class SampleData {

    private static final Logger log = LoggerFactory.getLogger(SampleData.class);

    private final IndicatorImporter importer;
    private final Path samples;

    SampleData(IndicatorImporter importer, Path samples) {
        this.importer = importer;
        this.samples = samples;
    }

    /** Imports every sample file not imported yet; returns what happened per file. */
    public List<ImportResult> ensureLoaded() {
        if (!Files.isDirectory(samples)) {
            log.warn("sample folder {} not found: no sample data loaded", samples.toAbsolutePath());
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(samples)) {
            files = listing.filter(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(samples + ": " + e.getMessage(), e);
        }
        List<ImportResult> results = files.stream().map(f -> importer.importFile(f, "samples")).toList();
        results.stream().filter(r -> r instanceof ImportResult.Refused).forEach(r -> log.warn("sample {} refused: {}",
                r.file(), ((ImportResult.Refused) r).problems()));
        return results;
    }
}

package org.jianbao.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.jianbao.indicator.ImportResult;
import org.jianbao.indicator.IndicatorImporter;

/**
 * An uploaded indicator, targets or ledger file, imported exactly as {@code import} does (all or nothing, the same
 * checks and hostile-file protections, the same import log). The upload lives in a private temporary folder for the
 * import and is deleted afterwards, imported or not: the database keeps the figures, not the file.
 */
@Component
public class IndicatorUpload {

    /**
     * @param outcome  {@code imported}, {@code unchanged} or {@code refused}
     * @param kind     {@code values}, {@code targets} or {@code projects} when imported
     * @param problems {@code FILE:ROW:COLUMN: message}, FILE as uploaded
     */
    public record Outcome(String file, String outcome, String kind, int rows, List<String> problems) {
    }

    private final IndicatorImporter importer;

    IndicatorUpload(IndicatorImporter importer) {
        this.importer = importer;
    }

    public Outcome importUpload(String originalName, InputStream content, String by) {
        String name = safeName(originalName);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("jianbao-upload-");
            Path file = folder.resolve(name);
            Files.copy(content, file);
            ImportResult result = importer.importFile(file, by);
            if (result instanceof ImportResult.Imported imported) {
                return new Outcome(name, "imported", imported.kind().name().toLowerCase(Locale.ROOT), imported.rows(), List.of());
            }
            if (result instanceof ImportResult.Unchanged) {
                return new Outcome(name, "unchanged", null, 0, List.of());
            }
            return new Outcome(name, "refused", null, 0, ((ImportResult.Refused) result).problems().stream()
                    .map(p -> name + ":" + p.row() + ":" + p.column() + ": " + p.message()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    /** The file's own name without any folder a browser or client sent along; the type stays as its extension. */
    static String safeName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("the upload has no usable file name");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is the system's to clean; the import itself is done.
        }
    }
}

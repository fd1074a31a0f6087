package org.jianbao.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jianbao.indicator.IndicatorImporter;

/**
 * {@code recipients import FILE}: the whole list or nothing, and the shipped sample list on first run so the
 * folder channel works out of the box.
 */
public class RecipientImporter {

    private static final Logger log = LoggerFactory.getLogger(RecipientImporter.class);

    private final Recipients recipients;
    private final Path sample;

    RecipientImporter(Recipients recipients, Path sample) {
        this.recipients = recipients;
        this.sample = sample;
    }

    public RecipientImport importFile(Path file, String by) {
        RecipientFile.Result result;
        try {
            result = RecipientFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        if (result.refused()) {
            return new RecipientImport.Refused(file.toString(), result.problems());
        }
        recipients.replaceAll(result.recipients(), file.toString(), IndicatorImporter.sha256(file), by);
        return new RecipientImport.Imported(file.toString(), result.recipients());
    }

    /**
     * Imports the sample list when no list was ever imported. Once an office imported its own (even an empty
     * one), the sample never comes back.
     */
    public void ensureLoaded() {
        if (recipients.everImported()) {
            return;
        }
        if (!Files.isRegularFile(sample)) {
            log.warn("sample recipients {} not found: the briefing's tail comes from jianbao.briefing.*", sample);
            return;
        }
        RecipientImport result = importFile(sample, "samples");
        if (result instanceof RecipientImport.Refused refused) {
            log.warn("sample recipients refused: {}", refused.problems());
        } else {
            log.info("imported the sample recipients list {} ({} recipients)", sample,
                    ((RecipientImport.Imported) result).recipients().size());
        }
    }
}

package org.jianbao.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jianbao.office.DamagedFileException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one indicator, target or key-project file: all of it in one transaction, or nothing with
 * every problem listed. The same bytes twice change nothing (SHA-256 in the import log); a corrected
 * file replaces the values it covers.
 */
public class IndicatorImporter {

    private static final Logger log = LoggerFactory.getLogger(IndicatorImporter.class);

    private final CatalogueRepository catalogues;
    private final ImportLog importLog;
    private final IndicatorWriter writer;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String defaultImportedBy;
    private final java.util.function.Function<Path, TableReader> readers;

    IndicatorImporter(CatalogueRepository catalogues, ImportLog importLog, IndicatorWriter writer,
            TransactionTemplate transactions, Clock clock, String defaultImportedBy) {
        this(catalogues, importLog, writer, transactions, clock, defaultImportedBy, TableReader::forFile);
    }

    /** @param readers the reader for a file (tests give one that fails as a bug would) */
    IndicatorImporter(CatalogueRepository catalogues, ImportLog importLog, IndicatorWriter writer,
            TransactionTemplate transactions, Clock clock, String defaultImportedBy,
            java.util.function.Function<Path, TableReader> readers) {
        this.readers = readers;
        this.catalogues = catalogues;
        this.importLog = importLog;
        this.writer = writer;
        this.transactions = transactions;
        this.clock = clock;
        this.defaultImportedBy = defaultImportedBy;
    }

    public ImportResult importFile(Path file) {
        return importFile(file, defaultImportedBy);
    }

    /**
     * @param by who imports, for the log
     * @throws UncheckedIOException when the file cannot be read at all (missing, no permission)
     */
    public ImportResult importFile(Path file, String by) {
        String shown = file.toString();
        String fileName = file.getFileName().toString();
        String sha256 = sha256(file);
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<ImportLog.Entry> earlier = importLog.imported(sha256);
        if (earlier.isPresent()) {
            importLog.record(fileName, sha256, earlier.get().kind(), 0, by, now, "UNCHANGED",
                    "same content as import #" + earlier.get().id());
            return new ImportResult.Unchanged(shown, earlier.get().importedAt(), earlier.get().importedBy());
        }
        TableReader reader;
        try {
            reader = readers.apply(file);
        } catch (TableReader.UnsupportedFormatException e) {
            return refuse(shown, fileName, sha256, by, now, List.of(new ImportProblem(shown, 1, "A",
                    "unsupported file type (expected .xlsx, .xls or .csv)")));
        }
        Problems problems = new Problems(shown);
        long started = System.nanoTime();
        ImportResult result = transactions.execute(status -> {
            long importId = importLog.start(fileName, sha256, by, now);
            ImportSession session = new ImportSession(catalogues.load(), LocalDate.now(clock), importId, problems, writer);
            try {
                reader.read(file, session::row);
                session.end();
            } catch (IOException | UncheckedIOException | DamagedFileException e) {
                // only the file's own problems refuse it; anything else (a bug, a lost database) is a failure of
                // the system that must not tell the user to fix good data: it propagates, logged with its cause
                problems.add(1, "A", "cannot read the file as " + reader.format() + ": " + e.getMessage());
            }
            if (problems.any()) {
                status.setRollbackOnly();
                return null;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            ImportStats stats = new ImportStats(reader.approach(), session.dataRows(), session.maxBuffered(), millis);
            FileKind kind = session.kind().orElseThrow();
            importLog.finish(importId, kind, session.written(), String.format(java.util.Locale.ROOT,
                    "%d rows in %d ms (%s)", session.written(), millis, reader.approach()));
            return new ImportResult.Imported(shown, kind, session.written(), importId, stats);
        });
        if (result == null) {
            return refuse(shown, fileName, sha256, by, now, problems.list());
        }
        log.debug("{}: imported {} rows ({}) in {} ms", shown, ((ImportResult.Imported) result).rows(),
                ((ImportResult.Imported) result).kind(), ((ImportResult.Imported) result).stats().millis());
        return result;
    }

    private ImportResult refuse(String shown, String fileName, String sha256, String by, LocalDateTime now,
            List<ImportProblem> problems) {
        importLog.record(fileName, sha256, null, 0, by, now, "REFUSED",
                problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
        return new ImportResult.Refused(shown, problems);
    }

    /** The SHA-256 the import log records for a file, hex. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

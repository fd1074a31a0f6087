package org.jianbao.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Imports the files dropped into the inbox folder (default {@code data/inbox/}), oldest name first,
 * and moves each to {@code processed/} (imported or unchanged) or {@code refused/} with a
 * {@code NAME.errors.txt} beside it listing every problem.
 */
public class InboxImporter {

    private final IndicatorImporter importer;
    private final Path inbox;

    InboxImporter(IndicatorImporter importer, Path inbox) {
        this.importer = importer;
        this.inbox = inbox;
    }

    public Path inbox() {
        return inbox;
    }

    public List<ImportResult> importInbox() {
        return importInbox(null);
    }

    public List<ImportResult> importInbox(String by) {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(inbox)) {
            files = listing.filter(Files::isRegularFile).filter(InboxImporter::isData).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(inbox + ": " + e.getMessage(), e);
        }
        List<ImportResult> results = new ArrayList<>();
        for (Path file : files) {
            ImportResult result = by == null ? importer.importFile(file) : importer.importFile(file, by);
            results.add(result);
            move(file, result);
        }
        return results;
    }

    private void move(Path file, ImportResult result) {
        try {
            Path target = inbox.resolve(result instanceof ImportResult.Refused ? "refused" : "processed");
            Files.createDirectories(target);
            Path moved = Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            if (result instanceof ImportResult.Refused refused) {
                Files.writeString(moved.resolveSibling(moved.getFileName() + ".errors.txt"),
                        refused.problems().stream().map(ImportProblem::toString).collect(Collectors.joining("\n", "", "\n")),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot move out of the inbox: " + e.getMessage(), e);
        }
    }

    private static boolean isData(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // Excel's lock files (~$name.xlsx) and hidden files are not data.
        return !name.startsWith("~$") && !name.startsWith(".")
                && (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".csv"));
    }
}

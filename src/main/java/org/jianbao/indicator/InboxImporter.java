package org.jianbao.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the files dropped into the inbox folder (default {@code data/inbox/}), oldest name first,
 * and moves each to {@code processed/} (imported or unchanged) or {@code refused/} with a
 * {@code NAME.errors.txt} beside it listing every problem.
 *
 * <p>A file is imported only once it has been left alone for the settle time: its last change is that long
 * ago, and its size and time are the same just before it is read as when the folder was listed. A file still
 * being copied (a share, a slow USB stick) is otherwise imported half-written, refused or — worse — accepted
 * with its last rows missing. Such a file stays in the inbox, untouched, for the next import.
 *
 * <p>A file never overwrites an earlier one of the same name in {@code processed/} or {@code refused/}: offices
 * send {@code 指标.xlsx} every month, and last month's is the record of what was imported then.
 */
public class InboxImporter {

    private static final Logger log = LoggerFactory.getLogger(InboxImporter.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final IndicatorImporter importer;
    private final Path inbox;
    private final Duration settle;
    private final Clock clock;

    InboxImporter(IndicatorImporter importer, Path inbox, Duration settle, Clock clock) {
        this.importer = importer;
        this.inbox = inbox;
        this.settle = settle;
        this.clock = clock;
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
        List<FileState> listed = files.stream().map(InboxImporter::state).toList();
        List<ImportResult> results = new ArrayList<>();
        for (FileState seen : listed) {
            Duration changedAgo = Duration.between(seen.modified(), clock.instant());
            if (changedAgo.compareTo(settle) < 0 || !seen.equals(state(seen.file()))) {
                ImportResult.Waiting waiting = new ImportResult.Waiting(seen.file().toString(),
                        changedAgo.isNegative() ? Duration.ZERO : changedAgo);
                log.warn("{}: changed {} s ago, left in the inbox until it has been unchanged for {} s", waiting.file(),
                        waiting.changedAgo().toSeconds(), settle.toSeconds());
                results.add(waiting);
                continue;
            }
            ImportResult result = by == null ? importer.importFile(seen.file()) : importer.importFile(seen.file(), by);
            results.add(result);
            move(seen.file(), result);
        }
        return results;
    }

    /** What tells a file being written from one left alone: its size and the time of its last change. */
    private record FileState(Path file, long size, Instant modified) {
    }

    private static FileState state(Path file) {
        try {
            return new FileState(file, Files.size(file), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private void move(Path file, ImportResult result) {
        try {
            Path target = inbox.resolve(result instanceof ImportResult.Refused ? "refused" : "processed");
            Files.createDirectories(target);
            Path moved = Files.move(file, freeName(target, file.getFileName().toString()));
            if (result instanceof ImportResult.Refused refused) {
                Files.writeString(moved.resolveSibling(moved.getFileName() + ".errors.txt"),
                        refused.problems().stream().map(ImportProblem::toString).collect(Collectors.joining("\n", "", "\n")),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot move out of the inbox: " + e.getMessage(), e);
        }
    }

    /** {@code 指标.xlsx}, or {@code 指标-20261206-013000.xlsx} (then {@code -2}, {@code -3}…) when that is taken. */
    private Path freeName(Path folder, String name) {
        Path plain = folder.resolve(name);
        if (!Files.exists(plain)) {
            return plain;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String stamped = stem + "-" + STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault()));
        Path candidate = folder.resolve(stamped + extension);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(stamped + "-" + n + extension);
        }
        return candidate;
    }

    private static boolean isData(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // Excel's lock files (~$name.xlsx) and hidden files are not data.
        return !name.startsWith("~$") && !name.startsWith(".")
                && (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".csv"));
    }
}

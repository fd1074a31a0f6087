package org.jianbao.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The earlier versions of a file users replace from the service (the speech, a template): before a new version takes
 * its place, the current one moves to {@code versions/NAME-yyyyMMdd-HHmmss.EXT} beside it. Nothing is ever deleted;
 * going back is copying a kept version over the file.
 */
public final class KeptVersions {

    /** A kept version: its file name in {@code versions/}, when it was replaced, its size. */
    record Version(String name, LocalDateTime replacedAt, long size) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern STAMPED = Pattern.compile("\\d{8}-\\d{6}(-\\d+)?\\.");

    private final Clock clock;

    KeptVersions(Clock clock) {
        this.clock = clock;
    }

    /**
     * Puts {@code staged} (a file in the same folder as {@code target}) in place of {@code target} in one rename, so a
     * run reading the target sees the old file or the new one, never half of one. The old file is kept first.
     */
    void replace(Path target, Path staged) {
        try {
            if (Files.exists(target)) {
                Path kept = keptName(target);
                Files.createDirectories(kept.getParent());
                Files.copy(target, kept, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + target + ": " + e.getMessage(), e);
        }
    }

    /** The kept versions of {@code target}, newest first. */
    List<Version> of(Path target) {
        Path folder = folder(target);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String stem = stem(target) + "-";
        String extension = extension(target);
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith(stem) && name.endsWith(extension)
                            && STAMPED.matcher(name.substring(stem.length())).lookingAt())
                    .map(name -> version(folder.resolve(name), stem.length()))
                    .sorted(Comparator.comparing(Version::replacedAt).thenComparing(v -> v.name().length()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path keptName(Path target) {
        String base = stem(target) + "-" + LocalDateTime.now(clock).format(STAMP);
        Path kept = folder(target).resolve(base + extension(target));
        // Two replacements within a second keep both.
        for (int n = 2; Files.exists(kept); n++) {
            kept = folder(target).resolve(base + "-" + n + extension(target));
        }
        return kept;
    }

    /** The time of replacement is the stamp in the name: copies and backups may change a file's own dates. */
    private static Version version(Path file, int stemLength) {
        String name = file.getFileName().toString();
        try {
            return new Version(name, LocalDateTime.parse(name.substring(stemLength, stemLength + 15), STAMP), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent.resolve("versions");
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}

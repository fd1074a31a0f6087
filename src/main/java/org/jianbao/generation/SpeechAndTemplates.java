package org.jianbao.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.jianbao.speech.SpeechInputException;
import org.jianbao.speech.SpeechOutline;

/**
 * The speech and the Word templates the runs read, as the service shows and replaces them. A new version is checked
 * exactly as the commands check it — the speech by the analysis {@code run} does before any work, a template by
 * {@code check-template} — and refused with their messages, nothing stored; a good one takes the file's place in one
 * rename, the previous version kept in {@code versions/} beside it ({@link KeptVersions}).
 */
@Component
public class SpeechAndTemplates {

    /** The configured speech: its file name and the outline {@code speech} prints, or why it cannot be read. */
    public record SpeechView(String file, String outline, String problem, List<KeptVersions.Version> versions) {
    }

    /** A template of the templates folder with its {@code check-template} review. */
    public record TemplateView(String name, long size, LocalDateTime modified, TemplateReview review,
                               List<KeptVersions.Version> versions) {
    }

    /** An upload refused: the one line (or the engine's lines) the commands would print for the same file. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private static final int KEYWORDS = 10; // as `speech` prints by default

    private final JianbaoProperties properties;
    private final SpeechLibrary speeches;
    private final KeptVersions versions;

    SpeechAndTemplates(JianbaoProperties properties, SpeechLibrary speeches, Clock clock) {
        this.properties = properties;
        this.speeches = speeches;
        this.versions = new KeptVersions(clock);
    }

    public SpeechView speech() {
        Path file = properties.speech();
        List<KeptVersions.Version> kept = versions.of(file);
        if (!Files.isRegularFile(file)) {
            return new SpeechView(file.getFileName().toString(), null, file + ": speech file not found", kept);
        }
        try {
            return new SpeechView(file.getFileName().toString(),
                    SpeechOutline.text(speeches.analyse(file), speeches.keywords(file, KEYWORDS)), null, kept);
        } catch (SpeechInputException e) {
            return new SpeechView(file.getFileName().toString(), null, e.getMessage(), kept);
        }
    }

    /**
     * Makes {@code content} the configured speech if the analysis {@code run} does accepts it.
     *
     * @param uploadName the name the file was uploaded with: its extension says how to read it
     */
    public void replaceSpeech(String uploadName, byte[] content) {
        Path target = properties.speech();
        String extension = KeptVersions.extension(Path.of(safeName(uploadName)));
        if (!extension.equals(".txt") && !extension.equals(".docx")) {
            throw new Refused(uploadName + ": a speech is a .txt or .docx file");
        }
        if (!extension.equals(KeptVersions.extension(target))) {
            throw new Refused(uploadName + ": the configured speech " + target.getFileName() + " is a "
                    + KeptVersions.extension(target) + " file (jianbao.speech); upload a " + KeptVersions.extension(target));
        }
        Path staged = stage(target, content);
        boolean installed = false;
        try {
            speeches.analyse(staged);
            versions.replace(target, staged);
            installed = true;
        } catch (SpeechInputException e) {
            // The analyser names the staged file; the user knows it by the name they uploaded.
            throw new Refused(e.getMessage().replace(staged.toAbsolutePath().normalize().toString(), uploadName)
                    .replace(staged.getFileName().toString(), uploadName));
        } finally {
            speeches.forget(staged);
            if (!installed) {
                delete(staged);
            }
        }
    }

    public List<TemplateView> templates() {
        Path folder = properties.templatesDir();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(SpeechAndTemplates::isTemplate).sorted().map(this::view).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a new version in place of the template {@code name} (one listed by {@link #templates()}). */
    public TemplateReview replaceTemplate(String name, byte[] content) {
        Path target = properties.templatesDir().resolve(safeName(name));
        if (!isTemplate(target) || !Files.isRegularFile(target)) {
            throw new Refused(name + ": no such template in " + properties.templatesDir());
        }
        TemplateReview review = TemplateReview.of(content, target.getFileName().toString());
        if (!review.ok()) {
            throw new Refused(review.report());
        }
        versions.replace(target, stage(target, content));
        return review;
    }

    private TemplateView view(Path file) {
        try {
            return new TemplateView(file.getFileName().toString(), Files.size(file),
                    LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault()),
                    TemplateReview.of(Files.readAllBytes(file), file.getFileName().toString()), versions.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx of the folder itself; Word's lock files (~$…) and hidden files are none. */
    private static boolean isTemplate(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".docx") && !name.startsWith("~$") && !name.startsWith(".")
                && !Files.isDirectory(file);
    }

    /** The new content beside the target (hidden), so that putting it in place is one rename on one file system. */
    private static Path stage(Path target, byte[] content) {
        try {
            Path folder = target.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path staged = Files.createTempFile(folder, ".upload-", KeptVersions.extension(target));
            Files.write(staged, content);
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload beside " + target + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path staged) {
        try {
            Files.deleteIfExists(staged);
        } catch (IOException e) {
            // a hidden leftover in the folder; nothing reads it
        }
    }

    /** The file's own name without any folder a browser sent along. */
    private static String safeName(String name) {
        String plain = name == null ? "" : name.replace('\\', '/');
        plain = plain.substring(plain.lastIndexOf('/') + 1).strip();
        if (plain.isEmpty() || plain.equals(".") || plain.equals("..")) {
            throw new Refused("the upload has no usable file name");
        }
        return plain;
    }
}

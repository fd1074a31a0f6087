package org.jianbao.generation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jianbao.speech.Keyword;
import org.jianbao.speech.Speech;
import org.jianbao.speech.SpeechAnalyser;
import org.jianbao.speech.SpeechInputException;
import org.jianbao.speech.SpeechKeywords;

/** Analyses each speech file once per change, however many documents a run makes from it. */
public final class SpeechLibrary {

    /** Modification time and size: coarse timestamps (SMB, FAT) alone could hide an edit made within a second. */
    private record Version(FileTime modified, long size) {

        static Version of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new Version(attributes.lastModifiedTime(), attributes.size());
            } catch (IOException e) {
                return null; // the analyser reports the problem with its own clear message
            }
        }
    }

    private static final class Analysed {
        private final Version version;
        private final Speech speech;
        private List<Keyword> keywords;

        Analysed(Version version, Speech speech) {
            this.version = version;
            this.speech = speech;
        }

        /** Segmenting costs seconds and only the study notes need it: on first request, once. */
        synchronized List<Keyword> keywords(SpeechKeywords finder) {
            if (keywords == null) {
                keywords = finder.top(speech, 50);
            }
            return keywords;
        }
    }

    private final SpeechAnalyser analyser = new SpeechAnalyser();
    private final SpeechKeywords keywordFinder = new SpeechKeywords();
    private final Map<Path, Analysed> cache = new ConcurrentHashMap<>();

    public Speech analyse(Path file) {
        return analysed(file).speech;
    }

    public List<Keyword> keywords(Path file, int limit) {
        List<Keyword> all = analysed(file).keywords(keywordFinder);
        return all.subList(0, Math.min(limit, all.size()));
    }

    /** Drops what is known of a file that is gone (an upload checked and moved away). */
    public void forget(Path file) {
        cache.remove(file.toAbsolutePath().normalize());
    }

    private Analysed analysed(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Version version = Version.of(key);
        return cache.compute(key, (k, known) -> {
            if (known != null && version != null && version.equals(known.version)) {
                return known;
            }
            Speech speech = analyser.analyse(k);
            if (speech.title() == null || speech.title().isBlank()) {
                // Both documents are titled after the speech; without one this is most likely not a speech.
                throw new SpeechInputException(k + ": no title line found — is this a speech?");
            }
            return new Analysed(version, speech);
        });
    }
}

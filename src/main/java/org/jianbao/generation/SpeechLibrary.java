package org.jianbao.generation;

import java.nio.file.Files;
import java.nio.file.Path;
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

    private record Analysed(FileTime modified, long size, Speech speech, List<Keyword> keywords) {
    }

    private final SpeechAnalyser analyser = new SpeechAnalyser();
    private final SpeechKeywords keywordFinder = new SpeechKeywords();
    private final Map<Path, Analysed> cache = new ConcurrentHashMap<>();

    public Speech analyse(Path file) {
        return analysed(file).speech();
    }

    public List<Keyword> keywords(Path file, int limit) {
        List<Keyword> all = analysed(file).keywords();
        return all.subList(0, Math.min(limit, all.size()));
    }

    private Analysed analysed(Path file) {
        Path key = file.toAbsolutePath().normalize();
        FileTime modified = lastModified(key);
        long size = size(key);
        // Modification time and size: coarse timestamps (SMB, FAT) alone could hide an edit made within a second.
        return cache.compute(key, (k, known) -> {
            if (known != null && known.modified().equals(modified) && known.size() == size) {
                return known;
            }
            Speech speech = analyser.analyse(k);
            if (speech.title() == null || speech.title().isBlank()) {
                // Both documents are titled after the speech; without one this is most likely not a speech.
                throw new SpeechInputException(k + ": no title line found — is this a speech?");
            }
            return new Analysed(modified, size, speech, keywordFinder.top(speech, 50));
        });
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (java.io.IOException e) {
            // Let the analyser report the problem with its own clear message.
            return FileTime.fromMillis(0);
        }
    }
}

package org.jianbao.speech;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Parses a speech into a {@link Speech}: outline, quotes, years, plenums, placeholders and assignments.
 *
 * <p>Immutable and thread-safe: one instance serves any number of speeches and threads. Files are read
 * whole (up to {@link #DEFAULT_MAX_BYTES} by default); the work is linear in the text, a 5 MB speech
 * takes about a second.
 *
 * <p>Offsets ({@link Placeholder#offset()}) refer to the normalised text: the non-blank lines, trimmed,
 * joined with {@code \n} (byte order marks and CR removed).
 */
public final class SpeechAnalyser {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final SpeechReader reader;

    public SpeechAnalyser() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes larger files are refused with a {@link SpeechInputException} */
    public SpeechAnalyser(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.reader = new SpeechReader(maxBytes);
    }

    /**
     * Reads and parses a .txt (UTF-8 with or without BOM, GB18030/GBK, UTF-16 with BOM; found out, not
     * told) or a .docx file.
     *
     * @throws SpeechInputException when the file is missing, empty, binary, undecodable, too big, or a
     *                              .docx that is not one; the message names the file
     */
    public Speech analyse(Path file) {
        Objects.requireNonNull(file, "file");
        return analyse(reader.read(file));
    }

    /**
     * Parses text already in memory.
     *
     * @throws SpeechInputException when the text is blank
     */
    public Speech analyse(String text) {
        Objects.requireNonNull(text, "text");
        List<SourceLine> lines = text.lines().map(SourceLine::body).toList();
        if (lines.stream().allMatch(line -> Lines.trim(line.text()).isEmpty())) {
            throw new SpeechInputException("speech text: empty (no text)");
        }
        return analyse(lines);
    }

    private static Speech analyse(List<SourceLine> lines) {
        OutlineParser.Outline outline = OutlineParser.parse(lines);
        List<Passage> passages = outline.passages();
        return new Speech(outline.title(), outline.subtitle(), outline.date(), outline.preamble(), outline.sections(),
                QuoteFinder.find(passages), YearFinder.years(passages), YearFinder.plenums(passages),
                PlaceholderFinder.find(passages), AssignmentFinder.find(passages));
    }
}

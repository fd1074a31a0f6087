package org.jianbao.report;

import java.nio.file.Path;

import org.jianbao.speech.Speech;
import org.jianbao.speech.SpeechAnalyser;

/** The seed speech as the real analyser reads it: report tests see what the job sees. */
final class Seed {

    static final Path FILE = Path.of("seeds", "speech-third-plenum-county.txt");
    private static final Speech SPEECH = new SpeechAnalyser().analyse(FILE);

    private Seed() {
    }

    static Speech speech() {
        return SPEECH;
    }

    /** A speech written for a test, analysed by the real analyser. */
    static Speech of(String text) {
        return new SpeechAnalyser().analyse(text);
    }
}

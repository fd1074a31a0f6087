package org.jianbao.generation;

import java.util.Optional;

import org.jianbao.office.DamagedFileException;
import org.jianbao.pdf.MissingGlyphException;
import org.jianbao.speech.SpeechInputException;
import org.jianbao.template.TemplateException;

/**
 * Tells a problem the user has to fix in a file they own (a template, the speech, the data, a character no
 * font has) from a failure of the system. The first is reported in one line naming the file and the place;
 * the second with its stack trace, for whoever runs the system.
 */
public final class InputProblem {

    private InputProblem() {
    }

    /** The user-fixable problem in {@code failure}'s cause chain, if there is one. */
    public static Optional<RuntimeException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TemplateException || t instanceof SpeechInputException || t instanceof MissingTemplateException
                    || t instanceof NoDataException || t instanceof MissingGlyphException
                    || t instanceof DamagedFileException) {
                return Optional.of((RuntimeException) t);
            }
        }
        return Optional.empty();
    }
}

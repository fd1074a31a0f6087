package org.jianbao.speech;

/**
 * The speech file cannot be read as a speech: missing, empty, binary, undecodable, too big, or a .docx
 * that is not one. The message is one line naming the file and the problem, fit to show a user as is.
 */
public class SpeechInputException extends RuntimeException {

    public SpeechInputException(String message) {
        super(message);
    }

    public SpeechInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.jianbao.cli;

/**
 * A problem with what the user gave us (a file, an option value): shown as one line on stderr,
 * exit code 2, no stack trace.
 */
public class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

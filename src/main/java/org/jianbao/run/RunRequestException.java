package org.jianbao.run;

/**
 * A request that cannot become a run: a speech that is missing or not a speech, an unknown unit, a malformed
 * month, an unknown document name, or another run marked active. One line, for the user to act on.
 */
public class RunRequestException extends RuntimeException {

    public RunRequestException(String message) {
        super(message);
    }

    public RunRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}

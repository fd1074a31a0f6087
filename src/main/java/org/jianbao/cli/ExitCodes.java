package org.jianbao.cli;

/** Exit codes shared by all commands. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The run itself failed (I/O, database, a bug): details in the log. */
    public static final int FAILURE = 1;
    /** Bad input: a file, a template, data or an option the user has to fix. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}

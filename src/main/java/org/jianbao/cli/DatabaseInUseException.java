package org.jianbao.cli;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded (file) database is open in another process: H2 lets one process at a time use it. Not a failure
 * of this run — the user waits for the other one, or moves to a database server for concurrent use.
 */
final class DatabaseInUseException extends UserInputException {

    private static final Pattern FILE = Pattern.compile("\"([^\"]+)\"");

    DatabaseInUseException(SQLException cause) {
        super("the database " + file(cause) + " is in use by another process (an embedded H2 database opens in one"
                + " process at a time): wait for it to finish, or configure a database server (spring.datasource.url)"
                + " for concurrent use", cause);
    }

    /** H2 names the locked file in quotes: {@code Database may be already in use: "/srv/data/jianbao.mv.db". …}. */
    private static String file(SQLException cause) {
        Matcher m = FILE.matcher(String.valueOf(cause.getMessage()));
        return m.find() ? m.group(1) : "";
    }
}

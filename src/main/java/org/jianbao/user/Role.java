package org.jianbao.user;

import java.util.Locale;

/** What a user may do; each role may do everything the one before it may. */
public enum Role {
    /** Read and download documents, runs and the import log. */
    VIEWER,
    /** Also start and restart runs, upload data, speeches and templates. */
    OPERATOR,
    /** Also manage users and read the audit log. */
    ADMIN;

    /** {@code viewer}, {@code operator} or {@code admin}, as typed. */
    public static Role parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("role " + name + ": expected viewer, operator or admin");
        }
    }
}

package org.jianbao.distribution;

import java.util.Optional;

/** A recipient's line in the briefing's tail (报尾). */
public enum TailRole {
    /** 报： offices above the unit. */
    REPORT("报"),
    /** 送： offices at the same level. */
    SEND("送"),
    /** 发： offices below. */
    ISSUE("发");

    private final String mark;

    TailRole(String mark) {
        this.mark = mark;
    }

    public String mark() {
        return mark;
    }

    static Optional<TailRole> ofMark(String text) {
        String t = text.strip().replace("：", "").replace(":", "");
        for (TailRole role : values()) {
            if (role.mark.equals(t) || role.name().equalsIgnoreCase(t)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}

package org.jianbao.indicator;

import java.util.Optional;

/** 招引项目: signed in an earlier year and followed until production; 重点项目: this year's list. */
public enum ProjectCategory {
    招引项目, 重点项目;

    static Optional<ProjectCategory> parse(String text) {
        String t = text.strip();
        if (t.startsWith("招引") || t.startsWith("招商")) {
            return Optional.of(招引项目);
        }
        if (t.startsWith("重点")) {
            return Optional.of(重点项目);
        }
        return Optional.empty();
    }
}

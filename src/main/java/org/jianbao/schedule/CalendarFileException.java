package org.jianbao.schedule;

import java.util.List;

/** A calendar file with problems: nothing of it was loaded. Each problem is {@code FILE:ROW: message}. */
public class CalendarFileException extends RuntimeException {

    private final List<String> problems;

    public CalendarFileException(String file, List<String> problems) {
        super(file + ": refused, nothing loaded (" + problems.size() + (problems.size() == 1 ? " problem)" : " problems)"));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

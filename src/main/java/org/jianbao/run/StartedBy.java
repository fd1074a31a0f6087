package org.jianbao.run;

/**
 * Who or what started a run, kept with it (a job parameter that does not identify the run) for the run
 * history: {@code command}, {@code schedule}, or {@code user:NAME} for the pages and the API.
 */
public record StartedBy(String value) {

    static final String PARAMETER = "startedBy";

    public StartedBy {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("startedBy must name someone or something");
        }
    }

    public static StartedBy command() {
        return new StartedBy("command");
    }

    public static StartedBy schedule() {
        return new StartedBy("schedule");
    }

    public static StartedBy user(String name) {
        return new StartedBy("user:" + name);
    }
}

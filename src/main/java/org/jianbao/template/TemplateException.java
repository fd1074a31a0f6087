package org.jianbao.template;

import java.util.List;

/**
 * A template that cannot be read or filled. Carries every problem found, so the author can fix them in one pass;
 * the message lists them one per line.
 */
public class TemplateException extends RuntimeException {

    private final transient List<TemplateProblem> problems;

    public TemplateException(String source, List<TemplateProblem> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    public TemplateException(String source, TemplateProblem problem, Throwable cause) {
        super(message(source, List.of(problem)), cause);
        this.problems = List.of(problem);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }

    private static String message(String source, List<TemplateProblem> problems) {
        if (problems.size() == 1) {
            return source + ": " + problems.get(0);
        }
        StringBuilder s = new StringBuilder(source).append(": ").append(problems.size()).append(" problems");
        for (TemplateProblem p : problems) {
            s.append("\n  ").append(p);
        }
        return s.toString();
    }
}

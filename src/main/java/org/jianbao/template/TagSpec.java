package org.jianbao.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jianbao.template.TemplateCheck.TagKind;

/**
 * A parsed tag: {@code {{a.b | filter}}}, {@code {{?a}}}, {@code {{^a}}}, {@code {{/a}}}, {@code {{@a}}}.
 *
 * @param text    the tag as written, braces included
 * @param kind    what it does
 * @param path    the dotted name split at dots; empty for {@code {{.}}} (the current element)
 * @param filters the filter chain, in order (values only)
 */
record TagSpec(String text, TagKind kind, List<String> path, List<Filter> filters) {

    /** A name segment: letters (any script), digits, '_' and '-'. */
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}_\\-]+");

    TagSpec {
        path = List.copyOf(path);
        filters = List.copyOf(filters);
    }

    String name() {
        return path.isEmpty() ? "." : String.join(".", path);
    }

    boolean hasDefault() {
        return filters.stream().anyMatch(f -> f instanceof Filter.DefaultFilter);
    }

    /**
     * Parses the text between the braces.
     *
     * @throws IllegalArgumentException with a message for the author when the tag is malformed
     */
    static TagSpec parse(String text) {
        String inner = text.substring(2, text.length() - 2).trim();
        if (inner.isEmpty()) {
            throw new IllegalArgumentException("empty tag");
        }
        TagKind kind = switch (inner.charAt(0)) {
            case '?' -> TagKind.SECTION;
            case '^' -> TagKind.INVERTED_SECTION;
            case '/' -> TagKind.SECTION_END;
            case '@' -> TagKind.MEDIA;
            case '#', '*', '+', '=', '>' -> throw new IllegalArgumentException("tag kind '" + inner.charAt(0)
                    + "' is not supported (use {{name}}, {{?name}}, {{^name}}, {{/name}} or {{@name}})");
            default -> TagKind.VALUE;
        };
        String body = kind == TagKind.VALUE ? inner : inner.substring(1).trim();
        String[] parts = body.split("\\|", -1);
        List<String> path = parsePath(parts[0].trim());
        List<Filter> filters = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            filters.add(Filter.parse(parts[i].trim()));
        }
        if (!filters.isEmpty() && kind != TagKind.VALUE) {
            throw new IllegalArgumentException("filters only apply to value tags");
        }
        if (path.isEmpty() && kind != TagKind.VALUE) {
            throw new IllegalArgumentException("a section or picture needs a name");
        }
        return new TagSpec(text, kind, path, filters);
    }

    private static List<String> parsePath(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("missing name");
        }
        if (name.equals(".")) {
            return List.of();
        }
        String[] segments = name.split("\\.", -1);
        for (String s : segments) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("'" + name + "' has an empty part between dots");
            }
            if (!SEGMENT.matcher(s).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a name (letters, digits, _ and - joined by dots)");
            }
        }
        return List.of(segments);
    }
}

package org.jianbao.template;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills compiled nodes with data into XML text. One instance per fill; collects problems instead of stopping at
 * the first, so the caller can report them all.
 */
final class Renderer {

    /** A picture or chart to place once the filled package is open in POI. */
    record MediaRequest(int id, Object value, TagSpec spec, TagLocation location) {
    }

    static final char MEDIA_MARK = '\uE000';

    private final boolean lenient;
    private final Set<TemplateProblem> problems = new LinkedHashSet<>();
    private final Set<TemplateWarning> warnings = new LinkedHashSet<>();
    private final List<MediaRequest> media = new ArrayList<>();

    Renderer(FillOptions options) {
        this.lenient = options.isLenient();
    }

    Set<TemplateProblem> problems() {
        return problems;
    }

    Set<TemplateWarning> warnings() {
        return warnings;
    }

    List<MediaRequest> media() {
        return media;
    }

    void render(List<Node> nodes, Scope scope, StringBuilder out) {
        for (Node node : nodes) {
            // Java 17: no pattern switch yet; Node is sealed, so these four are all there is
            if (node instanceof Node.Literal l) {
                out.append(l.xml());
            } else if (node instanceof Node.Value v) {
                value(v, scope, out);
            } else if (node instanceof Node.Section s) {
                section(s, scope, out);
            } else if (node instanceof Node.Media m) {
                media(m, scope, out);
            }
        }
    }

    private void section(Node.Section s, Scope scope, StringBuilder out) {
        Scope.Lookup found = lookup(s.spec(), s.location(), scope);
        if (found == null) {
            if (s.inverted()) {
                render(s.body(), scope, out);
            }
            return;
        }
        Object value = found.value();
        if (s.inverted()) {
            if (isEmpty(value)) {
                render(s.body(), scope, out);
            }
            return;
        }
        if (value instanceof Boolean b) {
            if (b) {
                render(s.body(), scope, out);
            }
        } else if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                render(s.body(), scope.push(item), out);
            }
        } else if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                render(s.body(), scope.push(Array.get(value, i)), out);
            }
        } else if (!isEmpty(value)) {
            render(s.body(), scope.push(value), out);
        }
    }

    static boolean isEmpty(Object value) {
        return value == null
                || value instanceof Boolean b && !b
                || value instanceof CharSequence s && s.isEmpty()
                || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty()
                || value.getClass().isArray() && Array.getLength(value) == 0;
    }

    private void value(Node.Value v, Scope scope, StringBuilder out) {
        String text = text(v.spec(), v.location(), scope);
        String w = v.prefix().isEmpty() ? "" : v.prefix() + ":";
        out.append(v.runOpen());
        out.append('<').append(w).append("t xml:space=\"preserve\">");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("</").append(w).append("t><").append(w).append("br/><").append(w)
                        .append("t xml:space=\"preserve\">");
                case '\t' -> out.append("</").append(w).append("t><").append(w).append("tab/><").append(w)
                        .append("t xml:space=\"preserve\">");
                case '\r' -> {
                    // "\r\n" is one line break
                }
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (c >= 0x20) {
                        out.append(c);
                    }
                }
            }
        }
        out.append("</").append(w).append("t>").append(v.runClose());
    }

    private String text(TagSpec spec, TagLocation location, Scope scope) {
        Object value;
        if (spec.hasDefault()) {
            Scope.Lookup found = scope.find(spec.path());
            value = found.found() ? found.value() : null;
        } else {
            Scope.Lookup found = lookup(spec, location, scope);
            if (found == null) {
                return "";
            }
            value = found.value();
        }
        try {
            for (Filter f : spec.filters()) {
                value = f.apply(value);
            }
        } catch (IllegalArgumentException e) {
            report("value.bad", spec.text() + ": " + e.getMessage(), location);
            return "";
        }
        if (value == null) {
            report("value.null", spec.text() + " is null in the data (add | default:TEXT if that is expected)", location);
            return "";
        }
        if (value instanceof Picture || value instanceof Chart) {
            report("value.media", spec.text() + " holds a picture or chart: write {{@" + spec.name() + "}}", location);
            return "";
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            report("value.not-text", spec.text() + " is a list or object, not text: " + Describe.of(value), location);
            return "";
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return Filter.plain(Filter.decimal(value), -1);
        }
        return value.toString();
    }

    private void media(Node.Media m, Scope scope, StringBuilder out) {
        Scope.Lookup found = lookup(m.spec(), m.location(), scope);
        if (found == null) {
            return;
        }
        if (found.value() == null) {
            report("value.null", m.spec().text() + " is null in the data", m.location());
            return;
        }
        int id = media.size();
        media.add(new MediaRequest(id, found.value(), m.spec(), m.location()));
        String w = m.prefix().isEmpty() ? "" : m.prefix() + ":";
        out.append(m.runOpen()).append('<').append(w).append("t>").append(MEDIA_MARK).append(id).append(MEDIA_MARK)
                .append("</").append(w).append("t>").append(m.runClose());
    }

    /** The value of a tag's name; null (after reporting) when the data lacks it. */
    private Scope.Lookup lookup(TagSpec spec, TagLocation location, Scope scope) {
        Scope.Lookup found;
        try {
            found = scope.find(spec.path());
        } catch (IllegalArgumentException e) {
            report("value.bad", spec.text() + ": " + e.getMessage(), location);
            return null;
        }
        if (!found.found()) {
            report("value.unknown", spec.text() + ": the data has no '" + found.missing() + "'", location);
            return null;
        }
        return found;
    }

    void report(String id, String message, TagLocation location) {
        if (lenient) {
            warnings.add(new TemplateWarning(id, message, location));
        } else {
            problems.add(new TemplateProblem(id, message, location));
        }
    }
}

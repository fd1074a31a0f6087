package org.jianbao.report;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the tags of a template in document order and checks them against a model record: every name must be a
 * record component in the current section's element type or an enclosing one (the engine's lookup order), every
 * section must close with its own name. Stands in for the template engine's {@code check-template} until it lands.
 */
final class TemplateTags {

    /** {@code {{?rows}}}, {@code {{/rows}}}, {@code {{^x}}}, {@code {{@chart}}}, {@code {{a.b | filter:arg}}}. */
    record Tag(char kind, String path, String filter) {

        @Override
        public String toString() {
            return "{{" + (kind == ' ' ? "" : String.valueOf(kind)) + path + (filter == null ? "" : " | " + filter) + "}}";
        }
    }

    private static final Pattern TAG = Pattern.compile("\\{\\{([?/^@]?)\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*(?:\\|\\s*([^}]*?)\\s*)?}}");

    private TemplateTags() {
    }

    static List<Tag> read(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> texts = new ArrayList<>();
            for (XWPFHeader h : doc.getHeaderList()) {
                collect(h.getBodyElements(), texts);
            }
            collect(doc.getBodyElements(), texts);
            for (XWPFFooter f : doc.getFooterList()) {
                collect(f.getBodyElements(), texts);
            }
            List<Tag> tags = new ArrayList<>();
            for (String text : texts) {
                Matcher m = TAG.matcher(text);
                while (m.find()) {
                    char kind = m.group(1).isEmpty() ? ' ' : m.group(1).charAt(0);
                    tags.add(new Tag(kind, m.group(2), m.group(3)));
                }
            }
            return tags;
        }
    }

    private static void collect(List<IBodyElement> elements, List<String> texts) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                texts.add(p.getText());
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    StringBuilder rowText = new StringBuilder();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        List<String> inCell = new ArrayList<>();
                        collect(cell.getBodyElements(), inCell);
                        inCell.forEach(rowText::append);
                    }
                    texts.add(rowText.toString());
                }
            }
        }
    }

    /** Problems found: names the model lacks, unbalanced sections. Empty when the template fits the model. */
    static List<String> check(List<Tag> tags, Class<?> model) {
        List<String> problems = new ArrayList<>();
        Deque<Class<?>> scopes = new ArrayDeque<>();
        Deque<String> open = new ArrayDeque<>();
        scopes.push(model);
        for (Tag tag : tags) {
            switch (tag.kind()) {
                case '?', '^' -> {
                    Optional<Type> type = resolve(tag.path(), scopes);
                    if (type.isEmpty()) {
                        problems.add("unknown section " + tag);
                        scopes.push(Object.class);
                    } else {
                        scopes.push(tag.kind() == '^' ? Object.class : elementClass(type.get()));
                    }
                    open.push(tag.path());
                }
                case '/' -> {
                    if (open.isEmpty() || !open.peek().equals(tag.path())) {
                        problems.add("close tag " + tag + " does not match " + open.peek());
                    } else {
                        open.pop();
                        scopes.pop();
                    }
                }
                default -> {
                    if (resolve(tag.path(), scopes).isEmpty()) {
                        problems.add("unknown name " + tag);
                    }
                }
            }
        }
        open.forEach(name -> problems.add("section never closed: " + name));
        return problems;
    }

    /** The top-level names the template uses: every one of them must be a component of the model. */
    static List<String> topLevelNames(List<Tag> tags) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        for (Tag tag : tags) {
            if (depth == 0 && tag.kind() != '/') {
                names.add(tag.path().split("\\.")[0]);
            }
            if (tag.kind() == '?' || tag.kind() == '^') {
                depth++;
            } else if (tag.kind() == '/') {
                depth--;
            }
        }
        return names;
    }

    private static Optional<Type> resolve(String path, Deque<Class<?>> scopes) {
        String[] parts = path.split("\\.");
        for (Class<?> scope : scopes) {
            Optional<Type> first = component(scope, parts[0]);
            if (first.isPresent()) {
                Type type = first.get();
                for (int i = 1; i < parts.length; i++) {
                    Optional<Type> next = component(rawClass(type), parts[i]);
                    if (next.isEmpty()) {
                        return Optional.empty();
                    }
                    type = next.get();
                }
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static Optional<Type> component(Class<?> type, String name) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(name))
                .map(RecordComponent::getGenericType)
                .findFirst();
    }

    /** A list's element type; anything else is its own scope. */
    private static Class<?> elementClass(Type type) {
        if (type instanceof ParameterizedType p && List.class.isAssignableFrom(rawClass(p))) {
            return rawClass(p.getActualTypeArguments()[0]);
        }
        return rawClass(type);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}

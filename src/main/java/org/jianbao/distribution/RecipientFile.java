package org.jianbao.distribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.jianbao.generation.DocumentKind;
import org.jianbao.indicator.ImportProblem;
import org.jianbao.indicator.SheetRow;
import org.jianbao.indicator.TableReader;

/**
 * Reads a recipients list (.csv, .xlsx, .xls) with the indicator import's readers: the first row whose cells
 * name a 名称 column is the header. Every problem is collected as {@code FILE:ROW:COLUMN: message}; the list
 * is taken only when there is none.
 */
final class RecipientFile {

    /** What reading a file gave: recipients in file order, or the reasons it was refused. */
    record Result(List<Recipient> recipients, List<ImportProblem> problems) {
        boolean refused() {
            return !problems.isEmpty();
        }
    }

    private static final String SEPARATORS = "[,，;；、\\s]+";

    private RecipientFile() {
    }

    static Result read(Path file) throws IOException {
        String name = file.toString();
        TableReader reader;
        try {
            reader = TableReader.forFile(file);
        } catch (TableReader.UnsupportedFormatException e) {
            return new Result(List.of(), List.of(new ImportProblem(name, 1, "A", e.getMessage())));
        }
        List<SheetRow> rows = new ArrayList<>();
        reader.read(file, rows::add);

        List<ImportProblem> problems = new ArrayList<>();
        Map<RecipientColumn, Integer> columns = null;
        List<Recipient> recipients = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            if (columns == null) {
                columns = header(row);
                if (!columns.containsKey(RecipientColumn.NAME)) {
                    columns = null; // a title row above the header
                }
                continue;
            }
            recipient(name, row, columns, seen, problems).ifPresent(recipients::add);
        }
        if (columns == null) {
            problems.add(new ImportProblem(name, 1, "A", "no header row with a 名称 (name) column"));
        }
        return new Result(problems.isEmpty() ? recipients : List.of(), problems);
    }

    private static Map<RecipientColumn, Integer> header(SheetRow row) {
        Map<RecipientColumn, Integer> found = new EnumMap<>(RecipientColumn.class);
        for (int c = 0; c < row.cells().size(); c++) {
            int index = c;
            RecipientColumn.recognise(row.cell(c)).ifPresent(col -> found.putIfAbsent(col, index));
        }
        return found;
    }

    private static Optional<Recipient> recipient(String file, SheetRow row, Map<RecipientColumn, Integer> columns,
                                                 Map<String, Integer> seen, List<ImportProblem> problems) {
        int before = problems.size();
        String name = cell(row, columns, RecipientColumn.NAME);
        if (name.isEmpty()) {
            problem(problems, file, row, columns, RecipientColumn.NAME, "name is empty");
        } else if (seen.containsKey(name)) {
            problem(problems, file, row, columns, RecipientColumn.NAME,
                    "duplicate recipient " + name + ": already on row " + seen.get(name));
        } else {
            seen.put(name, row.number());
        }

        String roleText = cell(row, columns, RecipientColumn.ROLE);
        Optional<TailRole> role = roleText.isEmpty() ? Optional.empty() : TailRole.ofMark(roleText);
        if (!roleText.isEmpty() && role.isEmpty()) {
            problem(problems, file, row, columns, RecipientColumn.ROLE,
                    "role \"" + roleText + "\" is not 报, 送 or 发 (or empty)");
        }

        List<String> emails = new ArrayList<>();
        for (String address : split(cell(row, columns, RecipientColumn.EMAIL))) {
            if (isEmailAddress(address)) {
                emails.add(address);
            } else {
                problem(problems, file, row, columns, RecipientColumn.EMAIL, "\"" + address + "\" is not an email address");
            }
        }

        String folder = cell(row, columns, RecipientColumn.FOLDER);

        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        List<String> kindTexts = split(cell(row, columns, RecipientColumn.KINDS));
        for (String text : kindTexts) {
            Optional<DocumentKind> kind = kind(text);
            if (kind.isPresent()) {
                kinds.add(kind.get());
            } else {
                problem(problems, file, row, columns, RecipientColumn.KINDS,
                        "document \"" + text + "\" is not 学习笔记 (study-notes) or 简报 (briefing)");
            }
        }
        if (kindTexts.isEmpty()) {
            kinds = EnumSet.allOf(DocumentKind.class);
        }

        Set<String> units = new LinkedHashSet<>(split(cell(row, columns, RecipientColumn.UNITS)));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Recipient(name, role, emails,
                folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder)), kinds, units));
    }

    /** A bare address with a dotted domain ({@code a@example.org}); no display names, no local-only addresses. */
    static boolean isEmailAddress(String text) {
        if (!text.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]{2,}")) {
            return false;
        }
        try {
            new InternetAddress(text, true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }

    private static Optional<DocumentKind> kind(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "学习笔记", "笔记", "study-notes", "study_notes" -> Optional.of(DocumentKind.STUDY_NOTES);
            case "简报", "工作进展简报", "briefing" -> Optional.of(DocumentKind.BRIEFING);
            default -> Optional.empty();
        };
    }

    private static List<String> split(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.strip().split(SEPARATORS)).filter(s -> !s.isEmpty()).toList();
    }

    private static String cell(SheetRow row, Map<RecipientColumn, Integer> columns, RecipientColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private static void problem(List<ImportProblem> problems, String file, SheetRow row,
                                Map<RecipientColumn, Integer> columns, RecipientColumn column, String message) {
        problems.add(new ImportProblem(file, row.number(), SheetRow.columnLetter(columns.get(column)), message));
    }
}

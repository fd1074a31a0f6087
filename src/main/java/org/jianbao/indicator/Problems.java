package org.jianbao.indicator;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one file. */
final class Problems {

    private final String file;
    private final List<ImportProblem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(int row, int column, String message) {
        list.add(new ImportProblem(file, row, SheetRow.columnLetter(column), message));
    }

    void add(int row, String column, String message) {
        list.add(new ImportProblem(file, row, column, message));
    }

    int count() {
        return list.size();
    }

    boolean any() {
        return !list.isEmpty();
    }

    /** In reading order: by row, then by column (A … Z, AA …). */
    List<ImportProblem> list() {
        return list.stream().sorted(java.util.Comparator.comparingInt(ImportProblem::row)
                .thenComparingInt(p -> p.column().length()).thenComparing(ImportProblem::column)).toList();
    }
}

package org.jianbao.indicator;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one file, in the order found (row order, then column order). */
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

    List<ImportProblem> list() {
        return List.copyOf(list);
    }
}

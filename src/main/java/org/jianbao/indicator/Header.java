package org.jianbao.indicator;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A recognised header row: the file's kind and where each known column is. A row is a header when
 * its recognised columns identify a kind: 指标+统计期 (or a period in the title) and a figure column
 * for values, 指标+年度 and a target column for targets, 项目名称+项目类别 for projects.
 */
record Header(FileKind kind, int rowNumber, Map<Column, Integer> columns) {

    Header {
        columns = Map.copyOf(columns);
    }

    boolean has(Column column) {
        return columns.containsKey(column);
    }

    static Optional<Header> recognise(SheetRow row, boolean periodFromTitle) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int c = 0; c < row.cells().size(); c++) {
            int index = c;
            Column.recognise(row.cell(c)).ifPresent(col -> found.putIfAbsent(col, index));
        }
        Set<Column> cols = found.keySet();
        if (cols.contains(Column.NAME) && cols.contains(Column.CATEGORY)) {
            return Optional.of(new Header(FileKind.PROJECTS, row.number(), found));
        }
        if (cols.contains(Column.INDICATOR) && cols.contains(Column.YEAR)
                && (cols.contains(Column.TARGET_VALUE) || cols.contains(Column.TARGET_GROWTH)
                        || cols.contains(Column.TARGET_RANK))) {
            return Optional.of(new Header(FileKind.TARGETS, row.number(), found));
        }
        if (cols.contains(Column.INDICATOR) && (cols.contains(Column.PERIOD) || periodFromTitle)
                && (cols.contains(Column.VALUE) || cols.contains(Column.GROWTH) || cols.contains(Column.RANK))) {
            return Optional.of(new Header(FileKind.VALUES, row.number(), found));
        }
        return Optional.empty();
    }
}

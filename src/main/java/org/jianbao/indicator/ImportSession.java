package org.jianbao.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one file's rows in order: finds the header row below any title rows, hands data rows to the
 * rows of the file's kind, and stops at the notes under the table.
 *
 * <p>The table ends at a row starting with a note word (注, 说明, 数据来源, 填报…) or at a row with a
 * single filled cell after a blank row; other blank rows are skipped.
 */
final class ImportSession {

    /** A header further down than this is not a header: the sheet is not one of ours. */
    static final int HEADER_SEARCH_ROWS = 30;

    private static final List<String> NOTE_PREFIXES = List.of("注", "说明", "备注", "附注", "资料来源", "数据来源", "来源",
            "填报", "制表", "审核", "负责人", "*", "※");

    private final Catalogue catalogue;
    private final LocalDate today;
    private final long importId;
    private final Problems problems;
    private final IndicatorWriter writer;

    private Optional<YearMonth> titlePeriod = Optional.empty();
    private Header header;
    private KindRows<?> rows;
    private boolean afterBlank;
    private boolean ended;
    private int dataRows;
    /** A values header without 统计期 and no month in a title above it: worth a precise message. */
    private int periodlessHeader;

    ImportSession(Catalogue catalogue, LocalDate today, long importId, Problems problems, IndicatorWriter writer) {
        this.catalogue = catalogue;
        this.today = today;
        this.importId = importId;
        this.problems = problems;
        this.writer = writer;
    }

    void row(SheetRow row) {
        if (ended) {
            return;
        }
        if (header == null) {
            lookForHeader(row);
            return;
        }
        if (row.isBlank()) {
            afterBlank = true;
            return;
        }
        if (isNote(row)) {
            ended = true;
            return;
        }
        afterBlank = false;
        dataRows++;
        rows.accept(row);
    }

    private void lookForHeader(SheetRow row) {
        if (row.number() > HEADER_SEARCH_ROWS || row.isBlank()) {
            return;
        }
        Optional<Header> recognised = Header.recognise(row, titlePeriod.isPresent());
        if (recognised.isEmpty()) {
            if (periodlessHeader == 0 && Header.recognise(row, true).isPresent()) {
                periodlessHeader = row.number();
            }
            if (titlePeriod.isEmpty()) {
                titlePeriod = Fields.periodInTitle(String.join(" ", row.cells()));
            }
            return;
        }
        header = recognised.get();
        if (missingColumns()) {
            ended = true;
            return;
        }
        ImportContext context = new ImportContext(catalogue, header, titlePeriod, today, problems);
        rows = switch (header.kind()) {
            case VALUES -> new ValueRows(context, batch -> writer.values(batch, coveredFigures(), importId));
            case TARGETS -> new TargetRows(context, batch -> writer.targets(batch, importId));
            case PROJECTS -> new ProjectRows(context, batch -> writer.projects(batch, importId));
        };
    }

    /** The figure columns this file has: only those replace what earlier files gave. */
    private Set<Column> coveredFigures() {
        Set<Column> covered = java.util.EnumSet.noneOf(Column.class);
        for (Column c : List.of(Column.VALUE, Column.GROWTH, Column.MONTH_GROWTH, Column.RANK)) {
            if (header.has(c)) {
                covered.add(c);
            }
        }
        return covered;
    }

    private boolean missingColumns() {
        Set<Column> required = switch (header.kind()) {
            case VALUES -> Set.of();
            case TARGETS -> Set.of();
            case PROJECTS -> Set.of(Column.YEAR, Column.STATUS);
        };
        int before = problems.count();
        required.stream().filter(c -> !header.has(c)).sorted().forEach(c -> problems.add(header.rowNumber(),
                SheetRow.columnLetter(header.columns().values().stream().mapToInt(i -> i).max().orElse(0) + 1),
                "missing column " + c.label() + " (" + c.name().toLowerCase(java.util.Locale.ROOT) + ")"));
        return problems.count() > before;
    }

    private boolean isNote(SheetRow row) {
        String first = row.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).findFirst().orElse("");
        if (NOTE_PREFIXES.stream().anyMatch(first::startsWith)) {
            return true;
        }
        long filled = row.cells().stream().filter(c -> !c.isBlank()).count();
        return afterBlank && filled == 1;
    }

    /** Called after the last row: reports a file without a header or without data. */
    void end() {
        if (header == null && periodlessHeader > 0) {
            problems.add(periodlessHeader, "A", "missing column 统计期 (period): add it, or name the month in a title "
                    + "row above the header (2026年1-10月主要经济指标)");
            return;
        }
        if (header == null) {
            problems.add(1, "A", "no header row found in the first " + HEADER_SEARCH_ROWS + " rows: expected "
                    + "统计期/period, 指标/indicator and 本期累计/value (indicator values), 年度/year, 指标/indicator and "
                    + "目标值/target_value (targets), or 项目名称/name and 项目类别/category (key projects)");
            return;
        }
        if (rows == null) {
            return;
        }
        if (dataRows == 0) {
            problems.add(header.rowNumber(), "A", "no data rows under the header");
            return;
        }
        rows.finish();
    }

    Optional<FileKind> kind() {
        return Optional.ofNullable(header).map(Header::kind);
    }

    int dataRows() {
        return dataRows;
    }

    int written() {
        return rows == null ? 0 : rows.written();
    }

    int maxBuffered() {
        return rows == null ? 0 : rows.maxBuffered();
    }
}

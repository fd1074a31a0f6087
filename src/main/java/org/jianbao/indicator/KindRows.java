package org.jianbao.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The data rows of one kind of file: each row is checked and, while the file is still clean, buffered
 * and written in batches inside the file's transaction. Once a problem is found nothing more is
 * written (the transaction is rolled back anyway) but every row is still checked, so the report lists
 * every problem. Memory holds one batch plus the keys seen for the duplicate check.
 */
abstract class KindRows<T> {

    static final int BATCH = 500;

    protected final ImportContext context;
    private final Consumer<List<T>> writer;
    private final List<T> buffer = new ArrayList<>(BATCH);
    private int written;
    private int maxBuffered;

    KindRows(ImportContext context, Consumer<List<T>> writer) {
        this.context = context;
        this.writer = writer;
    }

    /** Checks one data row; returns the parsed row, or null after adding its problems. */
    protected abstract T parse(SheetRow row);

    final void accept(SheetRow row) {
        T parsed = parse(row);
        if (parsed == null || context.problems().any()) {
            return;
        }
        buffer.add(parsed);
        maxBuffered = Math.max(maxBuffered, buffer.size());
        if (buffer.size() == BATCH) {
            flush();
        }
    }

    final void finish() {
        if (!context.problems().any()) {
            flush();
        }
    }

    private void flush() {
        if (!buffer.isEmpty()) {
            writer.accept(List.copyOf(buffer));
            written += buffer.size();
            buffer.clear();
        }
    }

    final int written() {
        return written;
    }

    final int maxBuffered() {
        return maxBuffered;
    }

    /** A cell's text, or "" when the file has no such column. */
    protected final String text(SheetRow row, Column column) {
        Integer index = context.header().columns().get(column);
        return index == null ? "" : row.cell(index);
    }

    protected final int index(Column column) {
        Integer index = context.header().columns().get(column);
        return index == null ? 0 : index;
    }

    protected final void problem(SheetRow row, Column column, String message) {
        context.problems().add(row.number(), index(column), message);
    }

    /** The row's unit: the 单位 cell, or the default unit when the file has no such column or the cell is blank. */
    protected final Unit unit(SheetRow row) {
        String name = text(row, Column.UNIT);
        if (name.isEmpty()) {
            return context.catalogue().defaultUnit();
        }
        var unit = context.catalogue().unit(name);
        if (unit.isEmpty()) {
            List<String> closest = context.catalogue().closestUnits(name);
            problem(row, Column.UNIT, "unknown unit \"" + name + "\""
                    + (closest.isEmpty() ? "; known units: " + String.join(", ", context.catalogue().units().stream().map(Unit::name).toList())
                            : "; did you mean " + String.join(", ", closest) + "?"));
            return null;
        }
        return unit.get();
    }

    protected final Indicator indicator(SheetRow row) {
        String name = text(row, Column.INDICATOR);
        if (name.isEmpty()) {
            problem(row, Column.INDICATOR, "indicator is missing");
            return null;
        }
        var indicator = context.catalogue().indicator(name);
        if (indicator.isEmpty()) {
            List<String> closest = context.catalogue().closestIndicators(name);
            problem(row, Column.INDICATOR, "unknown indicator \"" + name + "\""
                    + (closest.isEmpty() ? "" : "; did you mean " + String.join(", ", closest) + "?"));
            return null;
        }
        return indicator.get();
    }

    /** The 计量单位 cell, when present, must be the catalogue's measure. */
    protected final boolean measureMatches(SheetRow row, Indicator indicator) {
        String measure = text(row, Column.MEASURE);
        if (measure.isEmpty() || Catalogue.normalise(measure).equals(Catalogue.normalise(indicator.measure()))) {
            return true;
        }
        problem(row, Column.MEASURE, "unit mismatch: " + indicator.name() + " is measured in "
                + indicator.measure() + ", the file says " + measure);
        return false;
    }
}

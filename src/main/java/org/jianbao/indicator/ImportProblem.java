package org.jianbao.indicator;

/**
 * One reason a file was refused, printed as {@code FILE:ROW:COLUMN: message}. Columns are spreadsheet
 * letters (A, B, … AA) for every format, so the line points at the cell to fix.
 */
public record ImportProblem(String file, int row, String column, String message) {

    @Override
    public String toString() {
        return file + ":" + row + ":" + column + ": " + message;
    }
}

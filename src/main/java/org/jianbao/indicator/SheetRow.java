package org.jianbao.indicator;

import java.util.List;

/**
 * One row of a sheet as text, as a person sees it in the spreadsheet.
 *
 * @param number 1-based row number, as spreadsheets and the error lines show it
 * @param cells  cell texts by 0-based column; missing cells are empty strings
 */
public record SheetRow(int number, List<String> cells) {

    public String cell(int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c.isBlank());
    }

    /** Excel's column letters: 0 → A, 26 → AA. Error lines name columns this way for every format. */
    public static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}

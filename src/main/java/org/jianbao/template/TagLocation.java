package org.jianbao.template;

/**
 * Where a tag stands in the template, so the author can find it in Word.
 *
 * @param part        body, header or footer
 * @param partIndex   1-based number of the header or footer (0 for the body)
 * @param paragraph   1-based number of the paragraph in its part, counted in reading order (table cells included)
 * @param textAround  the paragraph's text around the tag, shortened
 * @param table       1-based number of the innermost table in its part, or 0 when the tag is not in a table
 * @param row         1-based row in that table (0 outside tables)
 * @param cell        1-based cell in that row (0 outside tables)
 */
public record TagLocation(Part part, int partIndex, int paragraph, String textAround, int table, int row, int cell) {

    public enum Part { BODY, HEADER, FOOTER }

    public boolean inTable() {
        return table > 0;
    }

    /** e.g. {@code header 1, paragraph 2, table 1 row 3 cell 2: “…{{unit.nmae}}…”}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(part.name().toLowerCase());
        if (part != Part.BODY) {
            s.append(' ').append(partIndex);
        }
        s.append(", paragraph ").append(paragraph);
        if (inTable()) {
            s.append(", table ").append(table).append(" row ").append(row).append(" cell ").append(cell);
        }
        s.append(": “").append(textAround).append('”');
        return s.toString();
    }
}

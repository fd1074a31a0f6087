package org.jianbao.indicator;

import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;

/** How spreadsheet cells become text: as displayed, except that dates are always ISO (2026-03-15). */
final class CellText {

    private CellText() {
    }

    static DataFormatter formatter() {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        // Built-in date formats (m/d/yy) would otherwise turn a date into "3/15/26".
        formatter.addFormat("m/d/yy", new java.text.SimpleDateFormat("yyyy-MM-dd", Locale.ROOT));
        formatter.addFormat("yyyy/m/d", new java.text.SimpleDateFormat("yyyy-MM-dd", Locale.ROOT));
        formatter.addFormat("yyyy-mm-dd", new java.text.SimpleDateFormat("yyyy-MM-dd", Locale.ROOT));
        return formatter;
    }
}

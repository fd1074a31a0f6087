package org.jianbao.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.jianbao.office.ZipPolicy;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Legacy .xls through HSSF. The format caps a sheet at 65,536 rows, so the in-memory model is bounded
 * by the format itself; streaming matters for .xlsx only.
 */
final class XlsTableReader implements TableReader {

    @Override
    public void read(Path file, Consumer<SheetRow> rows) throws IOException {
        DataFormatter formatter = CellText.formatter();
        ZipPolicy.install(); // the cap on POI's byte arrays
        try (InputStream in = Files.newInputStream(file); HSSFWorkbook workbook = open(in)) {
            Sheet sheet;
            try {
                sheet = workbook.getSheetAt(0);
            } catch (RuntimeException e) {
                throw new IOException("not a readable .xls file: " + e.getMessage(), e);
            }
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
                }
                rows.accept(new SheetRow(row.getRowNum() + 1, cells));
            }
        }
    }

    /** POI parses the whole workbook here, before any code of ours runs: whatever it throws is about the file. */
    private static HSSFWorkbook open(InputStream in) throws IOException {
        try {
            return new HSSFWorkbook(in);
        } catch (RuntimeException e) {
            throw new IOException("not a readable .xls file: " + e.getMessage(), e);
        }
    }

    @Override
    public String approach() {
        return "xls-hssf";
    }
}

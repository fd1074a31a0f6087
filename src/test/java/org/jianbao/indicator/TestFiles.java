package org.jianbao.indicator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small test sheets: every cell as text, unless it parses as a number (then numeric, as Excel would store it). */
final class TestFiles {

    private TestFiles() {
    }

    static Path csv(Path file, Charset charset, boolean bom, List<List<String>> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(",", row.stream().map(TestFiles::quote).toList())).append("\r\n");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text.toString().getBytes(charset));
        }
        return file;
    }

    static Path csv(Path file, List<List<String>> rows) throws IOException {
        return csv(file, StandardCharsets.UTF_8, false, rows);
    }

    static Path xlsx(Path file, List<List<String>> rows) throws IOException {
        return workbook(file, new XSSFWorkbook(), rows);
    }

    static Path xls(Path file, List<List<String>> rows) throws IOException {
        return workbook(file, new HSSFWorkbook(), rows);
    }

    private static Path workbook(Path file, Workbook workbook, List<List<String>> rows) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String text = cells.get(c);
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (text.matches("-?\\d+(\\.\\d+)?") && !text.matches("\\d{4}")) {
                        row.createCell(c).setCellValue(Double.parseDouble(text));
                    } else {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}

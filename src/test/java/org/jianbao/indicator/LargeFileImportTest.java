package org.jianbao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A 100,000-row .xlsx is read with the SAX event reader and written in bounded batches: the assertion is
 * on the approach (streaming reader, at most one batch of parsed rows in memory) and on the row count;
 * the timing is logged for docs/notes/indicator.md, never asserted.
 */
@SpringBootTest
@ActiveProfiles("test")
class LargeFileImportTest {

    private static final Logger log = LoggerFactory.getLogger(LargeFileImportTest.class);
    static final int UNITS = 25;
    static final int ROWS = 100_000;

    @Autowired
    IndicatorImporter importer;
    @Autowired
    CatalogueRepository catalogues;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void aHundredThousandRowSheetIsStreamed() throws Exception {
        for (int u = 1; u <= UNITS; u++) {
            catalogues.ensureUnit("压测" + u + "区", UnitKind.DISTRICT);
        }
        List<Indicator> indicators = catalogues.load().indicators();
        Path file = dir.resolve("large.xlsx");
        long written = System.nanoTime();
        // SXSSF keeps a window of 100 rows in memory while writing: the test file itself is made in bounded memory.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("data");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("压测数据(虚构)");
            Row header = sheet.createRow(1);
            String[] names = {"统计期", "单位", "指标", "本期累计", "同比增长", "当月增速", "全市排名"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            int r = 2;
            YearMonth period = YearMonth.of(1990, 1);
            outer:
            while (true) {
                for (int u = 1; u <= UNITS; u++) {
                    for (Indicator indicator : indicators) {
                        if (r - 2 == ROWS) {
                            break outer;
                        }
                        Row row = sheet.createRow(r++);
                        row.createCell(0).setCellValue(period.toString());
                        row.createCell(1).setCellValue("压测" + u + "区");
                        row.createCell(2).setCellValue(indicator.name());
                        row.createCell(3).setCellValue(100 + (r % 997) / 10.0);
                        row.createCell(4).setCellValue((r % 200) / 10.0 - 5);
                        row.createCell(5).setCellValue((r % 150) / 10.0 - 3);
                        row.createCell(6).setCellValue(1 + r % 16);
                    }
                }
                period = period.plusMonths(1);
            }
            workbook.write(out);
        }
        log.info("wrote {} rows to {} ({} KiB) in {} ms", ROWS, file.getFileName(), Files.size(file) / 1024,
                (System.nanoTime() - written) / 1_000_000);
        int before = count();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();

        ImportResult result = importer.importFile(file);
        long cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1_000_000;

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        ImportResult.Imported imported = (ImportResult.Imported) result;
        assertThat(imported.rows()).isEqualTo(ROWS);
        assertThat(count() - before).isEqualTo(ROWS);
        assertThat(imported.stats().approach()).isEqualTo("xlsx-sax");
        assertThat(imported.stats().dataRows()).isEqualTo(ROWS);
        assertThat(imported.stats().maxBufferedRows()).isLessThanOrEqualTo(KindRows.BATCH);
        Runtime rt = Runtime.getRuntime();
        // Wall time depends on what else the machine runs; process CPU time is the steadier figure.
        log.info("imported {} rows in {} ms wall, {} ms CPU: {} rows/s wall; heap used after import {} MiB (max {} MiB)",
                imported.rows(), imported.stats().millis(), cpuMillis, Math.round(imported.stats().rowsPerSecond()),
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    private int count() {
        return jdbc.sql("select count(*) from ind_value").query(Integer.class).single();
    }
}

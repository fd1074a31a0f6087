package org.jianbao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Imports against the real H2 file database of the test profile. Each test writes to its own unit or
 * period, so tests (and the sample data other tests load) do not see each other's rows.
 */
@SpringBootTest
@ActiveProfiles("test")
class IndicatorImporterTest {

    static final String UNIT = "测试区";
    static final List<String> HEADER = List.of("统计期", "单位", "指标", "本期累计", "计量单位", "同比增长", "当月增速", "全市排名");

    @Autowired
    IndicatorImporter importer;
    @Autowired
    IndicatorQueries queries;
    @Autowired
    CatalogueRepository catalogues;
    @Autowired
    ImportLog importLog;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void testUnit() {
        catalogues.ensureUnit(UNIT, UnitKind.DISTRICT);
    }

    private static List<List<String>> gdpFile(String period, String value, String growth, String rank) {
        return List.of(HEADER, List.of(period, UNIT, "地区生产总值", value, "亿元", growth, "", rank),
                List.of(period, UNIT, "一般公共预算收入", "12.5", "亿元", "-2.7%", "1.1", "第3位"));
    }

    private void assertGdp(YearMonth period, String value, String growth, int rank) {
        Figure gdp = queries.figure(UNIT, "GDP", period).orElseThrow();
        assertThat(gdp.value()).isEqualByComparingTo(value);
        assertThat(gdp.growth()).isEqualByComparingTo(growth);
        assertThat(gdp.rank()).isEqualTo(rank);
        Figure revenue = queries.figure(UNIT, "一般公共预算收入", period).orElseThrow();
        assertThat(revenue.growth()).isEqualByComparingTo("-2.7");
        assertThat(revenue.monthGrowth()).isEqualByComparingTo("1.1");
        assertThat(revenue.rank()).isEqualTo(3);
    }

    private ImportResult.Imported imported(ImportResult result) {
        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        return (ImportResult.Imported) result;
    }

    @Test
    void csvInUtf8() throws Exception {
        Path file = TestFiles.csv(dir.resolve("utf8.csv"), gdpFile("2024-01", "301.5", "5.1", "2"));
        assertThat(imported(importer.importFile(file)).rows()).isEqualTo(2);
        assertGdp(YearMonth.of(2024, 1), "301.5", "5.1", 2);
    }

    @Test
    void csvInUtf8WithBom() throws Exception {
        Path file = TestFiles.csv(dir.resolve("bom.csv"), StandardCharsets.UTF_8, true, gdpFile("2024年2月", "602.5", "5.2", "第2"));
        assertThat(imported(importer.importFile(file)).kind()).isEqualTo(FileKind.VALUES);
        assertGdp(YearMonth.of(2024, 2), "602.5", "5.2", 2);
    }

    @Test
    void csvInGbkAsExcelSavesIt() throws Exception {
        Path file = TestFiles.csv(dir.resolve("gbk.csv"), Charset.forName("GBK"), false, gdpFile("2024/3", "903.5", "5.3", "1"));
        assertThat(Files.readAllBytes(file)).isNotEqualTo(Files.readString(file, Charset.forName("GBK")).getBytes(StandardCharsets.UTF_8));
        imported(importer.importFile(file));
        assertGdp(YearMonth.of(2024, 3), "903.5", "5.3", 1);
    }

    @Test
    void xlsxWithEnglishHeaders() throws Exception {
        List<List<String>> rows = List.of(
                List.of("period", "unit", "indicator", "value", "measure", "growth", "month_growth", "rank"),
                List.of("2024-04", UNIT, "GDP", "1204.5", "亿元", "5.4", "", "1"),
                List.of("2024-04", UNIT, "BUDGET_REV", "12.5", "亿元", "-2.7", "1.1", "3"));
        imported(importer.importFile(TestFiles.xlsx(dir.resolve("english.xlsx"), rows)));
        assertGdp(YearMonth.of(2024, 4), "1204.5", "5.4", 1);
    }

    @Test
    void legacyXls() throws Exception {
        imported(importer.importFile(TestFiles.xls(dir.resolve("legacy.xls"), gdpFile("2024年1-5月", "1505.5", "5.5", "2"))));
        assertGdp(YearMonth.of(2024, 5), "1505.5", "5.5", 2);
    }

    @Test
    void bureauSheetWithTitleRowPeriodInTitleAndNotesBelow() throws Exception {
        List<List<String>> rows = List.of(
                List.of("2024年1-6月主要经济指标"),
                List.of(),
                List.of("指标名称", "计量单位", "本期累计", "同比增长(%)", "全市排名"),
                List.of("地区生产总值", "亿元", "1806.6", "5.6", "第1位"),
                List.of("固定资产投资", "亿元", "420.3", "8.2", "第2位"),
                List.of("空气质量综合指数", "指数", "—", "—", "第9位"),
                List.of(),
                List.of("注:1.地区生产总值为初步核算数;2.空气质量排名为全市16个区县排名。"),
                List.of("数据来源:示范区统计局"));
        ImportResult.Imported result = imported(importer.importFile(TestFiles.xlsx(dir.resolve("bureau.xlsx"), rows)));
        assertThat(result.rows()).isEqualTo(3);
        String unit = queries.defaultUnit().name();
        assertThat(queries.figure(unit, "GDP", YearMonth.of(2024, 6)).orElseThrow().value()).isEqualByComparingTo("1806.6");
        Figure air = queries.figure(unit, "空气质量指数", YearMonth.of(2024, 6)).orElseThrow();
        assertThat(air.value()).isNull();
        assertThat(air.rank()).isEqualTo(9);
        assertThat(air.rankOnly()).isTrue();
    }

    @Test
    void everyInvalidRowIsReportedAndNothingIsWritten() throws Exception {
        Path file = TestFiles.csv(dir.resolve("bad.csv"), List.of(HEADER,
                List.of("2024-08", UNIT, "地区生产总直", "100", "亿元", "5.0", "", "2"),
                List.of("2024-08", UNIT, "一般公共预算收入", "12亿", "亿元", "6.1", "", "3"),
                List.of("2024-08", UNIT, "固定资产投资", "50", "亿元", "650", "", "4"),
                List.of("2024-08", UNIT, "规上工业增加值", "30", "亿元", "7.2", "", "第0位"),
                List.of("2099-01", UNIT, "社会消费品零售总额", "20", "亿元", "3.1", "", "5"),
                List.of("2024-08", UNIT, "GDP", "101", "亿元", "5.1", "", "1"),
                List.of("2024-08", UNIT, "地区生产总值", "101", "亿元", "5.1", "", "1"),
                List.of("2024-08", UNIT, "外贸进出口总额", "20", "万元", "3.0", "", "2"),
                List.of("2024-08", "某某区", "实际利用外资", "1.2", "亿美元", "3.0", "", "2"),
                List.of("2024-08", UNIT, "高新技术企业数", "120", "家", "12", "", "2.5")));
        int valuesBefore = count("ind_value");
        ImportResult result = importer.importFile(file);

        assertThat(result).isInstanceOf(ImportResult.Refused.class);
        String f = file.toString();
        assertThat(((ImportResult.Refused) result).problems()).extracting(ImportProblem::toString).containsExactly(
                f + ":2:C: unknown indicator \"地区生产总直\"; did you mean 地区生产总值?",
                f + ":3:D: value \"12亿\" is not a number",
                f + ":4:F: growth 650% is outside the sane range -100% to 500%",
                f + ":5:H: rank \"第0位\" is not a positive whole number",
                f + ":6:A: period 2099-01 is in the future",
                f + ":8:C: duplicate row: 地区生产总值 of 测试区 for 2024-08 is already on row 7",
                f + ":9:E: unit mismatch: 外贸进出口总额 is measured in 亿元, the file says 万元",
                f + ":10:B: unknown unit \"某某区\"; did you mean 测试区, 示范区?",
                f + ":11:H: rank \"2.5\" is not a positive whole number");
        assertThat(count("ind_value")).isEqualTo(valuesBefore);
        assertThat(queries.figure(UNIT, "GDP", YearMonth.of(2024, 8))).isEmpty();
        ImportLog.Entry last = importLog.history().get(importLog.history().size() - 1);
        assertThat(last.outcome()).isEqualTo("REFUSED");
        assertThat(last.message()).contains(":6:A: period 2099-01 is in the future");
    }

    @Test
    void aFileWithoutHeaderIsRefused() throws Exception {
        Path file = TestFiles.csv(dir.resolve("noheader.csv"), List.of(List.of("a", "b"), List.of("1", "2")));
        ImportResult.Refused refused = (ImportResult.Refused) importer.importFile(file);
        assertThat(refused.problems()).singleElement().asString()
                .startsWith(file + ":1:A: no header row found in the first 30 rows");
    }

    @Test
    void brokenEmptyAndUnsupportedFilesAreRefused() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.xlsx"), "not a zip");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "统计期,指标,本期累计\n");
        Path ods = Files.writeString(dir.resolve("data.ods"), "x");

        assertThat(((ImportResult.Refused) importer.importFile(broken)).problems()).singleElement().asString()
                .startsWith(broken + ":1:A: cannot read the file as xlsx: ");
        assertThat(((ImportResult.Refused) importer.importFile(empty)).problems()).singleElement().asString()
                .isEqualTo(empty + ":1:A: no data rows under the header");
        assertThat(((ImportResult.Refused) importer.importFile(ods)).problems()).singleElement().asString()
                .isEqualTo(ods + ":1:A: unsupported file type (expected .xlsx, .xls or .csv)");
    }

    @Test
    void aValuesSheetWithoutPeriodAnywhereIsToldSo() throws Exception {
        Path file = TestFiles.csv(dir.resolve("noperiod.csv"), List.of(List.of("主要经济指标"),
                List.of("指标", "本期累计"), List.of("GDP", "1")));
        assertThat(((ImportResult.Refused) importer.importFile(file)).problems()).singleElement().asString()
                .isEqualTo(file + ":2:A: missing column 统计期 (period): add it, or name the month in a title row above "
                        + "the header (2026年1-10月主要经济指标)");
    }

    @Test
    void theSameFileTwiceChangesNothing() throws Exception {
        Path file = TestFiles.csv(dir.resolve("twice.csv"), gdpFile("2024-09", "2709", "5.9", "1"));
        imported(importer.importFile(file, "张科长"));
        int values = count("ind_value");
        int imports = (int) importLog.history().stream().filter(e -> e.outcome().equals("IMPORTED")).count();

        ImportResult again = importer.importFile(file, "李科长");

        assertThat(again).isInstanceOf(ImportResult.Unchanged.class);
        assertThat(((ImportResult.Unchanged) again).importedBy()).isEqualTo("张科长");
        assertThat(count("ind_value")).isEqualTo(values);
        assertThat(importLog.history().stream().filter(e -> e.outcome().equals("IMPORTED")).count()).isEqualTo(imports);
        assertThat(importLog.history().get(importLog.history().size() - 1).outcome()).isEqualTo("UNCHANGED");
    }

    @Test
    void aCorrectedFileReplacesTheValuesItCovers() throws Exception {
        imported(importer.importFile(TestFiles.csv(dir.resolve("first.csv"), gdpFile("2024-10", "3010", "6.0", "2"))));
        ImportResult.Imported second = imported(importer.importFile(
                TestFiles.csv(dir.resolve("corrected.csv"), List.of(HEADER, List.of("2024-10", UNIT, "GDP", "3012.4", "亿元", "6.1", "", "1")))));

        assertThat(second.rows()).isEqualTo(1);
        Figure gdp = queries.figure(UNIT, "GDP", YearMonth.of(2024, 10)).orElseThrow();
        assertThat(gdp.value()).isEqualByComparingTo("3012.4");
        assertThat(gdp.rank()).isEqualTo(1);
        // The row the corrected file does not cover stays as the first file left it.
        assertThat(queries.figure(UNIT, "一般公共预算收入", YearMonth.of(2024, 10)).orElseThrow().growth()).isEqualByComparingTo("-2.7");
        assertThat(jdbc.sql("select source_file_id from ind_value v join ind_indicator i on i.id = v.indicator_id "
                + "where i.code = 'GDP' and v.period = '2024-10' and v.unit_id = (select id from ind_unit where name = ?)")
                .param(UNIT).query(Long.class).single()).isEqualTo(second.importId());
        assertThat(importLog.history()).extracting(ImportLog.Entry::fileName).contains("first.csv", "corrected.csv");

        // A file with only the rank column replaces the rank and keeps value and growth.
        imported(importer.importFile(TestFiles.csv(dir.resolve("rank-only.csv"),
                List.of(List.of("统计期", "单位", "指标", "全市排名"), List.of("2024-10", UNIT, "GDP", "第2位")))));
        Figure reranked = queries.figure(UNIT, "GDP", YearMonth.of(2024, 10)).orElseThrow();
        assertThat(reranked.rank()).isEqualTo(2);
        assertThat(reranked.value()).isEqualByComparingTo("3012.4");
        assertThat(reranked.growth()).isEqualByComparingTo("6.1");
    }

    @Test
    void targetsFile() throws Exception {
        Path file = TestFiles.csv(dir.resolve("targets.csv"), List.of(
                List.of("年度", "单位", "指标", "目标值", "计量单位", "目标增速", "目标排名"),
                List.of("2024", UNIT, "地区生产总值", "3600", "亿元", "6.0", "1"),
                List.of("2024年", UNIT, "一般公共预算收入", "", "", "5", "")));
        assertThat(imported(importer.importFile(file)).kind()).isEqualTo(FileKind.TARGETS);
        Target gdp = queries.target(UNIT, "GDP", 2024).orElseThrow();
        assertThat(gdp.value()).isEqualByComparingTo("3600");
        assertThat(gdp.growth()).isEqualByComparingTo("6.0");
        assertThat(gdp.rank()).isEqualTo(1);
        assertThat(queries.target(UNIT, "一般公共预算收入", 2024).orElseThrow().value()).isNull();
    }

    @Test
    void projectLedgerWithWeeklyProgress() throws Exception {
        List<String> header = List.of("项目名称", "项目类别", "年度", "单位", "所属园区", "包联领导", "责任单位", "总投资(亿元)",
                "本年完成投资(亿元)", "计划开工", "实际开工", "计划投产", "当前状态", "本周进展", "调度日期");
        Path week1 = TestFiles.csv(dir.resolve("ledger-w1.csv"), List.of(header,
                List.of("测试生物药厂", "重点项目", "2024", UNIT, "生物医药园", "王某某", "生物医药园", "12.5", "3.2",
                        "2024-03-01", "2024-03-20", "2025-06-30", "在建", "主体结构封顶", "2024-09-02"),
                List.of("测试仓储中心", "招引项目", "2023", UNIT, "物流园", "赵某某", "投资服务局", "3", "0",
                        "2024-05-01", "", "2025-12-31", "前期手续", "办理施工许可", "2024-09-02")));
        imported(importer.importFile(week1));
        Path week2 = TestFiles.csv(dir.resolve("ledger-w2.csv"), List.of(header,
                List.of("测试生物药厂", "重点项目", "2024", UNIT, "生物医药园", "王某某", "生物医药园", "12.5", "3.6",
                        "2024-03-01", "2024-03-20", "2025-06-30", "在建", "设备进场", "2024-09-09")));
        imported(importer.importFile(week2));

        Project plant = queries.projectsOfDepartment(UNIT, "生物医药园").get(0);
        assertThat(plant.investedThisYear()).isEqualByComparingTo("3.6");
        assertThat(plant.latestProgress()).isEqualTo("设备进场");
        assertThat(jdbc.sql("select count(*) from ind_project_progress where project_id = ?").param(plant.id())
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(queries.projectsBehindSchedule(UNIT, java.time.LocalDate.of(2024, 9, 10)))
                .extracting(Project::name, Project::dept, Project::leader)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("测试仓储中心", "投资服务局", "赵某某"));
    }

    @Test
    void invalidLedgerAndTargetRowsAreReportedCellByCell() throws Exception {
        Path ledger = TestFiles.csv(dir.resolve("bad-ledger.csv"), List.of(
                List.of("项目名称", "项目类别", "年度", "总投资(亿元)", "计划开工", "实际开工", "当前状态"),
                List.of("甲项目", "重点项目", "2024", "-3", "2024-02-30", "", "在建"),
                List.of("乙项目", "储备项目", "2024", "5", "2024-03-01", "2099-01-01", "快完了"),
                List.of("甲项目", "重点项目", "2024", "4", "2024-03-01", "", "前期手续")));
        Path targets = TestFiles.csv(dir.resolve("bad-targets.csv"), List.of(
                List.of("年度", "指标", "目标值", "目标增速", "目标排名"),
                List.of("明年", "GDP", "3600", "6", "1"),
                List.of("2024", "GDP", "", "", "")));
        int projects = count("ind_project");

        String l = ledger.toString();
        assertThat(((ImportResult.Refused) importer.importFile(ledger)).problems()).extracting(ImportProblem::toString)
                .containsExactly(
                        l + ":2:D: total investment -3 is negative",
                        l + ":2:E: planned start \"2024-02-30\" is not a date (write 2026-03-15)",
                        l + ":3:B: category \"储备项目\" is not 招引项目 or 重点项目",
                        l + ":3:F: start date 2099-01-01 is in the future",
                        l + ":3:G: status \"快完了\" is not one of [未签约, 已签约, 前期手续, 在建, 已竣工, 已投产, 已终止]",
                        l + ":4:A: duplicate row: 重点项目 2024 \"甲项目\" is already on row 2");
        String t = targets.toString();
        assertThat(((ImportResult.Refused) importer.importFile(targets)).problems()).extracting(ImportProblem::toString)
                .containsExactly(
                        t + ":2:A: year \"明年\" is not a year (write 2026)",
                        t + ":3:C: no target: give a target value, growth or rank for 地区生产总值");
        assertThat(count("ind_project")).isEqualTo(projects);
    }

    @Test
    void inboxMovesFilesToProcessedOrRefusedWithTheirErrors() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        TestFiles.csv(inbox.resolve("a-good.csv"), gdpFile("2024-11", "3311", "6.1", "1"));
        TestFiles.csv(inbox.resolve("b-bad.csv"), List.of(HEADER, List.of("2024-11", UNIT, "GDP", "x", "亿元", "6", "", "1")));
        Files.writeString(inbox.resolve("~$a-good.xlsx"), "lock");

        List<ImportResult> results = new InboxImporter(importer, inbox, Duration.ZERO, Clock.systemUTC()).importInbox();

        assertThat(results).hasSize(2);
        assertThat(inbox.resolve("processed/a-good.csv")).exists();
        assertThat(inbox.resolve("refused/b-bad.csv")).exists();
        assertThat(inbox.resolve("refused/b-bad.csv.errors.txt")).content(StandardCharsets.UTF_8)
                .isEqualTo(inbox.resolve("b-bad.csv") + ":2:D: value \"x\" is not a number\n");
        assertThat(inbox.resolve("a-good.csv")).doesNotExist();
        assertThat(queries.figure(UNIT, "GDP", YearMonth.of(2024, 11)).orElseThrow().value()).isEqualByComparingTo(new BigDecimal("3311"));
    }

    @Test
    void anInboxFileChangedWithinTheSettleTimeWaitsUntouchedForTheNextImport() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path copying = TestFiles.csv(inbox.resolve("copying.csv"), gdpFile("2023-10", "2990", "5.5", "1"));
        Instant written = Files.getLastModifiedTime(copying).toInstant();
        MovingClock now = new MovingClock(written.plusSeconds(2));
        InboxImporter inboxImporter = new InboxImporter(importer, inbox, Duration.ofSeconds(5), now);

        List<ImportResult> first = inboxImporter.importInbox();

        assertThat(first).singleElement().isInstanceOfSatisfying(ImportResult.Waiting.class,
                w -> assertThat(w.changedAgo()).isEqualTo(Duration.ofSeconds(2)));
        assertThat(copying).exists();
        assertThat(queries.figure(UNIT, "GDP", YearMonth.of(2023, 10))).isEmpty();

        now.set(written.plusSeconds(6));
        assertThat(inboxImporter.importInbox()).singleElement().isInstanceOf(ImportResult.Imported.class);
        assertThat(inbox.resolve("processed/copying.csv")).exists();
        assertThat(queries.figure(UNIT, "GDP", YearMonth.of(2023, 10))).isPresent();
    }

    @Test
    void aFileOfTheSameNameNeverOverwritesTheEarlierProcessedOne() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        // the file system's "now": after the files are written, fixed so that the stamp is known
        Instant later = Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        InboxImporter inboxImporter = new InboxImporter(importer, inbox, Duration.ZERO, Clock.fixed(later, ZoneOffset.UTC));
        TestFiles.csv(inbox.resolve("指标.csv"), gdpFile("2023-05", "1501", "5.0", "1"));
        inboxImporter.importInbox();
        TestFiles.csv(inbox.resolve("指标.csv"), gdpFile("2023-06", "1802", "5.2", "1"));
        inboxImporter.importInbox();
        TestFiles.csv(inbox.resolve("指标.csv"), gdpFile("2023-07", "2103", "5.3", "1"));
        inboxImporter.importInbox();

        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(java.time.LocalDateTime.ofInstant(later, java.time.ZoneId.systemDefault()));
        try (var processed = Files.list(inbox.resolve("processed"))) {
            assertThat(processed.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("指标.csv", "指标-" + stamp + ".csv", "指标-" + stamp + "-2.csv");
        }
        assertThat(inbox.resolve("processed/指标.csv")).content(StandardCharsets.UTF_8).contains("1501");
        assertThat(inbox.resolve("processed/指标-" + stamp + "-2.csv")).content(StandardCharsets.UTF_8).contains("2103");
    }

    /** The file system's time, moved by the test. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    @Autowired
    java.time.Clock clock;

    @Test
    void aBugWhileReadingIsAFailureOfTheSystemNotARefusedFile() throws Exception {
        Path file = TestFiles.csv(dir.resolve("good.csv"), gdpFile("2024-08", "801.5", "5.8", "2"));
        TableReader buggy = new TableReader() {
            @Override
            public void read(Path f, java.util.function.Consumer<SheetRow> rows) {
                throw new NullPointerException("a bug in our code");
            }

            @Override
            public String approach() {
                return "csv-buggy";
            }
        };
        IndicatorImporter withBug = new IndicatorImporter(catalogues, importLog, new IndicatorWriter(jdbcTemplate, jdbc),
                new org.springframework.transaction.support.TransactionTemplate(transactionManager), clock, "test", f -> buggy);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withBug.importFile(file))
                .isInstanceOf(NullPointerException.class).hasMessage("a bug in our code");
    }

    @Test
    void aDamagedWorkbookIsARefusedFileInOneProblem() throws Exception {
        Path file = dir.resolve("cut.xlsx");
        byte[] good = Files.readAllBytes(TestFiles.xlsx(dir.resolve("whole.xlsx"), gdpFile("2024-09", "901.5", "5.9", "2")));
        Files.write(file, java.util.Arrays.copyOf(good, good.length / 2));
        ImportResult result = importer.importFile(file);
        assertThat(result).isInstanceOf(ImportResult.Refused.class);
        assertThat(((ImportResult.Refused) result).problems()).hasSize(1);
        Path notXls = Files.writeString(dir.resolve("text.xls"), "not a workbook");
        assertThat(importer.importFile(notXls)).isInstanceOf(ImportResult.Refused.class);
    }

    @Test
    void anInvalidByteAfterTheFirst64KiBRefusesTheCsvInsteadOfBecomingAReplacementCharacter() throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\n");
        csv.append("2019-10,").append(UNIT).append(",地区生产总值,1001.5,亿元,6.0,,2\n");
        while (csv.length() < 100_000) {
            csv.append("\n"); // blank lines: skipped by the importer
        }
        byte[] head = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("2019-10," + UNIT + ",一般公共预算收入,12.5,亿元,-2.7,1.1,第3位 \u00e9\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        bytes[bytes.length - 2] = (byte) 0xFF; // 0xC3 0xFF: not UTF-8, and the file is not GBK either
        bytes[bytes.length - 3] = (byte) 0xC3;
        Path file = Files.write(dir.resolve("late-bad-byte.csv"), bytes);
        ImportResult result = importer.importFile(file);
        assertThat(result).isInstanceOf(ImportResult.Refused.class);
        assertThat(result.toString()).doesNotContain("\uFFFD");
        assertThat(queries.figure(UNIT, "GDP", YearMonth.of(2019, 10))).isEmpty();
    }

    @Test
    void excelsUnicodeTextIsUtf16WithBomAndTabs() throws Exception {
        StringBuilder text = new StringBuilder("\uFEFF");
        for (List<String> row : gdpFile("2019-11", "1101.5", "6.1", "1")) {
            text.append(String.join("\t", row)).append("\r\n");
        }
        Path file = Files.write(dir.resolve("unicode.txt"), text.toString().getBytes(StandardCharsets.UTF_16LE));
        assertThat(imported(importer.importFile(file)).rows()).isEqualTo(2);
        assertGdp(YearMonth.of(2019, 11), "1101.5", "6.1", 1);
    }
}

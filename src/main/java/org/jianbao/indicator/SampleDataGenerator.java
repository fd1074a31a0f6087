package org.jianbao.indicator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the fictional sample files of {@code samples/} for 示范区 ({@code jianbao sample --out samples}; the seed
 * is fixed, so the numbers are the same every time), and the pieces {@link SyntheticUnits} builds many units from. The district's rows leave 单位 blank,
 * so they belong to whatever {@code jianbao.indicator.default-unit} is configured; city rows say 全市. The story the numbers tell, so the
 * briefing has something to report:
 * <ul>
 * <li>GDP ranks first in the city every month of 2026;</li>
 * <li>一般公共预算收入 and 社会消费品零售总额 fall short of their 2026 targets (序时进度 and growth);</li>
 * <li>固定资产投资 drops from 2nd to 4th in October 2026;</li>
 * <li>254 招引项目 (2025) and 130 重点项目 (2026), some behind schedule (planned start passed, not started).</li>
 * </ul>
 */
public final class SampleDataGenerator {

    static final long SEED = 20261031L;
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    static final String UNIT = "示范区";
    static final String CITY = "全市";
    static final String NOTE = "注:本表为虚构的示例数据,仅用于演示 jianbao,不代表任何真实地区。";

    /**
     * code, name, measure, 2025 annual value, shape exponent of the cumulative share (above 1: back-loaded),
     * growth 2025, growth 2026, city growth 2026, stock (a count at month end, not cumulative).
     */
    record Spec(String code, String name, String measure, double annual2025, double shape, double growth2025,
            double growth2026, double cityGrowth, boolean stock) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("GDP", "地区生产总值", "亿元", 1286.4, 1.0, 6.0, 6.6, 5.3, false),
            new Spec("BUDGET_REV", "一般公共预算收入", "亿元", 98.6, 0.95, 5.2, 4.0, 3.6, false),
            new Spec("FAI", "固定资产投资", "亿元", 520.0, 1.08, 7.5, 9.0, 4.1, false),
            new Spec("IND_VA", "规上工业增加值", "亿元", 410.0, 1.0, 7.8, 7.6, 6.2, false),
            new Spec("RETAIL", "社会消费品零售总额", "亿元", 265.0, 1.0, 4.8, 4.4, 4.9, false),
            new Spec("TRADE", "外贸进出口总额", "亿元", 330.0, 1.0, 8.5, 6.8, 5.0, false),
            new Spec("FDI", "实际利用外资", "亿美元", 6.8, 1.1, 3.0, 5.5, -4.2, false),
            new Spec("AIR_QUALITY", "空气质量综合指数", "指数", 4.32, 0, 0, 0, 0, false),
            new Spec("BIOMED_OUT", "生物医药产业产值", "亿元", 380.0, 1.0, 11.5, 12.8, 8.0, false),
            new Spec("PARK_OUT", "园区规上工业总产值", "亿元", 1650.0, 1.0, 8.2, 8.7, 6.5, false),
            new Spec("PROJECT_INV", "重点项目完成投资", "亿元", 260.0, 1.1, 11.0, 12.5, 9.0, false),
            new Spec("HITECH", "高新技术企业数", "家", 868, 0, 12.0, 9.5, 7.0, true),
            new Spec("TECH_CONTRACT", "技术合同成交额", "亿元", 95.0, 1.15, 18.0, 21.0, 15.0, false),
            new Spec("RENEWAL_INV", "城市更新项目完成投资", "亿元", 60.0, 1.05, 14.0, 15.5, 10.0, false),
            new Spec("NEW_ENTITIES", "新增市场主体", "户", 21000, 1.0, 8.0, 7.2, 6.0, false));

    private final Random random;
    private final LocalDate asOf;

    SampleDataGenerator(long seed, LocalDate asOf) {
        this.random = new Random(seed);
        this.asOf = asOf;
    }

    /** The five files of {@code samples/}: the default unit's story. */
    public static void writeSamples(Path dir) throws IOException {
        Files.createDirectories(dir);
        SampleDataGenerator generator = new SampleDataGenerator(SEED, AS_OF);
        generator.values2025(dir.resolve("示范区-2025年1-12月主要经济指标.xlsx"));
        generator.values2026(dir.resolve("示范区-2026年1-10月主要经济指标.csv"));
        generator.targets(dir.resolve("示范区-2026年目标任务.csv"));
        generator.projects(dir.resolve("示范区-2025年招引项目台账.xlsx"), ProjectCategory.招引项目, 2025, 254);
        generator.projects(dir.resolve("示范区-2026年重点项目台账.xlsx"), ProjectCategory.重点项目, 2026, 130);
    }

    // ---- indicator values ----

    static final List<String> VALUE_HEADER = List.of("统计期", "单位", "指标名称", "计量单位", "本期累计", "同比增长(%)",
            "当月增速(%)", "全市排名");

    /** Cumulative value of a month: the annual total times the share reached by that month. */
    static double cumulative(Spec s, int year, int month) {
        double growthFrom2025 = switch (year) {
            case 2024 -> 1 / (1 + s.growth2025() / 100);
            case 2025 -> 1;
            default -> 1 + s.growth2026() / 100;
        };
        if (s.stock()) {
            // A stock grows through the year from last year's end.
            double start = s.annual2025() / (1 + s.growth2025() / 100) * (year == 2026 ? 1 + s.growth2025() / 100 : 1)
                    * (year == 2024 ? 1 / (1 + s.growth2025() / 100) : 1);
            double end = year == 2026 ? s.annual2025() * (1 + s.growth2026() / 100) : s.annual2025() * growthFrom2025;
            return start + (end - start) * month / 12.0;
        }
        return s.annual2025() * growthFrom2025 * Math.pow(month / 12.0, s.shape());
    }

    /** Growth as the bureau publishes it: the trend plus a little noise, one decimal. */
    private double growth(Spec s, int year, int month) {
        double base = year == 2025 ? s.growth2025() : s.growth2026();
        return round(base + (random.nextDouble() - 0.5) * (month < 4 ? 1.6 : 0.8), 1);
    }

    private List<List<String>> valueRows(int year, int lastMonth) {
        List<List<String>> rows = new ArrayList<>();
        double[] previous = new double[SPECS.size()];
        double[] previousLastYear = new double[SPECS.size()];
        for (int month = 1; month <= lastMonth; month++) {
            String period = YearMonth.of(year, month).toString();
            for (int i = 0; i < SPECS.size(); i++) {
                Spec s = SPECS.get(i);
                int rank = rank(s.code(), year, month);
                if (s.code().equals("AIR_QUALITY")) {
                    double index = round(4.6 - (year - 2025) * 0.25 - month * 0.012 + random.nextDouble() * 0.1, 2);
                    rows.add(List.of(period, "", s.name(), s.measure(), fmt(index, 2), "", "", "第" + rank + "位"));
                    continue;
                }
                double g = growth(s, year, month);
                double lastYear = cumulative(s, year - 1, month);
                double value = lastYear * (1 + g / 100);
                String monthGrowth = "";
                if (!s.stock() && month > 1) {
                    double increment = value - previous[i];
                    double incrementLastYear = lastYear - previousLastYear[i];
                    monthGrowth = fmt(round((increment / incrementLastYear - 1) * 100, 1), 1);
                }
                previous[i] = value;
                previousLastYear[i] = lastYear;
                String v = s.measure().equals("家") || s.measure().equals("户") ? fmt(Math.round(value), 0) : fmt(value, 2);
                rows.add(List.of(period, "", s.name(), s.measure(), v, fmt(g, 1), monthGrowth, String.valueOf(rank)));
            }
            // The city's row: growth of the main indicators, for "高于全市平均 x 个百分点".
            for (Spec s : SPECS.subList(0, 7)) {
                double cityGrowth = round((year == 2025 ? s.cityGrowth() - 0.4 : s.cityGrowth())
                        + (random.nextDouble() - 0.5) * 0.6, 1);
                rows.add(List.of(period, CITY, s.name(), s.measure(), "", fmt(cityGrowth, 1), "", ""));
            }
        }
        return rows;
    }

    /** Ranks among the city's 16 districts, with the storyline's GDP first and the October FAI drop. */
    static int rank(String code, int year, int month) {
        return switch (code) {
            case "GDP" -> year == 2025 && month <= 2 ? 2 : 1;
            case "BUDGET_REV" -> 3;
            case "FAI" -> year == 2026 && month == 10 ? 4 : 2;
            case "IND_VA" -> year == 2025 && month < 6 ? 3 : 2;
            case "RETAIL" -> 4;
            case "TRADE" -> 3;
            case "FDI" -> year == 2026 && month >= 8 ? 1 : 2;
            case "AIR_QUALITY" -> year == 2025 ? Math.max(9, 13 - month / 3) : Math.max(7, 10 - month / 3);
            case "BIOMED_OUT" -> 1;
            case "HITECH" -> 2;
            case "TECH_CONTRACT" -> year == 2026 ? 2 : 3;
            default -> 2;
        };
    }

    void values2025(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("示范区2025年1-12月主要经济指标"));
        rows.add(VALUE_HEADER);
        rows.addAll(valueRows(2025, 12));
        rows.add(List.of());
        rows.add(List.of(NOTE));
        rows.add(List.of("数据来源:示范区统计局(示例)"));
        xlsx(file, rows, Set.of());
    }

    void values2026(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(VALUE_HEADER);
        rows.addAll(valueRows(2026, 10));
        rows.add(List.of());
        rows.add(List.of(NOTE));
        csv(file, StandardCharsets.UTF_8, true, rows);
    }

    // ---- targets ----

    void targets(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("年度", "指标", "计量单位", "目标值", "目标增速(%)", "目标排名"));
        rows.add(List.of("2026", "地区生产总值", "亿元", "1368.0", "6.5", "1"));
        rows.add(List.of("2026", "一般公共预算收入", "亿元", "104.5", "6.0", ""));
        rows.add(List.of("2026", "固定资产投资", "亿元", "", "8.0", "2"));
        rows.add(List.of("2026", "规上工业增加值", "亿元", "", "7.0", "2"));
        rows.add(List.of("2026", "社会消费品零售总额", "亿元", "", "6.0", "3"));
        rows.add(List.of("2026", "外贸进出口总额", "亿元", "", "6.0", ""));
        rows.add(List.of("2026", "空气质量综合指数", "指数", "", "", "8"));
        rows.add(List.of("2026", "生物医药产业产值", "亿元", "", "12.0", "1"));
        rows.add(List.of("2026", "重点项目完成投资", "亿元", "285", "", ""));
        rows.add(List.of("2026", "技术合同成交额", "亿元", "", "20.0", ""));
        rows.add(List.of("2026", "新增市场主体", "户", "22500", "", ""));
        // Saved as Excel on a Chinese Windows saves CSV: GBK, no BOM.
        csv(file, Charset.forName("GBK"), false, rows);
    }

    // ---- key projects ----

    static final List<String> PROJECT_HEADER = List.of("序号", "项目名称", "项目类别", "年度", "所属园区", "包联领导", "责任单位",
            "总投资(亿元)", "本年完成投资(亿元)", "计划签约", "实际签约", "计划开工", "实际开工", "计划竣工", "实际竣工",
            "计划投产", "实际投产", "当前状态", "本周进展", "调度日期");
    private static final String[] FIRMS = {"星河", "华瑞", "博远", "启明", "中科融", "恒昇", "安泰", "瑞康", "云帆", "蓝湾",
            "德润", "汇智", "天衡", "新禾", "鼎元", "越洋", "远景", "嘉和", "同辉", "宏途", "景川", "御衡", "青岚", "正清"};
    private static final String[][] LINES = {
            {"生物医药园", "生物医药园", "新一代疫苗生产基地", "细胞治疗产业化", "抗体药物中试平台", "医疗器械制造",
                    "创新药研发中心", "CXO服务平台", "诊断试剂生产线", "原料药绿色制造"},
            {"智能制造园", "经发局", "智能装备制造", "新能源电池材料", "工业机器人整机", "精密零部件", "传感器生产线",
                    "新型立体厂房", "氢能装备", "汽车零部件"},
            {"科创园", "科技局", "人工智能算力中心", "集成电路设计", "新型研发机构", "科技企业孵化器", "工业软件研发",
                    "检验检测平台"},
            {"临港物流园", "投资服务局", "冷链物流中心", "跨境电商产业园", "供应链总部", "保税仓储", "智慧物流基地"},
            {"中心城区", "住建局", "城市更新片区", "回迁安置区", "学校扩容提质", "综合管廊", "商业综合体", "人才公寓"}};
    private static final String[] LEADERS = {"李明远", "王建华", "张海峰", "刘志刚", "陈晓东", "赵立新", "孙文博", "周振宇",
            "吴嘉宁", "郑国栋"};
    private static final String[] PHASES = {"", "", "", "(一期)", "(二期)", "扩建"};

    void projects(Path file, ProjectCategory category, int year, int count) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("示范区" + year + "年" + category + "台账(截至" + asOf + ")"));
        rows.add(PROJECT_HEADER);
        rows.addAll(projectRows(category, year, count));
        rows.add(List.of());
        rows.add(List.of(NOTE));
        xlsx(file, rows, Set.of(9, 10, 11, 12, 13, 14, 15, 16, 19));
    }

    /** {@code count} projects with distinct names, columns as {@link #PROJECT_HEADER}. */
    List<List<String>> projectRows(ProjectCategory category, int year, int count) {
        List<List<String>> rows = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int n = 1; n <= count; n++) {
            String[] line = LINES[weightedLine()];
            String name;
            do {
                name = FIRMS[random.nextInt(FIRMS.length)] + line[2 + random.nextInt(line.length - 2)]
                        + "项目" + PHASES[random.nextInt(PHASES.length)];
            } while (!names.add(name));
            rows.add(project(n, name, line, category, year));
        }
        return rows;
    }

    private int weightedLine() {
        double r = random.nextDouble();
        return r < 0.34 ? 0 : r < 0.6 ? 1 : r < 0.74 ? 2 : r < 0.86 ? 3 : 4;
    }

    private List<String> project(int n, String name, String[] line, ProjectCategory category, int year) {
        boolean attracted = category == ProjectCategory.招引项目;
        // the shipped samples: 招引项目 of 2025, 重点项目 of 2026 (signed from mid-2025)
        LocalDate plannedSign = attracted ? LocalDate.of(year, 1, 5).plusDays(random.nextInt(350))
                : LocalDate.of(year - 1, 6, 1).plusDays(random.nextInt(300));
        LocalDate sign = plannedSign.plusDays(random.nextInt(40) - 10);
        if (sign.isAfter(asOf)) {
            sign = asOf.minusDays(5);
        }
        LocalDate plannedStart = attracted ? sign.plusDays(45 + random.nextInt(200))
                : LocalDate.of(year, 2, 15).plusDays(random.nextInt(300));
        int build = 150 + random.nextInt(450);
        LocalDate plannedCompletion = plannedStart.plusDays(build);
        LocalDate plannedProduction = plannedCompletion.plusDays(20 + random.nextInt(70));
        double draw = random.nextDouble();
        boolean terminated = draw < 0.015;
        boolean stalled = !terminated && draw < (attracted ? 0.22 : 0.16);
        LocalDate start = null;
        LocalDate completion = null;
        LocalDate production = null;
        ProjectStatus status;
        if (terminated) {
            status = ProjectStatus.已终止;
        } else if (stalled) {
            status = random.nextInt(3) == 0 ? ProjectStatus.已签约 : ProjectStatus.前期手续;
        } else {
            LocalDate s = plannedStart.plusDays(random.nextInt(60) - 15);
            if (s.isAfter(asOf)) {
                status = ProjectStatus.前期手续;
            } else {
                start = s;
                status = ProjectStatus.在建;
                LocalDate c = start.plusDays(build + random.nextInt(70) - 10);
                if (!c.isAfter(asOf)) {
                    completion = c;
                    status = ProjectStatus.已竣工;
                    LocalDate p = c.plusDays(15 + random.nextInt(60));
                    if (!p.isAfter(asOf)) {
                        production = p;
                        status = ProjectStatus.已投产;
                    }
                }
            }
        }
        double total = round(Math.exp((attracted ? 1.0 : 2.0) + random.nextGaussian() * 0.9), 2);
        total = Math.max(attracted ? 0.3 : 1.0, Math.min(total, attracted ? 45 : 85));
        double invested = status.started() ? round(total * (0.1 + random.nextDouble() * 0.5), 2) : 0;
        String leader = LEADERS[random.nextInt(LEADERS.length)];
        String dept = attracted && random.nextInt(3) == 0 ? "投资服务局" : line[1];
        return List.of(String.valueOf(n), name, category.name(), String.valueOf(year), line[0], leader, dept, fmt(total, 2),
                fmt(invested, 2), plannedSign.toString(), sign.toString(), plannedStart.toString(), text(start),
                plannedCompletion.toString(), text(completion), plannedProduction.toString(), text(production),
                status.name(), progress(status, plannedStart), asOf.minusDays(5).toString());
    }

    private String progress(ProjectStatus status, LocalDate plannedStart) {
        String[] notes = switch (status) {
            case 未签约 -> new String[] {"洽谈中"};
            case 已签约 -> new String[] {"已签约,正在对接选址", "已签约,企业内部决策流程未完成", "已签约,等待注册落地"};
            case 前期手续 -> plannedStart.isBefore(asOf)
                    ? new String[] {"施工许可证办理中,已逾计划开工时间", "环评批复待取得", "土地摘牌手续办理中,影响开工",
                            "设计方案调整中"}
                    : new String[] {"正在办理规划许可", "施工图审查中", "完成项目备案"};
            case 在建 -> new String[] {"主体结构施工中", "主体结构封顶", "设备进场安装", "装饰装修施工", "桩基施工完成"};
            case 已竣工 -> new String[] {"已竣工验收,设备调试中", "竣工备案完成,准备试生产"};
            case 已投产 -> new String[] {"已投产,产能爬坡中", "已投产,达产率约六成", "已投产运营"};
            case 已终止 -> new String[] {"企业投资计划调整,项目终止"};
        };
        return notes[random.nextInt(notes.length)];
    }

    // ---- writing ----

    static void csv(Path file, Charset charset, boolean bom, List<List<String>> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(",", row.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).toList())).append("\r\n");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text.toString().getBytes(charset));
        }
    }

    /** Numbers as numeric cells (as the bureau's Excel has them), dates as date cells in the given columns. */
    static void xlsx(Path file, List<List<String>> rows, Set<Integer> dateColumns) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String text = cells.get(c);
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (dateColumns.contains(c) && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        var cell = row.createCell(c);
                        cell.setCellValue(LocalDate.parse(text));
                        cell.setCellStyle(date);
                    } else if (text.matches("-?\\d+(\\.\\d+)?") && !text.matches("\\d{4}(-\\d{2})?") && c != 0) {
                        row.createCell(c).setCellValue(Double.parseDouble(text));
                    } else {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}

package org.jianbao.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;

/**
 * Fills a 2–3 page briefing and a 400-row table with this engine and with poi-tl 1.12.2 on equivalent templates
 * (poi-tl has no filters, so its data comes pre-formatted; its row loop is {@link LoopRowTableRenderPolicy}).
 * <p>
 * {@code *Docx}: fill and write the .docx bytes. {@code *Poi}: fill and hand over the POI document (what the PDF
 * renderer receives). poi-tl cannot reuse a compiled template, so its operation includes compiling.
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main TemplateBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class TemplateBenchmark {

    private DocxTemplate briefing;
    private DocxTemplate table;
    private byte[] poiTlBriefing;
    private byte[] poiTlTable;
    private Configure poiTlConfig;
    private Map<String, Object> briefingData;
    private Map<String, Object> briefingDataFormatted;
    private Map<String, Object> tableData;
    private Map<String, Object> tableDataFormatted;

    @Setup
    public void setUp() {
        // poi-tl logs every resolve at INFO and POI logs at DEBUG through logback's default: measure engines, not logging
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        briefing = DocxTemplate.compile(briefingTemplate(false), "briefing.docx");
        table = DocxTemplate.compile(tableTemplate(false), "table.docx");
        poiTlBriefing = briefingTemplate(true);
        poiTlTable = tableTemplate(true);
        poiTlConfig = Configure.builder().bind("rows", new LoopRowTableRenderPolicy()).build();
        briefingData = briefingData(false);
        briefingDataFormatted = briefingData(true);
        tableData = tableData(false);
        tableDataFormatted = tableData(true);
    }

    @Benchmark
    public byte[] briefingJianbaoDocx() {
        return briefing.fill(briefingData).toBytes();
    }

    @Benchmark
    public XWPFDocument briefingJianbaoPoi() {
        return briefing.fill(briefingData).document();
    }

    @Benchmark
    public byte[] briefingPoiTl() throws IOException {
        return poiTl(poiTlBriefing, briefingDataFormatted);
    }

    @Benchmark
    public byte[] table400JianbaoDocx() {
        return table.fill(tableData).toBytes();
    }

    @Benchmark
    public XWPFDocument table400JianbaoPoi() {
        return table.fill(tableData).document();
    }

    @Benchmark
    public byte[] table400PoiTl() throws IOException {
        return poiTl(poiTlTable, tableDataFormatted);
    }

    private byte[] poiTl(byte[] template, Map<String, Object> data) throws IOException {
        try (XWPFTemplate t = XWPFTemplate.compile(new ByteArrayInputStream(template), poiTlConfig).render(data)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.write(out);
            return out.toByteArray();
        }
    }

    // ---- templates: the same document, written for each engine ---------------------------------------------

    private static final String TEXT = "深入学习贯彻党的二十届三中全会精神，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，"
            + "加快构建新发展格局，着力推动高质量发展，统筹发展和安全，各项工作取得新进展新成效。";

    private static String run(String text, boolean bold) {
        return "<w:r w:rsidR=\"00A1B2C3\"><w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:hint=\"eastAsia\"/>"
                + (bold ? "<w:b/>" : "") + "<w:sz w:val=\"32\"/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String para(String... runs) {
        return "<w:p w:rsidR=\"00A1B2C3\"><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:ind w:firstLine=\"640\"/></w:pPr>"
                + String.join("", runs) + "</w:p>";
    }

    /** A tag split the way Word splits it: over three runs with a proofing mark between. */
    private static String split(String tag) {
        int a = Math.min(3, tag.length() - 1);
        int b = Math.max(a + 1, tag.length() - 3);
        return run(tag.substring(0, a), false) + "<w:proofErr w:type=\"spellStart\"/>" + run(tag.substring(a, b), false)
                + "<w:proofErr w:type=\"spellEnd\"/>" + run(tag.substring(b), false);
    }

    private static String cell(String content) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"2200\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                + run(content, false) + "</w:p></w:tc>";
    }

    private static String table(String header, String row, boolean poiTl) {
        String rowsTag = poiTl ? "{{rows}}" : "";
        return "<w:tbl><w:tblPr><w:tblW w:w=\"8800\" w:type=\"dxa\"/><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/>"
                + "</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"2200\"/><w:gridCol w:w=\"2200\"/><w:gridCol w:w=\"2200\"/>"
                + "<w:gridCol w:w=\"2200\"/></w:tblGrid>"
                + "<w:tr>" + cell(header.split("\\|")[0] + rowsTag) + cell(header.split("\\|")[1]) + cell(header.split("\\|")[2])
                + cell(header.split("\\|")[3]) + "</w:tr>" + row + "</w:tbl>";
    }

    private static String dataRow(boolean poiTl) {
        if (poiTl) {
            return "<w:tr>" + cell("[name]") + cell("[value]") + cell("[growth]") + cell("[rank]") + "</w:tr>";
        }
        return "<w:tr>" + cell("{{?rows}}{{name}}") + cell("{{value | number:1}}") + cell("{{growth | growth}}")
                + cell("{{rank | rank}}{{/rows}}") + "</w:tr>";
    }

    static byte[] briefingTemplate(boolean poiTl) {
        StringBuilder body = new StringBuilder();
        body.append(para(run("工作简报", true)));
        body.append(para(run("第", false), split(poiTl ? "{{issue}}" : "{{issue | cn}}"), run("期", false)));
        body.append(para(split("{{unit}}"), run("办公室", false), run("　　", false),
                split(poiTl ? "{{date}}" : "{{date | date}}")));
        body.append(para(run("一、总体情况", true)));
        body.append(para(run("今年以来，", false), split("{{unit}}"), run(TEXT, false), run("全县地区生产总值", false),
                split(poiTl ? "{{gdp}}" : "{{gdp | number:1}}"), run("亿元，同比", false),
                split(poiTl ? "{{gdpGrowth}}" : "{{gdpGrowth | growth}}"), run("，增速居全市", false),
                split(poiTl ? "{{gdpRank}}" : "{{gdpRank | rank}}"), run("。", false)));
        for (int i = 0; i < 3; i++) {
            body.append(para(run(TEXT + TEXT, false)));
        }
        body.append(para(run("二、主要指标", true)));
        body.append(para(run("{{?indicators}}", false)));
        body.append(para(run("（", false), split(poiTl ? "{{no}}" : "{{no | cn}}"), run("）", false), split("{{name}}"),
                run("。完成", false), split(poiTl ? "{{value}}" : "{{value | number:1}}"), split("{{unit}}"),
                run("，同比", false), split(poiTl ? "{{growth}}" : "{{growth | growth}}"), run("。", false)));
        body.append(para(run(TEXT, false)));
        body.append(para(run("{{/indicators}}", false)));
        body.append(para(run("三、重点项目", true)));
        body.append(table("项目|投资（亿元）|同比|位次", dataRow(poiTl), poiTl));
        body.append(para(run("{{?hasRisks}}", false)));
        body.append(para(run("需要关注的问题：", true), split("{{risks}}")));
        body.append(para(run("{{/hasRisks}}", false)));
        for (int i = 0; i < 4; i++) {
            body.append(para(run(TEXT + TEXT + TEXT, false)));
        }
        body.append(para(run("报：", false), split("{{leaders}}")));
        return TestDocx.withHeader(body.toString(), para(split("{{unit}}"), run("工作简报", false)));
    }

    static byte[] tableTemplate(boolean poiTl) {
        return TestDocx.body(para(run("表1 重点项目进度", true)) + table("项目|投资（亿元）|同比|位次", dataRow(poiTl), poiTl));
    }

    // ---- data: raw for this engine, pre-formatted for poi-tl --------------------------------------------------

    static Map<String, Object> briefingData(boolean formatted) {
        Map<String, Object> data = new HashMap<>();
        data.put("issue", formatted ? "十二" : 12);
        data.put("unit", "青山县");
        data.put("date", formatted ? "2026年11月27日" : LocalDate.of(2026, 11, 27));
        data.put("gdp", formatted ? "356.8" : 356.82);
        data.put("gdpGrowth", formatted ? "增长6.3%" : 6.3);
        data.put("gdpRank", formatted ? "第3位" : 3);
        List<Map<String, Object>> indicators = new ArrayList<>();
        String[] names = {"规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "一般公共预算收入", "城镇居民人均可支配收入",
            "农村居民人均可支配收入", "进出口总额", "实际利用外资"};
        for (int i = 0; i < names.length; i++) {
            double growth = i % 3 == 2 ? -1.5 - i : 2.1 + i;
            indicators.add(Map.of("no", formatted ? org.jianbao.text.ChineseNumerals.of(i + 1) : i + 1, "name", names[i],
                    "value", formatted ? String.format("%.1f", 10.0 + i * 7.3) : 10.0 + i * 7.3, "unit", "亿元",
                    "growth", formatted ? Filter.parse("growth").apply(growth) : growth));
        }
        data.put("indicators", indicators);
        data.put("rows", rows(12, formatted));
        data.put("hasRisks", true);
        data.put("risks", "个别项目进度滞后，要素保障压力较大");
        data.put("leaders", "县委、县政府领导，各乡镇、县直各部门");
        return data;
    }

    static Map<String, Object> tableData(boolean formatted) {
        return Map.of("rows", rows(400, formatted));
    }

    private static List<Map<String, Object>> rows(int n, boolean formatted) {
        List<Map<String, Object>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double value = 1.5 + i * 0.37;
            double growth = (i % 7) - 3 + 0.25;
            rows.add(Map.of("name", "重点项目" + (i + 1),
                    "value", formatted ? Filter.parse("number:1").apply(value) : value,
                    "growth", formatted ? Filter.parse("growth").apply(growth) : growth,
                    "rank", formatted ? "第" + (i + 1) + "位" : i + 1));
        }
        return rows;
    }
}

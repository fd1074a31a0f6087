package org.jianbao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianbao.template.TestDocx.p;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

class SectionTest {

    private static final Map<String, Object> DATA = Map.of(
            "unit", "青山县",
            "projects", List.of(
                    Map.of("name", "产业园", "rate", 86.4, "tasks", List.of("征地", "开工")),
                    Map.of("name", "水厂", "rate", 40, "tasks", List.of("设计"))),
            "none", List.of(),
            "flag", true,
            "off", false);

    private static String cell(String content) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>" + content + "</w:tc>";
    }

    private static String mergedCell(String content, String merge) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/><w:vMerge" + merge + "/></w:tcPr>" + content + "</w:tc>";
    }

    private static String table(String... rows) {
        return "<w:tbl><w:tblPr><w:tblW w:w=\"9000\" w:type=\"dxa\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"3000\"/>"
                + "<w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid>" + String.join("", rows) + "</w:tbl>";
    }

    private static String row(String... cells) {
        return "<w:tr><w:trPr><w:trHeight w:val=\"400\"/></w:trPr>" + String.join("", cells) + "</w:tr>";
    }

    private static XWPFDocument fill(String bodyXml, Object data) {
        return TestDocx.reopen(DocxTemplate.compile(TestDocx.body(bodyXml), "t.docx").fill(data).toBytes());
    }

    private static List<String> rowTexts(XWPFTable table) {
        return table.getRows().stream()
                .map(r -> r.getTableCells().stream().map(c -> c.getText()).collect(Collectors.joining("|")))
                .toList();
    }

    @Test
    void rowIsRepeatedPerElementKeepingMergedCellsAndRowFormatting() {
        String body = table(
                row(cell(p("单位")), cell(p("项目")), cell(p("进度"))),
                row(mergedCell(p("{{unit}}"), " w:val=\"restart\""),
                        cell("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{{?projects}}{{name}}</w:t></w:r></w:p>"),
                        cell("<w:p><w:r><w:t>{{rate | number:1}}%{{/projects}}</w:t></w:r></w:p>")),
                row(mergedCell(p(""), ""), cell(p("合计")), cell(p("—"))));
        XWPFDocument doc = fill(body, DATA);
        XWPFTable t = doc.getTables().get(0);
        assertThat(rowTexts(t)).containsExactly("单位|项目|进度", "青山县|产业园|86.4%", "青山县|水厂|40.0%", "|合计|—");
        XWPFTableRow repeated = t.getRow(2);
        assertThat(repeated.getHeight()).isEqualTo(400);
        assertThat(repeated.getCell(0).getCTTc().getTcPr().getVMerge()).isNotNull();
        assertThat(repeated.getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
    }

    @Test
    void emptyListRemovesTheRow() {
        String body = table(row(cell(p("头")), cell(p("")), cell(p(""))),
                row(cell(p("{{?none}}{{.}}")), cell(p("")), cell(p("{{/none}}"))));
        assertThat(rowTexts(fill(body, DATA).getTables().get(0))).containsExactly("头||");
    }

    @Test
    void blockSectionRepeatsParagraphsAndTablesAndDropsTheTagParagraphs() {
        String body = p("前言") + p("{{?projects}}") + p("项目：{{name}}")
                + table(row(cell(p("进度")), cell(p("{{rate}}")), cell(p(""))))
                + p("{{/projects}}") + p("结语");
        XWPFDocument doc = fill(body, DATA);
        List<String> order = doc.getBodyElements().stream().map(SectionTest::text).toList();
        assertThat(order).containsExactly("前言", "项目：产业园", "进度|86.4|", "项目：水厂", "进度|40|", "结语");
    }

    @Test
    void sectionsNest() {
        String body = p("{{?projects}}") + p("{{name}}：")
                + table(row(cell(p("{{?tasks}}{{name}}")), cell(p("{{.}}")), cell(p("{{unit}}{{/tasks}}"))))
                + p("{{/projects}}");
        XWPFDocument doc = fill(body, DATA);
        assertThat(doc.getBodyElements().stream().map(SectionTest::text).toList())
                .containsExactly("产业园：", "产业园|征地|青山县\n产业园|开工|青山县", "水厂：", "水厂|设计|青山县");
    }

    @Test
    void invertedSectionShowsOnlyWhenEmptyOrFalse() {
        String body = p("{{^none}}") + p("暂无项目") + p("{{/none}}")
                + p("{{^projects}}") + p("不应出现") + p("{{/projects}}")
                + p("<w:r><w:t>A{{^off}}关{{/off}}B{{?flag}}开{{/flag}}C{{?off}}不{{/off}}</w:t></w:r>".replace("<w:r><w:t>", "").replace("</w:t></w:r>", ""));
        XWPFDocument doc = fill(body, DATA);
        assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                .containsExactly("暂无项目", "A关B开C");
    }

    @Test
    void blockSectionInsideATableCellKeepsTheCellsLastParagraph() {
        String body = table(row(cell(p("{{?projects}}") + p("{{name}}") + p("{{/projects}}")), cell(p("x")), cell(p("y"))));
        XWPFDocument doc = fill(body, DATA);
        var cell = doc.getTables().get(0).getRow(0).getCell(0);
        assertThat(cell.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                .containsExactly("产业园", "水厂", "");
    }

    @Test
    void objectSectionLooksUpInsideThenOutside() {
        String body = p("<w:r><w:t>{{?leader}}{{name}}，{{unit}}{{/leader}}</w:t></w:r>".replace("<w:r><w:t>", "").replace("</w:t></w:r>", ""));
        XWPFDocument doc = fill(body, Map.of("unit", "青山县", "leader", new Leader("王明", "县长")));
        assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("王明，青山县");
    }

    @Test
    void rowsFillWithWorkLinearInTheirNumber() {
        String body = table(row(cell(p("{{?rows}}{{name}}")), cell(p("{{rate}}")), cell(p("{{/rows}}"))));
        DocxTemplate template = DocxTemplate.compile(TestDocx.body(body), "t.docx");
        fillRows(template, 1000); // warm-up: class loading and the JIT would count against the first size

        // Work, not time: the bytes the filling thread allocates. Linear filling gives ~5× for 5× the rows; an
        // engine that re-reads or copies the table per row (quadratic) gives ~25×.
        long thousand = allocatedBy(() -> fillRows(template, 1000));
        long fiveThousand = allocatedBy(() -> fillRows(template, 5000));

        assertThat((double) fiveThousand / thousand).isBetween(3.0, 10.0);
        FilledDocument filled = fillRows(template, 5000);
        assertThat(filled.document().getTables().get(0).getNumberOfRows()).isEqualTo(5000);
        assertThat(filled.document().getTables().get(0).getRow(4999).getCell(0).getText()).isEqualTo("项目4999");
    }

    private static FilledDocument fillRows(DocxTemplate template, int n) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(Map.of("name", "项目" + i, "rate", i));
        }
        FilledDocument filled = template.fill(Map.of("rows", rows));
        filled.toBytes(); // the whole path a document takes: filled and written
        return filled;
    }

    private static long allocatedBy(Runnable work) {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    record Leader(String name, String title) {
    }

    private static String text(IBodyElement e) {
        if (e instanceof XWPFParagraph p) {
            return p.getText();
        }
        return rowTexts((XWPFTable) e).stream().collect(Collectors.joining("\n"));
    }
}

package org.jianbao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jianbao.template.TestDocx.p;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every error names the tag, the part and where it stands. */
class ErrorTest {

    private static DocxTemplate template(String body) {
        return DocxTemplate.compile(TestDocx.body(body), "brief.docx");
    }

    private static TemplateException fillError(String body, Object data) {
        try {
            template(body).fill(data);
        } catch (TemplateException e) {
            return e;
        }
        throw new AssertionError("no TemplateException");
    }

    @Test
    void unknownNameIsAnErrorNamingTagPartParagraphAndTextAround() {
        TemplateException e = fillError(p("第一段") + p("本月{{unit.nmae}}同比增长"), Map.of("unit", Map.of("name", "青山县")));
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo("value.unknown");
            assertThat(problem.location().part()).isEqualTo(TagLocation.Part.BODY);
            assertThat(problem.location().paragraph()).isEqualTo(2);
        });
        assertThat(e.getMessage()).startsWith("brief.docx: ").contains("{{unit.nmae}}").contains("unit.nmae")
                .contains("body, paragraph 2").contains("本月{{unit.nmae}}同比增长");
    }

    @Test
    void errorsInTablesNameTableRowAndCell() {
        String table = "<w:tbl><w:tr><w:tc>" + p("a") + "</w:tc></w:tr><w:tr><w:tc>" + p("b") + "</w:tc><w:tc>"
                + p("{{missing}}") + "</w:tc></w:tr></w:tbl>";
        TemplateException e = fillError(p("x") + table, Map.of());
        assertThat(e.getMessage()).contains("{{missing}}").contains("table 1 row 2 cell 2");
        assertThat(e.problems().get(0).location()).isEqualTo(new TagLocation(TagLocation.Part.BODY, 0, 4, "{{missing}}", 1, 2, 2));
    }

    @Test
    void allProblemsAreCollectedBeforeThrowing() {
        TemplateException e = fillError(p("{{a}}") + p("{{b}}") + p("{{c}}"), Map.of("b", "有"));
        assertThat(e.problems()).extracting(TemplateProblem::message)
                .containsExactly("{{a}}: the data has no 'a'", "{{c}}: the data has no 'c'");
        assertThat(e.getMessage()).contains("2 problems");
    }

    @Test
    void nullValueIsAnErrorUnlessADefaultIsGiven() {
        java.util.HashMap<String, Object> data = new java.util.HashMap<>();
        data.put("x", null);
        assertThat(fillError(p("{{x}}"), data).getMessage()).contains("{{x}} is null").contains("default");
        assertThat(template(p("[{{x | number:1 | default:—}}][{{y | default:无}}]")).fill(data).document()
                .getParagraphs().get(0).getText()).isEqualTo("[—][无]");
    }

    @Test
    void badValueForAFilterNamesTheTag() {
        assertThat(fillError(p("{{x | number}}"), Map.of("x", "多")).getMessage())
                .contains("{{x | number}}").contains("not a number: \"多\"");
    }

    @Test
    void unclosedSectionIsReportedByCheckAndByFill() {
        DocxTemplate t = template(p("{{?items}}") + p("{{name}}"));
        assertThat(t.check().problems()).extracting(TemplateProblem::id).containsExactly("section.unclosed");
        assertThat(t.check().problems().get(0).message()).contains("{{?items}} is never closed").contains("{{/items}}");
        assertThatThrownBy(() -> t.fill(Map.of("items", List.of()), FillOptions.lenient()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("never closed");
    }

    @Test
    void mismatchedAndUnopenedCloseTags() {
        DocxTemplate t = template(p("{{?a}}") + p("{{/b}}") + p("{{/c}}"));
        assertThat(t.check().problems()).extracting(TemplateProblem::id)
                .containsExactly("section.mismatched", "section.mismatched", "section.unclosed");
        assertThat(t.check().problems().get(0).message()).contains("{{/b}} does not match {{?a}}").contains("paragraph 1");
        assertThat(template(p("{{/c}}")).check().problems().get(0).message()).contains("{{/c}} closes a section that was never opened");
    }

    @Test
    void malformedTags() {
        DocxTemplate t = template(p("{{ }}") + p("{{a.}}") + p("{{a..b}}") + p("{{x | upper}}") + p("未闭合{{abc") + p("{{#table}}"));
        assertThat(t.check().problems()).extracting(TemplateProblem::id).containsOnly("tag.malformed");
        assertThat(t.check().problems()).extracting(TemplateProblem::message).containsExactly(
                "{{ }} is malformed: empty tag",
                "{{a.}} is malformed: 'a.' has an empty part between dots",
                "{{a..b}} is malformed: 'a..b' has an empty part between dots",
                "{{x | upper}} is malformed: unknown filter 'upper' (known: number, percent, growth, date, rank, cn, default)",
                "'{{abc' has '{{' without a closing '}}'",
                "{{#table}} is malformed: tag kind '#' is not supported (use {{name}}, {{?name}}, {{^name}}, {{/name}} or {{@name}})");
        assertThat(t.check().problems().get(4).location().paragraph()).isEqualTo(5);
    }

    @Test
    void blockSectionTagsMustStandAloneAndInOneContainer() {
        DocxTemplate notAlone = template(p("项目{{?items}}") + p("x") + p("{{/items}}"));
        assertThat(notAlone.check().problems()).extracting(TemplateProblem::id).containsExactly("section.not-alone");
        String table = "<w:tbl><w:tr><w:tc>" + p("{{/items}}") + "</w:tc></w:tr></w:tbl>";
        DocxTemplate crosses = template(p("{{?items}}") + table);
        assertThat(crosses.check().problems()).extracting(TemplateProblem::id).containsExactly("section.crosses");
        assertThat(crosses.check().problems().get(0).message()).contains("not in the same container");
    }

    @Test
    void lenientRendersUnknownsEmptyAndWarns() {
        FilledDocument filled = template(p("[{{a}}][{{b.c}}]{{?gone}}x{{/gone}}")).fill(Map.of("b", Map.of()), FillOptions.lenient());
        assertThat(filled.document().getParagraphs().get(0).getText()).isEqualTo("[][]");
        assertThat(filled.warnings()).extracting(TemplateWarning::message)
                .containsExactly("{{a}}: the data has no 'a'", "{{b.c}}: the data has no 'b.c'", "{{?gone}}: the data has no 'gone'");
    }

    @Test
    void checkListsEveryTagAndWithDataReportsWhatIsMissing() {
        DocxTemplate t = template(p("{{title}}") + p("{{?items}}") + p("{{name | default:无}}{{rank | rank}}") + p("{{/items}}"));
        assertThat(t.check().tags()).extracting(TemplateCheck.Tag::text)
                .containsExactly("{{title}}", "{{?items}}", "{{name | default:无}}", "{{rank | rank}}", "{{/items}}");
        assertThat(t.check().ok()).isTrue();
        TemplateCheck withData = t.check(Map.of("items", List.of(Map.of("x", 1))));
        assertThat(withData.problems()).extracting(TemplateProblem::message)
                .containsExactly("{{title}}: the data has no 'title'", "{{rank | rank}}: the data has no 'rank'");
    }
}

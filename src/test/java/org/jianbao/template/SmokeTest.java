package org.jianbao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() {
        DocxTemplate t = DocxTemplate.compile(TestDocx.body(TestDocx.p("你好{{name}}！")), "t.docx");
        assertThat(t.check().problems()).isEmpty();
        FilledDocument d = t.fill(Map.of("name", "世界"));
        assertThat(TestDocx.reopen(d.toBytes()).getParagraphs().get(0).getText()).isEqualTo("你好世界！");
        assertThat(d.document().getParagraphs().get(0).getText()).isEqualTo("你好世界！");
    }
}

package org.jianbao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The benchmark's two engines must produce the same text, or the comparison means nothing. */
class BenchmarkTemplatesTest {

    @Test
    void bothEnginesProduceTheSameText() throws IOException {
        TemplateBenchmark b = new TemplateBenchmark();
        b.setUp();
        assertThat(text(b.briefingJianbaoDocx())).isEqualTo(text(b.briefingPoiTl())).contains("增长6.3%").contains("第十二期");
        assertThat(text(b.table400JianbaoDocx())).isEqualTo(text(b.table400PoiTl())).contains("重点项目400");
        assertThat(b.table400JianbaoPoi().getTables().get(0).getNumberOfRows()).isEqualTo(401);
    }

    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder s = new StringBuilder();
            doc.getHeaderList().forEach(h -> s.append(h.getText()));
            doc.getBodyElements().forEach(e -> s.append(e instanceof XWPFParagraph p ? p.getText()
                    : ((org.apache.poi.xwpf.usermodel.XWPFTable) e).getText()).append('\n'));
            return s.toString();
        }
    }
}

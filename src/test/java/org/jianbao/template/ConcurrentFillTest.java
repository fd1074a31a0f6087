package org.jianbao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** One compiled template, filled from several threads at once with different data. */
class ConcurrentFillTest {

    @Test
    void aCompiledTemplateIsSafeToShareBetweenThreads() throws Exception {
        DocxTemplate template = DocxTemplate.compile(TemplateBenchmark.briefingTemplate(false), "briefing.docx");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    Map<String, Object> data = new java.util.HashMap<>(TemplateBenchmark.briefingData(false));
                    data.put("unit", "单位" + n);
                    return template.fill(data).document().getHeaderList().get(0).getText();
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo("单位" + i + "工作简报\n");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

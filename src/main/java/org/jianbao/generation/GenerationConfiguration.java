package org.jianbao.generation;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.jianbao.indicator.IndicatorProperties;
import org.jianbao.indicator.IndicatorQueries;
import org.jianbao.pdf.DocxPdfRenderer;

/** Wires the Spring-free engines into the document generator. */
@Configuration(proxyBeanMethods = false)
class GenerationConfiguration {

    @Bean
    SpeechLibrary speechLibrary() {
        return new SpeechLibrary();
    }

    @Bean
    TemplateLibrary templateLibrary(JianbaoProperties properties) {
        return new TemplateLibrary(properties.templatesDir());
    }

    @Bean
    OutputFolder outputFolder(JianbaoProperties properties) {
        return new OutputFolder(properties.outputDir());
    }

    @Bean
    ReportFacts reportFacts(IndicatorQueries queries, IssueNumbers issues, BriefingProperties briefing, Clock clock,
                            ObjectProvider<BriefingTail> tail) {
        // The recipients list (distribution) when there is one, else the configuration.
        return new ReportFacts(queries, issues, briefing, clock, tail.getIfAvailable(() -> BriefingTail.NONE));
    }

    @Bean
    DataFingerprint dataFingerprint(JdbcClient jdbc, IndicatorProperties indicator) {
        return new DataFingerprint(jdbc, List.of(indicator.inbox(), indicator.samples()));
    }

    @Bean
    DocumentGenerator documentGenerator(SpeechLibrary speeches, ReportFacts facts, TemplateLibrary templates,
                                        DocxPdfRenderer pdfRenderer, OutputFolder output, Clock clock) {
        return new DocumentGenerator(speeches, facts, templates, pdfRenderer, output, clock);
    }
}

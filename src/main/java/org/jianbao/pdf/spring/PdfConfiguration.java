package org.jianbao.pdf.spring;

import org.jianbao.pdf.DocxPdfRenderer;
import org.jianbao.pdf.FontLibrary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The PDF engine as beans; fonts are scanned when first needed, not at every start of the jar. */
@Configuration(proxyBeanMethods = false)
public class PdfConfiguration {

    @Bean
    @Lazy
    FontLibrary fontLibrary(PdfProperties properties) {
        return FontLibrary.create(properties.fontsPath());
    }

    @Bean
    @Lazy
    DocxPdfRenderer docxPdfRenderer(FontLibrary fonts) {
        return new DocxPdfRenderer(fonts);
    }
}

package org.jianbao.pdf.spring;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code jianbao.pdf.*}: where the real fonts are (simfang.ttf, simhei.ttf, simkai.ttf, simsun.ttc, FZXBSJW.TTF…),
 * searched before the system's font folders. Blank means system folders only.
 */
@ConfigurationProperties("jianbao.pdf")
public record PdfProperties(String fontsDir) {

    public Path fontsPath() {
        return fontsDir == null || fontsDir.isBlank() ? null : Path.of(fontsDir);
    }
}

package org.jianbao.generation;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the main job finds its speech and templates and where it writes.
 *
 * @param speech       the speech analysed when none is given
 * @param templatesDir the Word templates users edit
 * @param outputDir    where documents go, one folder per period
 */
@ConfigurationProperties("jianbao")
public record JianbaoProperties(
        @DefaultValue("seeds/speech-third-plenum-county.txt") Path speech,
        @DefaultValue("templates") Path templatesDir,
        @DefaultValue("output") Path outputDir) {
}

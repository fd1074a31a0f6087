package org.jianbao.indicator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jianbao.indicator.*}.
 *
 * @param defaultUnit the unit the speech calls ×区; files without a 单位 column belong to it
 * @param cityUnit    the unit whose rows carry the city's averages (全市)
 * @param otherUnits  further districts or parks a city office reports on
 * @param inbox       folder the batch job imports from; files move to {@code processed/} or {@code refused/} inside it
 * @param samples     folder of the shipped sample files, imported on first run
 * @param importedBy  name written to the import log when none is given
 * @param inboxSettle how long an inbox file must be left unchanged before it is imported, so that a file still
 *                    being copied is not imported half-written
 */
@ConfigurationProperties("jianbao.indicator")
public record IndicatorProperties(
        @DefaultValue("示范区") String defaultUnit,
        @DefaultValue("全市") String cityUnit,
        @DefaultValue({}) List<String> otherUnits,
        @DefaultValue("data/inbox") Path inbox,
        @DefaultValue("samples") Path samples,
        @DefaultValue("jianbao") String importedBy,
        @DefaultValue("5s") Duration inboxSettle) {
}

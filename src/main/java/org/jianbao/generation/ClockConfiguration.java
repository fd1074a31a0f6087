package org.jianbao.generation;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for "today" (dates on documents, periods in the future), replaceable in tests. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /**
     * @param fixed {@code jianbao.clock.fixed}: an ISO date-time with offset ({@code 2026-12-02T09:00:00+08:00}) that
     *              "now" always is — for tests, whose sample data holds dates a machine with an earlier clock would
     *              call the future; unset in production
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@org.springframework.beans.factory.annotation.Value("${jianbao.clock.fixed:}") String fixed) {
        if (fixed == null || fixed.isBlank()) {
            return Clock.systemDefaultZone();
        }
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(fixed.strip());
        return Clock.fixed(at.toInstant(), at.getOffset());
    }
}

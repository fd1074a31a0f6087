package org.jianbao.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code jianbao.run.*}: how the documents step uses the machine.
 *
 * @param threads    documents written at once; 0 (the default) = one per core the JVM sees
 * @param partitions how many parts a run is split into; 0 (the default) = one per thread. More parts than threads
 *                   even out parts that take longer (the first carries the study notes); under remote partitioning,
 *                   the parts handed out to the workers
 */
@ConfigurationProperties("jianbao.run")
public record RunProperties(int threads, int partitions) {

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public int effectivePartitions() {
        return partitions > 0 ? partitions : effectiveThreads();
    }
}

package org.jianbao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobRunnerTest {

    @Test
    void onlyAnEmbeddedH2DatabaseProvesThatARunningExecutionIsStale() {
        assertThat(JobRunner.isSingleProcess("jdbc:h2:file:./data/jianbao;AUTO_SERVER=FALSE")).isTrue();
        assertThat(JobRunner.isSingleProcess("jdbc:h2:mem:test")).isTrue();
        assertThat(JobRunner.isSingleProcess("jdbc:h2:file:./data/jianbao;AUTO_SERVER=TRUE")).isFalse();
        assertThat(JobRunner.isSingleProcess("jdbc:h2:tcp://db/jianbao")).isFalse();
        assertThat(JobRunner.isSingleProcess("jdbc:postgresql://db/jianbao")).isFalse();
    }
}

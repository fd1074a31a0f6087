package org.jianbao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The file database the application opens writes each commit at once (see {@link H2DurableCommits}). */
@SpringBootTest
@ActiveProfiles("test")
class H2DurableCommitsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void commitsAreWrittenWithoutDelay() {
        assertThat(jdbc.queryForList(
                "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'", String.class))
                .containsOnly("0");
    }
}

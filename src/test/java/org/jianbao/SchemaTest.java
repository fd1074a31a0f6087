package org.jianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class SchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayCreatesSpringBatchTablesInTheFileDatabase() {
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_name like 'BATCH_%' order by table_name",
                String.class);
        assertThat(tables).containsExactly("BATCH_JOB_EXECUTION", "BATCH_JOB_EXECUTION_CONTEXT",
                "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_INSTANCE", "BATCH_STEP_EXECUTION",
                "BATCH_STEP_EXECUTION_CONTEXT");
    }
}

package org.jianbao.schedule;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh H2 file database under target/, with every migration applied: the schema the service runs on. */
final class MigratedH2 {

    private MigratedH2() {
    }

    static DataSource create() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + Path.of("target/test-data/schedule-" + UUID.randomUUID()).toAbsolutePath());
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        return dataSource;
    }
}

package org.jianbao.indicator;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The only Spring-aware class of the package: wires the plain classes. */
@Configuration(proxyBeanMethods = false)
class IndicatorConfiguration {

    @Bean
    CatalogueRepository catalogueRepository(JdbcClient jdbc, IndicatorProperties properties) {
        return new CatalogueRepository(jdbc, properties);
    }

    @Bean
    ImportLog importLog(JdbcClient jdbc) {
        return new ImportLog(jdbc);
    }

    @Bean
    IndicatorImporter indicatorImporter(CatalogueRepository catalogues, ImportLog importLog, JdbcTemplate jdbcTemplate,
            JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock, IndicatorProperties properties) {
        // Each file is all or nothing on its own, even when a caller (the batch step) holds a transaction: a
        // refused file must not roll back the files imported before it, which have already left the inbox.
        TransactionTemplate perFile = new TransactionTemplate(transactionManager);
        perFile.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new IndicatorImporter(catalogues, importLog, new IndicatorWriter(jdbcTemplate, jdbc),
                perFile, clock, properties.importedBy());
    }

    @Bean
    InboxImporter inboxImporter(IndicatorImporter importer, IndicatorProperties properties) {
        // Whether a file is still being written is a question about the file system's time, not the business
        // clock (which tests and back-dated runs fix): the system clock, always.
        return new InboxImporter(importer, properties.inbox(), properties.inboxSettle(), Clock.systemUTC());
    }

    @Bean
    SampleData sampleData(IndicatorImporter importer, IndicatorProperties properties) {
        return new SampleData(importer, properties.samples());
    }

    @Bean
    IndicatorQueries indicatorQueries(JdbcClient jdbc, CatalogueRepository catalogues) {
        return new IndicatorQueries(jdbc, catalogues);
    }
}

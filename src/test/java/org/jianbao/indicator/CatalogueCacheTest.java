package org.jianbao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue is read once and kept while its rows stay as they were; a unit added or the default moved by
 * anyone sharing the database (here: a second repository, as another process would) is seen at the next load,
 * and so is a unit whose transaction rolled back.
 */
@SpringBootTest
@ActiveProfiles("test")
class CatalogueCacheTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorProperties properties;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void keptWhileUnchangedAndReadAgainWhenAnotherWriterAddsAUnit() {
        CatalogueRepository repository = new CatalogueRepository(jdbc, properties);
        Catalogue first = repository.load();
        assertThat(repository.load()).isSameAs(first);

        String name = "缓存测试区" + System.nanoTime();
        new CatalogueRepository(jdbc, properties).ensureUnit(name, UnitKind.DISTRICT);

        Catalogue after = repository.load();
        assertThat(after).isNotSameAs(first);
        assertThat(after.unit(name)).isPresent();
        assertThat(first.unit(name)).isEmpty();
    }

    @Test
    void aUnitRolledBackIsGoneAtTheNextLoad() {
        CatalogueRepository repository = new CatalogueRepository(jdbc, properties);
        repository.load();
        String name = "回滚测试区" + System.nanoTime();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            repository.ensureUnit(name, UnitKind.DISTRICT);
            assertThat(repository.load().unit(name)).isPresent();
            status.setRollbackOnly();
        });
        assertThat(repository.load().unit(name)).isEmpty();
    }

    @Test
    void theDefaultFlagMovedElsewhereIsSeen() {
        CatalogueRepository repository = new CatalogueRepository(jdbc, properties);
        String configured = repository.load().defaultUnit().name();
        String other = "默认测试区" + System.nanoTime();
        repository.ensureUnit(other, UnitKind.DISTRICT);
        try {
            jdbc.sql("update ind_unit set is_default = (name = ?)").param(other).update();
            assertThat(repository.load().defaultUnit().name()).isEqualTo(other);
        } finally {
            jdbc.sql("update ind_unit set is_default = (name = ?)").param(configured).update();
        }
        assertThat(repository.load().defaultUnit().name()).isEqualTo(configured);
    }
}

package org.jianbao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partitions of a run load the catalogue for the first time each in its own chunk transaction, at once: making
 * sure of the configured units must not lock rows another such transaction needs (it did, and the second thread
 * timed out on H2's lock after 2 s while the first was writing its document).
 */
@SpringBootTest
@ActiveProfiles("test")
class CatalogueConcurrencyTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorProperties properties;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    CatalogueRepository shared;

    @Test
    void twoTransactionsLoadingTheCatalogueForTheFirstTimeDoNotWaitForEachOther() throws Exception {
        shared.load(); // the configured units exist, as after a run's import step
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        CountDownLatch firstLoaded = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);

        // Each thread a repository of its own that has not made sure of the units yet, as in a fresh process.
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            new CatalogueRepository(jdbc, properties).load();
            firstLoaded.countDown();
            await(secondDone); // still inside its transaction, as a partition writing its document
        }));
        assertThat(firstLoaded.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Catalogue> second = CompletableFuture.supplyAsync(
                () -> tx.execute(status -> new CatalogueRepository(jdbc, properties).load()));

        Catalogue catalogue = second.get(30, TimeUnit.SECONDS);
        secondDone.countDown();
        first.get(30, TimeUnit.SECONDS);
        assertThat(catalogue.defaultUnit().name()).isEqualTo(properties.defaultUnit());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.jianbao.cli;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

import org.jianbao.run.RunRecord;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * {@code run}'s progress on a terminal: a bar ({@code me.tongfei:progressbar}) with {@code [written/total]} and the
 * document being written, read from the job repository as the service's pages read it. When the output is not a
 * terminal (cron, a pipe, a log file) nothing changes: the {@code [3/40] path} lines as before, and the bar's
 * classes are never loaded.
 */
abstract sealed class TerminalProgress implements AutoCloseable {

    /** The documents step's lines, quieted while the bar stands in their place. */
    private static final String DOCUMENT_LINES = "org.jianbao.batch.DocumentLogWriter";

    /** A bar when {@code System.console()} is a terminal, otherwise nothing. */
    static TerminalProgress follow(Supplier<Optional<RunRecord>> current) {
        return System.console() == null ? new Lines() : new Bar(current);
    }

    @Override
    public abstract void close();

    /** Not a terminal: the log's lines are the progress, as they always were. */
    static final class Lines extends TerminalProgress {
        @Override
        public void close() {
        }
    }

    static final class Bar extends TerminalProgress {

        private final ProgressBar bar;
        private final ScheduledExecutorService poller;
        private final LoggingSystem logging = LoggingSystem.get(TerminalProgress.class.getClassLoader());

        Bar(Supplier<Optional<RunRecord>> current) {
            logging.setLogLevel(DOCUMENT_LINES, LogLevel.WARN);
            bar = new ProgressBarBuilder().setTaskName("文档").setStyle(ProgressBarStyle.ASCII).setInitialMax(-1)
                    .setUpdateIntervalMillis(250).clearDisplayOnFinish().build();
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "run-progress");
                thread.setDaemon(true);
                return thread;
            });
            poller.scheduleWithFixedDelay(() -> show(current), 0, 250, TimeUnit.MILLISECONDS);
        }

        private void show(Supplier<Optional<RunRecord>> current) {
            try {
                current.get().ifPresent(run -> {
                    run.total().ifPresent(bar::maxHint);
                    bar.stepTo(run.written());
                    bar.setExtraMessage(run.current().orElse(""));
                });
            } catch (RuntimeException e) {
                // A bar that misses an update is no reason to disturb the run.
            }
        }

        @Override
        public void close() {
            poller.shutdownNow();
            try {
                poller.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            bar.close();
            logging.setLogLevel(DOCUMENT_LINES, null);
        }
    }
}

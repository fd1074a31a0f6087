package org.jianbao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench's service row with a few requests: a real {@code serve} child on a free port in a folder of its own,
 * real runs through the API, the .docx the API gives opened with POI. The figures themselves are not checked (a
 * loaded machine gives any), only that each is a measured one and that they are in the order time allows.
 */
class ServiceBenchTest {

    @TempDir
    Path dir;

    @Test
    void briefingsOnDemandThroughTheServiceAreTimedUntilCompletedAndTheServiceStopsCleanly() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(f -> f.getFileName().toString().matches(".*\\.(xlsx|csv)")).sorted().toList();
        }
        ServiceBench bench = new ServiceBench(Bench.jianbao(), List.of(
                "--jianbao.speech=" + Path.of("seeds/speech-third-plenum-county.txt").toAbsolutePath(),
                "--jianbao.templates-dir=" + Path.of("templates").toAbsolutePath(),
                "--jianbao.indicator.samples=" + Path.of("samples").toAbsolutePath()), samples);

        ServiceBench.Result result = bench.measure(dir, 1, 3);

        assertThat(result.requests()).hasSize(3);
        assertThat(result.requests().stream().map(ServiceBench.Request::runId).distinct()).as("a run per request").hasSize(3);
        assertThat(result.requests()).allSatisfy(r -> {
            assertThat(r.docxListed()).isPositive();
            assertThat(r.completed()).isGreaterThanOrEqualTo(r.docxListed());
            assertThat(r.job()).as("the run's own time, from its record").isPositive().isLessThan(r.completed());
        });
        assertThat(result.statusMs()).isPositive();
        assertThat(result.cpuPerRequest()).isPositive();
        assertThat(result.stoppedCleanly()).as("serve ends on SIGTERM").isTrue();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(result.lastDocx()));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("示范区", "工作进展");
        }
        // the service worked in its own folder: warm-up + measured briefings there, nothing in the project's
        try (Stream<Path> files = Files.walk(dir.resolve("output"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".docx")).count()).isPositive();
        }
        assertThat(dir.resolve("data")).isDirectory();

        Row row = Bench.serviceRow("on-demand briefing", result, "1.0");
        assertThat(row.jianbao()).matches("COMPLETED after [0-9.]+ s median, [0-9.]+ s p95 \\(fastest [0-9.]+ s, slowest"
                + " [0-9.]+ s\\); \\.docx downloadable after [0-9.]+ s median, [0-9.]+ s p95; the run itself \\(its record's start → end\\) [0-9.]+ s median, [0-9.]+ s p95; service CPU [0-9.]+ s per"
                + " briefing; one status request [0-9.]+ ms median");
        assertThat(row.includes()).contains("warmed up by 1 requests not counted", "every 10 ms", "fill + Word + PDF", "Basic authentication");
    }
}

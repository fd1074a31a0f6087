package org.jianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import org.jianbao.JianbaoApplication;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kill -9} of {@code serve} in the middle of a run, in a child JVM on a folder of its own (its own H2 file
 * database, the shipped templates, speech and samples plus more units, so the run writes fifteen briefings): at the
 * next start the run is recovered by itself, shown failed with its cause, and its restart writes only what was
 * missing — every document there once, none half-written.
 */
class KilledServeTest {

    private static final String PASSWORD = "kill-9-test-password";
    private static final List<String> UNITS = List.of("甲区", "乙区", "丙区", "丁区", "戊区", "己区", "庚区", "辛区", "壬区",
            "癸区", "东区", "西区", "南区", "北区");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private Process serve;
    private int port;

    @AfterEach
    void stop() throws InterruptedException {
        if (serve != null && serve.isAlive()) {
            serve.destroy();
            if (!serve.waitFor(1, TimeUnit.MINUTES)) {
                serve.destroyForcibly();
            }
        }
    }

    @Test
    void aRunKilledWithItsServiceIsRecoveredAtTheNextStartAndItsRestartWritesOnlyWhatWasMissing() throws Exception {
        prepareFolder();
        port = freePort();

        start("first");
        long killed = JSON.readTree(post("/api/runs", "{\"kind\":\"briefing\"}", 202)).get("id").asLong();
        JsonNode atKill = await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> run(killed), r -> r.get("written").asInt() >= 2 || !r.get("running").asBoolean());
        assertThat(atKill.get("running").asBoolean()).as("still running after two documents: %s", atKill).isTrue();
        serve.destroyForcibly();
        assertThat(serve.waitFor(1, TimeUnit.MINUTES)).isTrue();
        int total = atKill.get("total").asInt();
        assertThat(total).isEqualTo(UNITS.size() + 1);

        start("second");
        JsonNode recovered = run(killed);
        assertThat(recovered.get("status").asString()).as("recovered at start-up, no one asked").isEqualTo("FAILED");
        assertThat(recovered.get("cause").asString()).startsWith("进程中断，已于 ");
        List<String> before = titles(recovered.get("documents"));
        assertThat(before.size()).as("the documents recorded before the kill").isGreaterThanOrEqualTo(2).isLessThan(total);
        Map<Path, FileTime> written = new HashMap<>();
        for (String title : before) {
            for (Path file : List.of(folder().resolve(title + ".docx"), folder().resolve(title + ".pdf"))) {
                written.put(file, Files.getLastModifiedTime(file));
            }
        }

        long restarted = JSON.readTree(post("/api/runs/" + killed + "/restart", "", 202)).get("id").asLong();
        JsonNode done = await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> run(restarted), r -> !r.get("running").asBoolean());
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
        List<String> after = titles(done.get("documents"));

        assertThat(after).as("written by the restart").hasSize(total - before.size()).doesNotContainAnyElementsOf(before);
        Set<String> all = new HashSet<>(before);
        all.addAll(after);
        List<String> expected = new ArrayList<>(List.of("示范区"));
        expected.addAll(UNITS);
        assertThat(all).hasSize(total).allSatisfy(t -> assertThat(expected).contains(t.substring(0, t.indexOf("工作进展简报"))));
        written.forEach((file, time) -> assertThat(uncheckedTime(file)).as("not written again: %s", file).isEqualTo(time));

        try (Stream<Path> files = Files.list(folder())) {
            List<Path> output = files.toList();
            assertThat(output).as("a .docx and a .pdf per document, nothing half-written beside them").hasSize(2 * total)
                    .allSatisfy(f -> assertThat(f.getFileName().toString()).matches(".+工作进展简报-2026年第1期\\.(docx|pdf)"));
            for (Path file : output) {
                if (file.toString().endsWith(".docx")) {
                    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
                         XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                        assertThat(text.getText()).contains("第1期");
                    }
                } else {
                    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                        assertThat(pdf.getNumberOfPages()).isPositive();
                    }
                }
            }
        }
    }

    /** The shipped inputs, and indicator files for fourteen more units (the 示范区 figures under their names). */
    private void prepareFolder() throws IOException {
        for (String folder : List.of("templates", "samples", "seeds")) {
            FileSystemUtils.copyRecursively(Path.of(folder), dir.resolve(folder));
        }
        List<String> values = Files.readAllLines(Path.of("samples/示范区-2026年1-10月主要经济指标.csv"), StandardCharsets.UTF_8);
        for (String unit : UNITS) {
            List<String> rows = new ArrayList<>(List.of(values.get(0)));
            // Rows without a unit are 示范区's; 全市's rows stay in the 示范区 file only.
            values.stream().skip(1).filter(r -> r.matches("\\d{4}-\\d\\d,,.*"))
                    .map(r -> r.replaceFirst("^([^,]*),,", "$1," + unit + ",")).forEach(rows::add);
            Files.write(dir.resolve("samples/" + unit + "-2026年1-10月主要经济指标.csv"), rows, StandardCharsets.UTF_8);
        }
    }

    private void start(String name) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                JianbaoApplication.class.getName(), "serve", "--server.port=" + port,
                "--jianbao.schedule.enabled=false", "--jianbao.indicator.other-units=" + String.join(",", UNITS))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().put("JIANBAO_ADMIN_PASSWORD", PASSWORD);
        serve = builder.start();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!serve.isAlive()) {
                throw new AssertionError("serve stopped: " + Files.readString(dir.resolve(name + ".log")));
            }
            try {
                return http.send(request("/actuator/health").build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                return false; // not listening yet
            }
        });
    }

    private Path folder() {
        return dir.resolve("output/2026-10");
    }

    private JsonNode run(long id) throws Exception {
        return JSON.readTree(get("/api/runs/" + id));
    }

    private List<String> titles(JsonNode documentIds) throws Exception {
        List<String> titles = new ArrayList<>();
        for (JsonNode id : documentIds) {
            titles.add(JSON.readTree(get("/api/documents/" + id.asLong())).get("title").asString());
        }
        return titles;
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private String post(String path, String json, int status) throws Exception {
        HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(1))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static FileTime uncheckedTime(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.jianbao.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On-demand briefings through a running service, as the pages and the API give them: {@code serve} started as a
 * child process in a folder of its own (the shipped samples imported first, a free port, the schedule off, the
 * admin's password from the environment), then one request at a time: {@code POST /api/runs} for one briefing and
 * {@code GET /api/runs/{id}} every {@link #POLL} until the run is COMPLETED. Timed from the client's side, so the
 * figure holds everything a user of the API waits for.
 */
final class ServiceBench {

    /** Between two status requests of one run: small against a briefing's second, so it adds little to the figure. */
    static final Duration POLL = Duration.ofMillis(10);

    /** The body: one briefing of the default unit for the latest month, written even though nothing changed. */
    static final String BODY = "{\"kind\":\"briefing\",\"force\":true}";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    /**
     * One measured request, in seconds after the POST was sent.
     *
     * @param completed  the first status request that answered COMPLETED
     * @param docxListed the first status request that listed the briefing (its files written and recorded: from
     *                   then on {@code GET /api/documents/{id}/docx} gives it), before the distribute step ends
     * @param job        the run's own duration as the service recorded it (the job execution's creation to its
     *                   end), without HTTP, authentication and polling; -1 when the record lacks it
     */
    record Request(long runId, double completed, double docxListed, double job) {
    }

    /**
     * @param requests       the measured requests, in order
     * @param statusMs       how long one status request took (median over every poll): Basic authentication checks
     *                       the password (BCrypt) on each request, polls included
     * @param cpuPerRequest  the service process's CPU seconds (all threads) per measured request, or -1
     * @param lastDocx       the last run's .docx as the API gave it
     * @param stoppedCleanly the service ended on SIGTERM within its grace time
     */
    record Result(List<Request> requests, int warmup, double statusMs, double cpuPerRequest, byte[] lastDocx,
                  boolean stoppedCleanly) {

        double[] completed() {
            return requests.stream().mapToDouble(Request::completed).toArray();
        }

        double[] docxListed() {
            return requests.stream().mapToDouble(Request::docxListed).toArray();
        }

        /** The runs' own durations where every record had one, else none. */
        double[] job() {
            double[] job = requests.stream().mapToDouble(Request::job).toArray();
            return java.util.Arrays.stream(job).allMatch(j -> j >= 0) ? job : new double[0];
        }
    }

    /** The service could not be started or measured; the message says why (the row says it instead of a figure). */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private final List<String> serveCommand;
    private final List<String> importCommand;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String password = UUID.randomUUID().toString();
    private final List<Double> statusMs = new ArrayList<>();
    private String base;

    /**
     * @param serveCommand  the command line that starts jianbao with these arguments ({@code java -jar …}), to which
     *                      {@code serve} and its options are appended
     * @param settings      configuration for import and serve (speech, templates, samples folder)
     * @param sampleFiles   the indicator files imported before the service starts
     */
    ServiceBench(List<String> serveCommand, List<String> settings, List<Path> sampleFiles) {
        this.serveCommand = new ArrayList<>(serveCommand);
        this.importCommand = new ArrayList<>(serveCommand);
        importCommand.add("import");
        sampleFiles.forEach(f -> importCommand.add(f.toAbsolutePath().toString()));
        importCommand.addAll(settings);
        this.serveCommand.add("serve");
        this.serveCommand.addAll(settings);
    }

    Result measure(Path dir, int warmup, int requests) throws IOException, Failure {
        Files.createDirectories(dir);
        ChildProcess.Timing imported = ChildProcess.run(importCommand, dir, Map.of(), 600);
        if (!imported.ok()) {
            throw new Failure("import of the samples failed: " + lastLine(imported.output()));
        }
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        List<String> command = new ArrayList<>(serveCommand);
        command.addAll(List.of("--server.port=" + port, "--jianbao.schedule.enabled=false"));
        Path log = dir.resolve("serve.log");
        Process service = ChildProcess.start(command, dir, Map.of("JIANBAO_ADMIN_PASSWORD", password), log);
        boolean stopped = false;
        try {
            awaitHealthy(service, log);
            for (int i = 0; i < warmup; i++) {
                briefing();
            }
            statusMs.clear(); // the polls of the measured requests only
            double cpuBefore = cpuSeconds(service);
            List<Request> measured = new ArrayList<>();
            long lastDocument = -1;
            for (int i = 0; i < requests; i++) {
                Measured m = briefing();
                measured.add(m.request());
                lastDocument = m.documentId();
            }
            double cpuAfter = cpuSeconds(service);
            byte[] docx = get("/api/documents/" + lastDocument + "/docx").body();
            if (docx.length < 4 || docx[0] != 'P' || docx[1] != 'K') {
                throw new Failure("GET /api/documents/" + lastDocument + "/docx did not give a Word file");
            }
            double cpu = cpuBefore >= 0 && cpuAfter >= 0 && requests > 0 ? (cpuAfter - cpuBefore) / requests : -1;
            double[] polls = statusMs.stream().mapToDouble(Double::doubleValue).toArray();
            stopped = ChildProcess.stop(service, 60);
            return new Result(measured, warmup, polls.length > 0 ? Stats.median(polls) : -1, cpu, docx, stopped);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        } finally {
            if (service.isAlive()) {
                ChildProcess.stop(service, 60);
            }
        }
    }

    private record Measured(Request request, long documentId) {
    }

    /** One briefing on demand: the POST, then status requests until the run completed. */
    private Measured briefing() throws IOException, InterruptedException, Failure {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> started = send(HttpRequest.newBuilder(URI.create(base + "/api/runs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY, StandardCharsets.UTF_8)));
        if (started.statusCode() != 202) {
            throw new Failure("POST /api/runs answered " + started.statusCode() + ": " + text(started));
        }
        JsonNode accepted = JSON.readTree(started.body());
        long id = accepted.path("id").asLong();
        if (!"started".equals(accepted.path("outcome").asString())) {
            throw new Failure("POST /api/runs " + BODY + " did not start a run: " + text(started));
        }
        double listed = -1;
        long document = -1;
        long deadline = t0 + RUN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            long s0 = System.nanoTime();
            HttpResponse<byte[]> status = get("/api/runs/" + id);
            long s1 = System.nanoTime();
            statusMs.add((s1 - s0) / 1e6);
            if (status.statusCode() != 200) {
                throw new Failure("GET /api/runs/" + id + " answered " + status.statusCode() + ": " + text(status));
            }
            JsonNode run = JSON.readTree(status.body());
            JsonNode documents = run.path("documents");
            if (listed < 0 && documents.size() > 0) {
                listed = (s1 - t0) / 1e9;
                document = documents.get(0).asLong();
            }
            String state = run.path("status").asString();
            if (state.equals("COMPLETED")) {
                if (document < 0) {
                    throw new Failure("run " + id + " completed without a document");
                }
                return new Measured(new Request(id, (s1 - t0) / 1e9, listed, recorded(run)), document);
            }
            if (!run.path("running").asBoolean() && !state.equals("STARTING")) {
                throw new Failure("run " + id + " ended " + state + ": " + run.path("cause").asString());
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new Failure("run " + id + " did not complete within " + RUN_TIMEOUT.toMinutes() + " minutes");
    }

    /** Seconds from the run's start to its end as its record gives them, or -1. */
    private static double recorded(JsonNode run) {
        try {
            LocalDateTime start = LocalDateTime.parse(run.path("start").asString());
            LocalDateTime end = LocalDateTime.parse(run.path("end").asString());
            return Duration.between(start, end).toNanos() / 1e9;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void awaitHealthy(Process service, Path log) throws IOException, InterruptedException, Failure {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new Failure("serve ended with exit " + service.exitValue() + ": " + lastLine(Files.readString(log)));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new Failure("serve was not UP within " + START_TIMEOUT.toMinutes() + " minutes");
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** CPU seconds the process has used so far (all threads), or -1 where the platform does not say. */
    private static double cpuSeconds(Process process) {
        return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(-1.0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8).strip();
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String lastLine(String text) {
        String t = text.strip();
        int nl = t.lastIndexOf('\n');
        return nl < 0 ? t : t.substring(nl + 1);
    }
}

package org.jianbao.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jianbao.generation.DocumentKind;

/** The group notice against a local HTTP server that answers as the WeCom/DingTalk robots do. */
class WebhookChannelTest {

    private static final String SECRET = "693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa";

    private HttpServer robot;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    @BeforeEach
    void start() throws Exception {
        robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/cgi-bin/webhook/send", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                bodies.add(exchange.getRequestHeaders().getFirst("Content-Type") + "\n"
                        + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        robot.start();
    }

    @AfterEach
    void stop() {
        robot.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + robot.getAddress().getPort() + "/cgi-bin/webhook/send?key=" + SECRET;
    }

    private static Parcel parcel() {
        Outgoing briefing = new Outgoing(17, DocumentKind.BRIEFING, "示范区", YearMonth.of(2026, 10),
                Path.of("output/2026-10/示范区工作进展简报-2026年第1期.docx"), Path.of("x.pdf"), true, null, null, null);
        return new Parcel("工作群", SecretUrl.masked("http://robot/cgi-bin/webhook/send?key=" + SECRET), List.of(briefing), null);
    }

    @Test
    void postsATextNoticeWithTheTitleAndTheDownloadLink() throws Exception {
        String outcome = new WebhookChannel(url(), "https://jianbao.example.org/documents/{id}", Duration.ofSeconds(5))
                .deliver(parcel());

        assertThat(outcome).isEqualTo("group robot answered HTTP 200, errcode 0");
        assertThat(bodies).hasSize(1);
        assertThat(bodies.get(0)).startsWith("application/json; charset=utf-8\n");
        JsonNode json = JsonMapper.builder().build().readTree(bodies.get(0).substring(bodies.get(0).indexOf('\n') + 1));
        assertThat(json.get("msgtype").asString()).isEqualTo("text");
        assertThat(json.get("text").get("content").asString()).isEqualTo(
                "【新文件】示范区工作进展简报（2026年第1期）\n下载：https://jianbao.example.org/documents/17");
    }

    @Test
    void aBusyRobotIsTransientARefusalPermanent() {
        WebhookChannel channel = new WebhookChannel(url(), null, Duration.ofSeconds(5));
        status = 503;
        assertThatThrownBy(() -> channel.deliver(parcel())).isInstanceOf(DeliveryFailure.class)
                .hasMessage("group robot answered HTTP 503")
                .satisfies(e -> assertThat(((DeliveryFailure) e).isPermanent()).isFalse());
        status = 200;
        answer = "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}";
        assertThatThrownBy(() -> channel.deliver(parcel()))
                .satisfies(e -> assertThat(((DeliveryFailure) e).isPermanent()).isFalse());
        answer = "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}";
        assertThatThrownBy(() -> channel.deliver(parcel())).hasMessage("group robot refused the notice: errcode 93000")
                .satisfies(e -> assertThat(((DeliveryFailure) e).isPermanent()).isTrue());
    }

    @Test
    void aMaskedUrlKeepsParameterNamesAndNoValue() {
        assertThat(SecretUrl.masked("https://oapi.example.org/robot/send?access_token=abc123&timestamp=1&sign=xyz"))
                .isEqualTo("https://oapi.example.org/robot/send?access_token=…&timestamp=…&sign=…");
        assertThat(SecretUrl.masked("https://user:pw@example.org/hook")).isEqualTo("https://example.org/hook");
    }

    @Test
    void aMalformedUrlIsRefusedWithoutQuotingTheSecret() {
        assertThatThrownBy(() -> new WebhookChannel("http://robot/send?key=" + SECRET + " x", null, Duration.ofSeconds(1)))
                .hasMessageStartingWith("jianbao.distribution.webhook.url is not a URL")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void theSecretAppearsNeitherInTheRecordNorInAFailure() throws Exception {
        assertThat(parcel().address()).isEqualTo("http://robot/cgi-bin/webhook/send?key=…").doesNotContain(SECRET);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        WebhookChannel nobody = new WebhookChannel("http://127.0.0.1:" + closedPort + "/send?key=" + SECRET, null,
                Duration.ofSeconds(2));
        assertThatThrownBy(() -> nobody.deliver(parcel())).isInstanceOf(DeliveryFailure.class)
                .hasMessageStartingWith("group robot not reachable")
                .satisfies(e -> assertThat(e.toString()).doesNotContain(SECRET))
                .satisfies(e -> assertThat(e.getCause()).isNull());
    }
}

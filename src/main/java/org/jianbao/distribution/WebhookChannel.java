package org.jianbao.distribution;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a short text notice to a work-chat group robot in the message format WeCom and DingTalk both accept:
 * {@code {"msgtype":"text","text":{"content":"…"}}}. The robots answer HTTP 200 with {@code errcode} 0 when
 * they took it. The URL is a secret: never logged, kept masked in the record.
 */
final class WebhookChannel implements Channel {

    private final URI url;
    private final String downloadUrl;
    private final Duration timeout;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * @param downloadUrl where the service offers a document, {@code {id}} standing for its id; null without
     *                    a service
     */
    WebhookChannel(String url, String downloadUrl, Duration timeout) {
        try {
            this.url = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            // The JDK's message quotes the whole URL, secret included.
            throw new IllegalArgumentException("jianbao.distribution.webhook.url is not a URL: " + SecretUrl.masked(url));
        }
        this.downloadUrl = downloadUrl == null || downloadUrl.isBlank() ? null : downloadUrl;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    String notice(Parcel parcel) {
        StringBuilder text = new StringBuilder();
        for (Outgoing d : parcel.documents()) {
            text.append(text.isEmpty() ? "" : "\n").append("【新文件】").append(d.title());
            if (downloadUrl != null) {
                text.append("\n下载：").append(downloadUrl.replace("{id}", Long.toString(d.id())));
            }
        }
        return text.toString();
    }

    @Override
    public String deliver(Parcel parcel) throws DeliveryFailure {
        String body = json.writeValueAsString(Map.of("msgtype", "text", "text", Map.of("content", notice(parcel))));
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The JDK's message may contain the URL: say what happened without it.
            throw DeliveryFailure.transientFailure("group robot not reachable: " + e.getClass().getSimpleName(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.transientFailure("interrupted", null);
        }
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw DeliveryFailure.transientFailure("group robot answered HTTP " + status, null);
        }
        if (status >= 300) {
            throw DeliveryFailure.permanent("group robot answered HTTP " + status, null);
        }
        int errcode = errcode(response.body());
        if (errcode != 0) {
            // 45009 and -1 mean "too frequent" / "busy": worth another try; anything else is the configuration.
            String why = "group robot refused the notice: errcode " + errcode;
            throw errcode == 45009 || errcode == -1 ? DeliveryFailure.transientFailure(why, null)
                    : DeliveryFailure.permanent(why, null);
        }
        return "group robot answered HTTP " + status + ", errcode 0";
    }

    private int errcode(String body) {
        try {
            JsonNode node = json.readTree(body);
            JsonNode code = node.get("errcode");
            return code == null ? 0 : code.asInt();
        } catch (RuntimeException e) {
            return 0; // a robot that answers 200 without JSON took the message
        }
    }
}

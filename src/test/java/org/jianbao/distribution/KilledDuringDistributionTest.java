package org.jianbao.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one window exactly-once cannot close, shown with a real process: jianbao runs in a child JVM, the SMTP
 * server accepts the fourth message, and the process is killed (SIGKILL) before it hears the acceptance. The
 * restarted run sends what was left, reports the fourth as "outcome unknown" and does not send it again; only
 * the operator's {@code deliveries retry --unknown} does.
 */
class KilledDuringDistributionTest {

    private static final int HELD = 4;

    @TempDir
    Path dir;

    private GreenMail greenMail;
    private SmtpFaults smtp;

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.close();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Test
    void aProcessKilledAfterTheServerAcceptedLeavesOneUnknownThatIsReportedNotResent() throws Exception {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        smtp = new SmtpFaults(greenMail.getSmtp().getPort());
        smtp.holdReplyToMessage = HELD;

        Process first = jianbao("run-1", "run", "--only", "briefing");
        boolean reached = smtp.held.await(240, TimeUnit.SECONDS);
        first.destroyForcibly(); // SIGKILL: no shutdown hooks, no last update of the record
        first.waitFor(30, TimeUnit.SECONDS);
        assertThat(reached).as("the child reached message %d; its output:%n%s", HELD, output("run-1")).isTrue();
        assertThat(messagesPerAddress()).hasSize(HELD).allSatisfy((address, n) -> assertThat(n).isEqualTo(1));

        // The same command again: the killed run is recovered and resumed at its distribute step.
        assertThat(jianbao("run-2", "run", "--only", "briefing").waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(output("run-2")).contains("email: 8 sent, 0 failed, 1 outcome unknown, 0 pending, 0 awaiting approval");
        Map<String, Long> afterRestart = messagesPerAddress();
        assertThat(afterRestart).as("messages %s%nfirst run:%n%s%nsecond run:%n%s", messageIds(), output("run-1"),
                output("run-2")).hasSize(9).allSatisfy((address, n) -> assertThat(n).isEqualTo(1));

        assertThat(jianbao("deliveries", "deliveries", "--status", "SENDING").waitFor(240, TimeUnit.SECONDS)).isTrue();
        List<String> unknown = output("deliveries").lines().filter(l -> l.contains("SENDING (outcome unknown)")).toList();
        assertThat(unknown).hasSize(1).allSatisfy(l -> assertThat(l).contains(" email "));

        // The operator's word: resend what is unknown. That recipient now has the message twice, with one Message-ID.
        assertThat(jianbao("retry", "deliveries", "retry", "--unknown").waitFor(240, TimeUnit.SECONDS)).isTrue();
        Map<String, Long> afterRetry = messagesPerAddress();
        assertThat(afterRetry.values().stream().filter(n -> n == 2)).hasSize(1);
        MimeMessage[] all = greenMail.getReceivedMessages();
        String twice = afterRetry.entrySet().stream().filter(e -> e.getValue() == 2).findFirst().orElseThrow().getKey();
        assertThat(Arrays.stream(all).filter(m -> to(m).contains(twice)).map(KilledDuringDistributionTest::messageId).distinct())
                .hasSize(1);
    }

    private List<String> messageIds() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(m -> to(m) + " " + messageId(m)).toList();
    }

    private Map<String, Long> messagesPerAddress() {
        return Arrays.stream(greenMail.getReceivedMessages()).flatMap(m -> to(m).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static List<String> to(MimeMessage m) {
        try {
            return Arrays.stream(m.getAllRecipients()).map(Address::toString).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar's main class in a JVM of its own, in the project folder (samples, templates) with its own database. */
    private Process jianbao(String log, String... command) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.jianbao.JianbaoApplication"));
        line.addAll(List.of(command));
        line.addAll(List.of(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                "--jianbao.output-dir=" + dir.resolve("output").toAbsolutePath(),
                "--jianbao.distribution.mail.from=jianbao@example.org",
                "--jianbao.distribution.approval-required=study-notes",
                "--jianbao.distribution.retry.delay=10ms"));
        return new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(dir.resolve(log + ".log").toFile()).start();
    }

    private String output(String command) throws IOException {
        return Files.readString(dir.resolve(command + ".log"), StandardCharsets.UTF_8);
    }
}

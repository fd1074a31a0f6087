package org.jianbao.distribution;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import org.jianbao.generation.DocumentKind;

/**
 * {@code jianbao.distribution.*}.
 *
 * @param enabled           false: the job writes documents and sends nothing
 * @param sampleRecipients  the recipients list imported on first run
 * @param folderRoot        where recipients without a folder of their own get their copies
 *                          ({@code <root>/<name>/<period>/}); default {@code <output-dir>/distribution}
 * @param approvalRequired  document kinds that wait for {@code deliveries approve} (签发)
 * @param automaticRoles    roles in the tail whose copies go at once even when the kind waits (e.g. 发 to the
 *                          departments, while 报 upward waits for a person)
 * @param includePdf        send and copy the PDF beside the Word file
 */
@ConfigurationProperties("jianbao.distribution")
public record DistributionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("samples/recipients/收件人名单.csv") Path sampleRecipients,
        Path folderRoot,
        @DefaultValue("BRIEFING") Set<DocumentKind> approvalRequired,
        @DefaultValue({}) Set<TailRole> automaticRoles,
        @DefaultValue("false") boolean includePdf,
        @DefaultValue Retry retry,
        @DefaultValue Mail mail,
        @DefaultValue Webhook webhook) {

    /**
     * @param inRun       further tries within one run after a transient failure
     * @param delay       the first wait, doubled (multiplier) up to maxDelay
     * @param maxAttempts tries across all runs, after which a transient failure waits for {@code deliveries retry ID}
     */
    public record Retry(@DefaultValue("3") int inRun, @DefaultValue("2s") Duration delay,
                        @DefaultValue("2.0") double multiplier, @DefaultValue("1m") Duration maxDelay,
                        @DefaultValue("12") int maxAttempts) {
    }

    /**
     * Email goes out only when {@code spring.mail.host} is set.
     *
     * @param from    the sender
     * @param maxSize the attachments of one message together
     * @param admins  who is told of failed deliveries after a run
     */
    public record Mail(@DefaultValue("jianbao@localhost.localdomain") String from, @DefaultValue("20MB") DataSize maxSize,
                       @DefaultValue({}) List<String> admins) {
    }

    /**
     * @param url         the group robot's URL (a secret); none: no notices
     * @param name        how the records name the group
     * @param downloadUrl the service's link to a document, {@code {id}} for its id; none: notices without a link
     */
    public record Webhook(String url, @DefaultValue("工作群") String name, String downloadUrl,
                          @DefaultValue("10s") Duration timeout) {
    }
}

package org.jianbao.distribution;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.jianbao.generation.BriefingProperties;
import org.jianbao.generation.JianbaoProperties;
import org.jianbao.pdf.DocxPdfRenderer;

/**
 * Wires distribution. The channels that are on: the folder always; email when Spring Boot made a
 * {@link JavaMailSender} (that is, {@code spring.mail.host} is set); the group notice when its URL is set.
 */
@Configuration(proxyBeanMethods = false)
class DistributionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DistributionConfiguration.class);

    @Bean
    Recipients recipients(JdbcClient jdbc, PlatformTransactionManager tx, Clock clock) {
        return new Recipients(jdbc, new TransactionTemplate(tx), clock);
    }

    @Bean
    RecipientImporter recipientImporter(Recipients recipients, DistributionProperties properties) {
        return new RecipientImporter(recipients, properties.sampleRecipients());
    }

    @Bean
    Deliveries deliveries(JdbcClient jdbc, Clock clock) {
        return new Deliveries(jdbc, clock);
    }

    @Bean
    OutgoingDocuments outgoingDocuments(JdbcClient jdbc, Clock clock) {
        return new OutgoingDocuments(jdbc, clock);
    }

    @Bean
    Distributor distributor(Recipients recipients, OutgoingDocuments documents, Deliveries deliveries,
                            DistributionProperties properties, JianbaoProperties jianbao, BriefingProperties briefing,
                            ObjectProvider<JavaMailSender> mail, ObjectProvider<DocxPdfRenderer> pdfRenderer,
                            @Value("${spring.mail.host:}") String mailHost, @Value("${spring.mail.port:25}") int mailPort) {
        List<Channel> channels = new ArrayList<>();
        channels.add(new FolderChannel(properties.includePdf()));
        JavaMailSender sender = mail.getIfAvailable();
        if (sender != null) {
            channels.add(new EmailChannel(sender, properties.mail().from(), properties.mail().maxSize(),
                    properties.includePdf(), new MessageBody(briefing.issuingOffice()), mailHost + ":" + mailPort));
        }
        String url = properties.webhook().url();
        if (url != null && !url.isBlank()) {
            channels.add(new WebhookChannel(url, properties.webhook().downloadUrl(), properties.webhook().timeout()));
            log.debug("group notices to {}", SecretUrl.masked(url));
        }
        Path folderRoot = properties.folderRoot() != null ? properties.folderRoot()
                : jianbao.outputDir().resolve("distribution");
        Optional<FailureNotice> notice = sender == null || properties.mail().admins().isEmpty() ? Optional.empty()
                : Optional.of(new FailureNotice(sender, properties.mail().from(), properties.mail().admins()));
        return new Distributor(recipients, documents, deliveries, channels, properties, folderRoot, pdfRenderer::getObject,
                notice);
    }
}

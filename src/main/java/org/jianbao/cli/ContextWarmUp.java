package org.jianbao.cli;

import java.io.IOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianbao.pdf.FontLibrary;
import org.jianbao.pdf.spring.PdfProperties;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * While the Spring context starts (one core busy for seconds), loads on the other what the first document will
 * need: the fonts the official names resolve to ({@link FontLibrary#create} keeps one library per folder, so the
 * context's bean is this one) and POI's document classes. Started once the environment is prepared — Spring
 * Boot has set logging up by then — with the configuration the context itself reads.
 */
final class ContextWarmUp implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        PdfProperties pdf = Binder.get(event.getEnvironment()).bind("jianbao.pdf", PdfProperties.class)
                .orElseGet(() -> new PdfProperties(null));
        Thread warmUp = new Thread(() -> warmUp(pdf), "jianbao-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void warmUp(PdfProperties pdf) {
        try {
            FontLibrary.create(pdf.fontsPath()).resolutions();
            new XWPFDocument().close();
        } catch (IOException | RuntimeException e) {
            // only a head start: whatever failed here fails again where it is used, and is reported there
            LoggerFactory.getLogger(ContextWarmUp.class).debug("warm-up: {}", e.toString());
        }
    }
}

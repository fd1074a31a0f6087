package org.jianbao.cli;

import java.util.function.Supplier;

import org.jianbao.pdf.DocxPdfRenderer;
import org.jianbao.pdf.FontLibrary;

/**
 * The engines the commands outside the Spring context use, made on first use: reading the configuration and
 * finding the fonts cost time that {@code speech} or {@code --version} should not pay.
 */
final class StandaloneServices {

    private final Supplier<StandaloneConfiguration> loader;
    private StandaloneConfiguration configuration;
    private FontLibrary fonts;
    private DocxPdfRenderer renderer;

    StandaloneServices(Supplier<StandaloneConfiguration> loader) {
        this.loader = loader;
    }

    /** With fonts already chosen and no configuration to read (tests). */
    static StandaloneServices withFonts(FontLibrary fonts) {
        StandaloneServices services = new StandaloneServices(() -> null);
        services.fonts = fonts;
        return services;
    }

    /** Reads the configuration (and with it sets up logging) if not done yet. */
    synchronized StandaloneConfiguration configuration() {
        if (configuration == null) {
            configuration = loader.get();
        }
        return configuration;
    }

    synchronized FontLibrary fonts() {
        if (fonts == null) {
            fonts = FontLibrary.create(configuration().pdf().fontsPath());
        }
        return fonts;
    }

    synchronized DocxPdfRenderer renderer() {
        if (renderer == null) {
            renderer = new DocxPdfRenderer(fonts());
        }
        return renderer;
    }

    /**
     * Reads the configuration and loads the fonts of official documents (仿宋_GB2312, 黑体…) on another core while
     * the caller parses its documents: for a one-file {@code pdf} these are a third of the time. Logging is held
     * until configured. A problem here is reported again when the fonts are asked for.
     */
    void warmUpInBackground() {
        synchronized (this) {
            if (fonts != null) {
                return; // given, or already loaded
            }
        }
        StandaloneConfiguration.holdLogging();
        Thread warmUp = new Thread(() -> {
            try {
                fonts().resolutions();
            } catch (RuntimeException e) {
                // the caller meets it again on its own thread, where it is reported
            }
        }, "jianbao-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    PdfFileWriter pdfFiles() {
        return new PdfFileWriter(this::renderer);
    }
}

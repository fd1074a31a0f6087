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

    PdfFileWriter pdfFiles() {
        return new PdfFileWriter(this::renderer);
    }
}

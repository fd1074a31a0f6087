package org.jianbao.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jianbao.pdf.FontFace;
import org.jianbao.pdf.FontLibrary;
import org.jianbao.pdf.FontResolution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fonts [--all]}: which real font serves each document font name, and what was found where. */
@Component
// picocli keeps parsed options in the command object: a fresh one per command line, never a shared singleton.
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "fonts", mixinStandardHelpOptions = true,
        description = "Show which font the PDF renderer uses for each document font (仿宋_GB2312, 黑体…) and what it found.")
public class FontsCommand implements CliCommand, Callable<Integer> {

    private final ObjectProvider<FontLibrary> fonts;

    @Spec
    private CommandSpec spec;

    @Option(names = "--all", description = "also list every font face found, by file")
    private boolean all;

    public FontsCommand(ObjectProvider<FontLibrary> fonts) {
        this.fonts = fonts;
    }

    @Override
    public Integer call() {
        FontLibrary library = fonts.getObject();
        var out = spec.commandLine().getOut();
        out.println("Configured folder (jianbao.pdf.fonts-dir): "
                + (library.configuredFolder() == null ? "(none)" : library.configuredFolder().toAbsolutePath()));
        out.println("Folders searched: " + (library.searchedFolders().isEmpty() ? "(none)" : library.searchedFolders()));
        out.println("Font faces found: " + library.faces().size() + " (the last two are Noto Sans SC from the classpath)");
        out.println();
        out.println("Document font -> font used:");
        List<FontResolution> resolutions = library.resolutions();
        for (FontResolution r : resolutions) {
            out.printf("  %-18s -> %s  [%s]%s%n", r.requested(), r.used(), r.source(), r.substituted() ? "  SUBSTITUTE" : "");
        }
        out.println();
        out.println("A missing font is replaced by a face of its class (fonts-dir first, then the system, then the jar):");
        for (var e : library.classSubstitutes().entrySet()) {
            FontFace regular = e.getValue().get(0);
            FontFace heavy = e.getValue().get(1);
            out.printf("  %-16s -> %s [%s]%s%n", e.getKey().label(), regular.fullName(), library.origin(regular),
                    heavy.equals(regular) ? "" : "; heavy (黑体, 小标宋, bold): " + heavy.fullName() + " [" + library.origin(heavy) + "]");
        }
        var classes = library.classSubstitutes();
        if (classes.get(FontLibrary.FontClass.SERIF).get(0).source().startsWith("classpath:")
                || classes.get(FontLibrary.FontClass.KAI).get(0).source().startsWith("classpath:")) {
            out.println("  (serif and kai text is drawn in the jar's sans face: on Debian/Ubuntu"
                    + " `sudo apt install fonts-arphic-uming fonts-arphic-ukai` gives 宋/仿宋 and 楷 their look)");
        }
        long substitutes = resolutions.stream().filter(FontResolution::substituted).count();
        if (substitutes > 0) {
            out.println();
            out.println(substitutes + " font(s) substituted: put the real fonts (simfang.ttf, simhei.ttf, simkai.ttf, "
                    + "simsun.ttc, FZXBSJW.TTF) in the folder jianbao.pdf.fonts-dir names.");
        }
        if (all) {
            out.println();
            out.println("All font faces:");
            for (Map.Entry<String, List<FontFace>> e : library.facesBySource().entrySet()) {
                out.println("  " + e.getKey());
                for (FontFace f : e.getValue()) {
                    out.println("      " + (f.index() >= 0 ? "," + f.index() + " " : "") + f.fullName()
                            + (f.cff() ? "  (CFF outlines: ~200 KB more per PDF, used after TrueType faces)" : ""));
                }
            }
        }
        return ExitCodes.OK;
    }
}

package org.jianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.jianbao.bench.Bench;
import org.jianbao.bench.Row;
import org.jianbao.pdf.DocxPdfRenderer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench [--units 10,100,1000] [--out bench/results.md]}: one table of what the product costs on this machine,
 * measured in one run, beside poi-tl and LibreOffice where they are installed. Run from the project folder (it reads
 * templates/, samples/ and seeds/, and starts bin/jianbao when there). Not a test: nothing passes or fails on a figure.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure fill, render and the commands on this machine, against poi-tl and LibreOffice; print one table.")
public class BenchCommand implements Callable<Integer> {

    private final Supplier<DocxPdfRenderer> renderer;

    @Spec
    private CommandSpec spec;

    @Option(names = "--units", split = ",", paramLabel = "N", defaultValue = "10,100,1000",
            description = "unit counts for `run --all-units` (default: ${DEFAULT-VALUE}); 0 for none")
    private List<Integer> units;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "200", description = "documents per warm measurement (default: ${DEFAULT-VALUE})")
    private int docs;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "runs per cold command (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "50",
            description = "on-demand briefings through `serve` and the API, after 5 not counted (default: ${DEFAULT-VALUE}); 0 for none")
    private int requests;

    @Option(names = "--only-service", hidden = true, description = "measure the service row alone")
    private boolean onlyService;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the table to FILE (Markdown)")
    private Path out;

    @Option(names = "--poi-tl", paramLabel = "JAR", description = "poi-tl 1.12.2's jar when it is not on the class path"
            + " (default: the local Maven repository's copy)")
    private Path poiTl;

    @Option(names = "--template", paramLabel = "FILE", defaultValue = "templates/progress-briefing.docx", hidden = true)
    private Path template;

    @Option(names = "--model", paramLabel = "FILE", defaultValue = "samples/briefing-model.json", hidden = true)
    private Path model;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", hidden = true)
    private Path samples;

    @Option(names = "--speech", paramLabel = "FILE", defaultValue = "seeds/speech-third-plenum-county.txt", hidden = true)
    private Path speech;

    BenchCommand(Supplier<DocxPdfRenderer> renderer) {
        this.renderer = renderer;
    }

    @Override
    public Integer call() throws Exception {
        for (Path p : List.of(template, model, speech)) {
            if (!Files.isRegularFile(p)) {
                throw new UserInputException(p + ": not found (run bench from the project folder)");
            }
        }
        if (!Files.isDirectory(samples)) {
            throw new UserInputException(samples + ": not found (run bench from the project folder)");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) RenderCommand.readJson(model);
        Path launcher = Path.of("bin", "jianbao");
        boolean fromJar = Bench.ownJar() != null; // bin/jianbao runs a jar: from class folders there is none to give it
        Bench.Options options = new Bench.Options(template, model, samples, speech,
                units.stream().filter(n -> n > 0).toList(), docs, runs,
                poiTl != null ? poiTl : Path.of(System.getProperty("user.home"), ".m2", "repository", "com", "deepoove",
                        "poi-tl", "1.12.2", "poi-tl-1.12.2.jar"),
                fromJar && Files.isExecutable(launcher) ? launcher : null, requests, onlyService);
        PrintWriter err = spec.commandLine().getErr();
        String startLoad = org.jianbao.bench.Bench.loadAverage();
        List<Row> rows = new Bench(options, renderer, err).run(data);
        String table = Bench.table(rows, startLoad, Bench.loadAverage());
        spec.commandLine().getOut().print(table);
        spec.commandLine().getOut().flush();
        if (out != null) {
            try {
                if (out.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(out.toAbsolutePath().getParent());
                }
                Files.writeString(out, table);
            } catch (IOException e) {
                throw new UserInputException(out + ": cannot write: " + e.getMessage(), e);
            }
        }
        return ExitCodes.OK;
    }
}

package org.jianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jianbao.office.DamagedFileException;
import org.jianbao.office.WordFiles;
import org.jianbao.pdf.PdfRenderResult;
import org.jianbao.pdf.WordPackage;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pdf IN.docx… [--out OUT.pdf | --out-dir DIR]}: Word documents to PDF with the built-in renderer, no office
 * suite. Many files in one call share the fonts and the warmed-up JVM and are converted on every core, as
 * {@code soffice --convert-to pdf} takes many files.
 */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = {"Convert .docx files to PDF with the built-in renderer (no office suite needed).",
                "Several files are converted in parallel, one per core; each is reported on its own line."})
public class PdfCommand implements Callable<Integer> {

    private final PdfFileWriter pdfFile;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "IN.docx", description = "Word documents to convert")
    private List<Path> inputs;

    @Option(names = "--out", paramLabel = "OUT.pdf", description = "PDF to write, for a single document (default: IN with .pdf)")
    private Path out;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "folder for the PDFs, named after the documents (default: beside each document)")
    private Path outDir;

    PdfCommand(PdfFileWriter pdfFile) {
        this.pdfFile = pdfFile;
    }

    /** One document and where its PDF goes. */
    private record Conversion(Path in, Path target) {
    }

    @Override
    public Integer call() throws InterruptedException {
        List<Conversion> conversions = plan();
        PrintWriter stdout = spec.commandLine().getOut();
        if (conversions.size() == 1) {
            Conversion c = conversions.get(0);
            PdfFileWriter.report(stdout, c.target(), convert(c));
            return ExitCodes.OK;
        }
        return convertAll(conversions, stdout, spec.commandLine().getErr());
    }

    private List<Conversion> plan() {
        if (out != null && (inputs.size() > 1 || outDir != null)) {
            throw new ParameterException(spec.commandLine(), "--out names the PDF of a single document; use --out-dir for several");
        }
        List<Conversion> conversions = new ArrayList<>();
        Set<Path> targets = new HashSet<>();
        for (Path in : inputs) {
            String pdfName = in.getFileName().toString().replaceFirst("(?i)\\.docx?$", "") + ".pdf";
            Path target = out != null ? out : outDir != null ? outDir.resolve(pdfName) : in.resolveSibling(pdfName);
            if (!targets.add(target.toAbsolutePath().normalize())) {
                throw new UserInputException(in + ": another document would also be written to " + target);
            }
            conversions.add(new Conversion(in, target));
        }
        return conversions;
    }

    /** Every core busy; results reported in the order the files were given, each file's problem on its own line. */
    private int convertAll(List<Conversion> conversions, PrintWriter stdout, PrintWriter stderr) throws InterruptedException {
        int threads = Math.min(conversions.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PdfRenderResult>> results = new ArrayList<>();
            for (Conversion c : conversions) {
                results.add(pool.submit(() -> convert(c)));
            }
            int exitCode = ExitCodes.OK;
            for (int i = 0; i < conversions.size(); i++) {
                try {
                    PdfFileWriter.report(stdout, conversions.get(i).target(), results.get(i).get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof UserInputException input) {
                        stderr.println(spec.commandLine().getColorScheme().errorText(input.getMessage()));
                        exitCode = exitCode == ExitCodes.FAILURE ? exitCode : ExitCodes.BAD_INPUT;
                    } else {
                        LoggerFactory.getLogger(PdfCommand.class).error("{} failed", conversions.get(i).in(), e.getCause());
                        stderr.println(spec.commandLine().getColorScheme().errorText(conversions.get(i).in() + ": failed: " + e.getCause()));
                        exitCode = ExitCodes.FAILURE;
                    }
                }
                stdout.flush();
                stderr.flush();
            }
            return exitCode;
        } finally {
            pool.shutdownNow();
        }
    }

    private PdfRenderResult convert(Conversion c) {
        Path in = c.in();
        if (!Files.isRegularFile(in)) {
            throw new UserInputException(in + ": no such file");
        }
        WordPackage doc;
        try {
            doc = WordPackage.of(WordFiles.entries(in));
        } catch (DamagedFileException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        return pdfFile.write(doc, c.target(), in.toString());
    }
}

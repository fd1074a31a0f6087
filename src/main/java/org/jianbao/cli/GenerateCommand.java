package org.jianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import org.jianbao.generation.DocumentGenerator;
import org.jianbao.generation.DocumentKind;
import org.jianbao.generation.DocumentRequest;
import org.jianbao.generation.GeneratedDocument;
import org.jianbao.generation.InputProblem;
import org.jianbao.generation.JianbaoProperties;
import org.jianbao.generation.NoDataException;
import org.jianbao.generation.ReportFacts;
import org.jianbao.run.RunPlanner;
import org.jianbao.run.RunRequestException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * On-demand generation of one document, outside the nightly job: the same generator, the same
 * templates, the same output folder.
 */
@Component
// picocli keeps parsed options in the command object: a fresh one per command line, never a shared singleton.
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes one document now (.docx and .pdf into output/<period>/) and prints the paths.",
        subcommands = {GenerateCommand.StudyNotes.class, GenerateCommand.Briefing.class})
class GenerateCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--speech", paramLabel = "FILE", description = "the speech (.txt or .docx); default: jianbao.speech")
    Path speech;

    private final DocumentGenerator generator;
    private final ReportFacts facts;
    private final JianbaoProperties properties;
    private final RunPlanner planner;

    GenerateCommand(DocumentGenerator generator, ReportFacts facts, JianbaoProperties properties, RunPlanner planner) {
        this.generator = generator;
        this.facts = facts;
        this.properties = properties;
        this.planner = planner;
    }

    /** The run planner's checks, reported as the command's one-line input errors. */
    private static <T> T asUserInput(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (RunRequestException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a document: study-notes or briefing");
    }

    int generate(DocumentRequest request) {
        GeneratedDocument document;
        try {
            document = generator.generate(request);
        } catch (RuntimeException e) {
            // A template, speech or data problem names the file and what to fix there: the user's to correct.
            throw InputProblem.in(e).map(p -> (RuntimeException) new UserInputException(p.getMessage(), p)).orElse(e);
        }
        var out = spec.commandLine().getOut();
        out.println(document.docx());
        out.println(document.pdf());
        var err = spec.commandLine().getErr();
        document.warnings().forEach(w -> err.println("warning: " + w));
        return ExitCodes.OK;
    }

    Path speechFile(Path given) {
        Path file = given != null ? given : speech != null ? speech : properties.speech();
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": speech file not found");
        }
        return file;
    }

    YearMonth periodFor(String unit, String period) {
        if (period == null) {
            try {
                return facts.latestPeriod(unit);
            } catch (NoDataException e) {
                throw new UserInputException(e.getMessage(), e);
            }
        }
        YearMonth month = asUserInput(() -> RunPlanner.parsePeriod(period));
        if (!facts.hasData(unit, month)) {
            throw new UserInputException("--period " + period + ": no indicator data for " + unit + " in that month"
                    + facts.latestPeriodIfAny(unit).map(p -> " (latest: " + p + ")").orElse(""));
        }
        return month;
    }

    String unitOrDefault(String unit) {
        return asUserInput(() -> planner.knownUnit(unit != null ? unit : facts.defaultUnit()));
    }

    /** The options both documents take. */
    static class DocumentOptions {
        @Option(names = "--speech", paramLabel = "FILE", description = "the speech; default: jianbao.speech")
        Path speech;

        @Option(names = "--unit", paramLabel = "UNIT", description = "the unit whose figures are used; default: the default unit")
        String unit;

        @Option(names = "--period", paramLabel = "YYYY-MM", description = "the month of the figures; default: the latest with data")
        String period;

        DocumentRequest request(GenerateCommand parent, DocumentKind kind) {
            String unitName = parent.unitOrDefault(unit);
            Path file = parent.speechFile(speech);
            YearMonth month = parent.periodFor(unitName, period);
            return switch (kind) {
                case STUDY_NOTES -> new DocumentRequest.StudyNotes(file, unitName, month);
                case BRIEFING -> new DocumentRequest.Briefing(file, unitName, month);
            };
        }
    }

    @Command(name = "study-notes", mixinStandardHelpOptions = true,
            description = "学习笔记 on the speech, with the figures of the latest period (or --period).")
    static class StudyNotes implements Callable<Integer> {
        @ParentCommand
        GenerateCommand parent;

        @Mixin
        DocumentOptions options;

        @Override
        public Integer call() {
            return parent.generate(options.request(parent, DocumentKind.STUDY_NOTES));
        }
    }

    @Command(name = "briefing", mixinStandardHelpOptions = true,
            description = "工作进展简报 of one unit for one month.")
    static class Briefing implements Callable<Integer> {
        @ParentCommand
        GenerateCommand parent;

        @Mixin
        DocumentOptions options;

        @Override
        public Integer call() {
            return parent.generate(options.request(parent, DocumentKind.BRIEFING));
        }
    }
}

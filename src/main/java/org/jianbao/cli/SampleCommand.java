package org.jianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import org.jianbao.indicator.SampleDataGenerator;
import org.jianbao.indicator.SyntheticUnits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sample --units N --out DIR}: fictional data for N units in the files {@code import} takes, to try the
 * product (or measure it) on many units. Without {@code --units}, the shipped {@code samples/} (示范区's story).
 * Needs no database: it only writes files.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Writes fictional data files that `import` takes: N synthetic units (--units), or the shipped samples of the default unit.",
                "",
                "With --units: indicator values of every month of the period's year up to the period, the year's targets and",
                "two project ledgers, for N units named like 青山区, 临江县; and units.yml, the configuration that makes them known",
                "(pass it to import and run as --spring.config.additional-location=file:DIR/units.yml).",
                "The same --seed, --units and --period always write the same files."})
final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--units", paramLabel = "N", description = "how many synthetic units; without it, the shipped samples of the default unit")
    Integer units;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder to write into (created if need be)")
    Path out;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "the last month with data; default: last month")
    String period;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20261031", description = "random seed; default: ${DEFAULT-VALUE}")
    long seed;

    private final Clock clock;

    SampleCommand() {
        this(Clock.systemDefaultZone());
    }

    SampleCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (units == null) {
            if (period != null) {
                throw new UserInputException("sample: --period goes with --units (the shipped samples end in 2026-10)");
            }
            SampleDataGenerator.writeSamples(out);
            stdout.println(out + ": the shipped samples of the default unit (5 files)");
            return ExitCodes.OK;
        }
        if (units < 1) {
            throw new UserInputException("sample: --units " + units + ": at least 1");
        }
        YearMonth month = month();
        SyntheticUnits synthetic = new SyntheticUnits(units, seed, month);
        List<Path> files = synthetic.write(out);
        files.forEach(stdout::println);
        Path config = files.get(0).toAbsolutePath();
        stdout.printf("%d units, data up to %s. Next, in a folder of its own (the database is ./data):%n", units, month);
        stdout.printf("  jianbao import %s --spring.config.additional-location=file:%s%n",
                String.join(" ", files.subList(1, files.size()).stream().map(p -> p.toAbsolutePath().toString()).toList()),
                config);
        stdout.printf("  jianbao run --all-units --period %s --spring.config.additional-location=file:%s%n", month, config);
        return ExitCodes.OK;
    }

    private YearMonth month() {
        if (period == null) {
            return YearMonth.now(clock).minusMonths(1); // the importer refuses a period that has not ended
        }
        try {
            return YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw new UserInputException("sample: --period " + period + ": expected a month like 2026-10");
        }
    }
}

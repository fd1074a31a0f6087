package org.jianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import org.jianbao.schedule.BusinessCalendar;
import org.jianbao.schedule.BusinessDay;
import org.jianbao.schedule.CalendarFileException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jianbao calendar [import FILE.csv]}: the business calendar's years, and adding a year. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = {"Lists the holidays and make-up workdays of the business calendar (the nightly run's workdays).",
                "`calendar import FILE.csv` loads a year's arrangement as the State Council publishes it",
                "(columns date,kind,name,name_zh; kind holiday or workday), replacing what was loaded for that year."})
class CalendarCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final BusinessCalendar calendar;

    CalendarCommand(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Integer call() {
        calendar.loadShippedYears();
        PrintWriter out = spec.commandLine().getOut();
        for (BusinessDay day : calendar.days()) {
            out.printf("%s %s %s%n", day.date(), day.kind() == BusinessDay.Kind.HOLIDAY ? "休" : "班", day.name());
        }
        return ExitCodes.OK;
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Loads FILE.csv into the business calendar.")
    int importFile(@Parameters(paramLabel = "FILE.csv") Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such file");
        }
        calendar.loadShippedYears();
        PrintWriter out = spec.commandLine().getOut();
        try {
            out.println(file + ": loaded " + calendar.importFile(file) + "; a running `serve` takes it at its next start");
            return ExitCodes.OK;
        } catch (CalendarFileException e) {
            out.println(e.getMessage());
            e.problems().forEach(p -> out.println("  " + p));
            return ExitCodes.BAD_INPUT;
        }
    }
}

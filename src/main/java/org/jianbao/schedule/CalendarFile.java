package org.jianbao.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads a holiday arrangement as published for the business calendar: {@code date,kind,name,name_zh}, one row per
 * holiday or make-up workday ({@code 2026-10-10,workday,National Day,国庆节}). All rows valid, or none taken.
 */
final class CalendarFile {

    private CalendarFile() {
    }

    static List<BusinessDay> read(String fileName, InputStream in) throws IOException {
        List<BusinessDay> days = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(reader)) {
            for (String column : List.of("date", "kind")) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    throw new CalendarFileException(fileName, List.of(fileName + ":1: no column '" + column
                            + "' (expected date,kind,name,name_zh)"));
                }
            }
            for (CSVRecord row : csv) {
                String where = fileName + ":" + (row.getRecordNumber() + 1) + ": ";
                LocalDate date;
                try {
                    date = LocalDate.parse(row.get("date"));
                } catch (DateTimeParseException e) {
                    problems.add(where + "'" + row.get("date") + "' is not a date like 2026-10-01");
                    continue;
                }
                BusinessDay.Kind kind;
                try {
                    kind = BusinessDay.Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(where + "kind '" + row.get("kind") + "': expected holiday or workday");
                    continue;
                }
                if (!seen.add(date)) {
                    problems.add(where + date + " is listed twice");
                    continue;
                }
                days.add(new BusinessDay(date, kind, name(row)));
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarFileException(fileName, problems);
        }
        if (days.isEmpty()) {
            throw new CalendarFileException(fileName, List.of(fileName + ": no days in the file"));
        }
        return days;
    }

    /** The Chinese name when the file has one: it is what office staff see. */
    private static String name(CSVRecord row) {
        for (String column : List.of("name_zh", "name")) {
            if (row.isMapped(column) && !row.get(column).isBlank()) {
                return row.get(column);
            }
        }
        return "";
    }
}

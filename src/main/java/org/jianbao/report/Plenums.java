package org.jianbao.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reference data on the Party's plenary sessions, shipped with the program ({@code reference/party-plenums.csv},
 * its source named in the file): the dates and the documents adopted, so that the study notes' 会议背景 and 历史脉络
 * state them as the communiqués do rather than as a speech remembers them.
 */
final class Plenums {

    static final String RESOURCE = "/reference/party-plenums.csv";

    /** One session: {@code 二十届三中全会}, 2024-07-15 to 2024-07-18, 北京, the 《决定》. */
    record Plenum(String name, LocalDate start, LocalDate end, String place, List<String> documents) {

        /** {@code 2024年7月}. */
        String month() {
            return start.getYear() + "年" + start.getMonthValue() + "月";
        }

        /** {@code 2024年7月15日至18日}; a one-day session {@code 1984年10月20日}. */
        String dates() {
            String first = start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日";
            if (end.equals(start)) {
                return first;
            }
            return first + "至" + (end.getMonthValue() == start.getMonthValue() ? "" : end.getMonthValue() + "月")
                    + end.getDayOfMonth() + "日";
        }
    }

    private static final Map<String, Plenum> BY_NAME = load();

    private Plenums() {
    }

    static Optional<Plenum> find(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name.strip()));
    }

    private static Map<String, Plenum> load() {
        Map<String, Plenum> out = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (InputStream in = Plenums.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the program");
            }
            for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String documents = r.get("documents");
                out.put(r.get("name"), new Plenum(r.get("name"), LocalDate.parse(r.get("start")), LocalDate.parse(r.get("end")),
                        r.get("place"), documents.isBlank() ? List.of() : List.of(documents.split("\\|"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}

package org.jianbao.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code samples/study-notes-model.json} and {@code samples/briefing-model.json}: the two models built from
 * the real analyser on the seed speech and the crafted facts, so that
 * {@code render --template templates/progress-briefing.docx --data samples/briefing-model.json} can be tried.
 * SampleModelsTest fails when the committed files are stale; run this main (or that test's hint) to refresh them.
 */
public final class SampleModels {

    static final Path DIR = Path.of("samples");
    static final String STUDY_NOTES = "study-notes-model.json";
    static final String BRIEFING = "briefing-model.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SampleModels() {
    }

    public static void main(String[] args) throws IOException {
        write(args.length > 0 ? Path.of(args[0]) : DIR);
    }

    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(STUDY_NOTES), studyNotesJson(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(BRIEFING), briefingJson(), StandardCharsets.UTF_8);
    }

    static String studyNotesJson() {
        StudyNotesOptions options = new StudyNotesOptions("示范区", LocalDate.of(2026, 11, 7), null, List.of(), SampleFacts.PERIOD);
        return JSON.writeValueAsString(new StudyNotesAssembler().assemble(Seed.speech(), SampleFacts.figures(), options).model()) + "\n";
    }

    static String briefingJson() {
        return JSON.writeValueAsString(new BriefingAssembler().assemble(Seed.speech(), SampleFacts.facts()).model()) + "\n";
    }
}

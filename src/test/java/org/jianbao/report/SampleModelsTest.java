package org.jianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SampleModelsTest {

    @Test
    void committedSamplesAreCurrent() throws IOException {
        assertThat(Files.readString(SampleModels.DIR.resolve(SampleModels.STUDY_NOTES), StandardCharsets.UTF_8))
                .as("run SampleModels.main to refresh samples/").isEqualTo(SampleModels.studyNotesJson());
        assertThat(Files.readString(SampleModels.DIR.resolve(SampleModels.BRIEFING), StandardCharsets.UTF_8))
                .as("run SampleModels.main to refresh samples/").isEqualTo(SampleModels.briefingJson());
    }

    @Test
    void briefingJsonUsesTheTemplatesNamesAndIsoDates() {
        JsonNode json = JsonMapper.builder().build().readTree(SampleModels.briefingJson());

        assertThat(json.get("unit").get("name").asString()).isEqualTo("示范区");
        assertThat(json.get("date").asString()).isEqualTo("2026-11-07");
        assertThat(json.get("indicators").get(0).get("value").asString()).isEqualTo("1143.8");
        assertThat(json.get("growthChart").get("type").asString()).isEqualTo("LINE");
        assertThat(json.get("tailLines").size()).isEqualTo(3);
    }
}

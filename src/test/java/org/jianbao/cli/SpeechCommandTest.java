package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code speech} command run in-process through the same picocli set-up as the application. */
class SpeechCommandTest {

    private static final String SEED = "seeds/speech-third-plenum-county.txt";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return new JianbaoCommandLine(command -> {
            throw new AssertionError("speech must not start the Spring context");
        }, StandaloneServices.withFonts(null), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void jsonHasTheIssuesFieldsForTheSeed() {
        assertThat(run("speech", SEED, "--json")).isZero();
        String json = out.toString();
        assertThat(json).contains("\"title\" : \"县委书记在传达二十届三中全会精神会议上的讲话\"").contains("\n  \"sections\"");
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.get("title").asString()).isEqualTo("县委书记在传达二十届三中全会精神会议上的讲话");
        assertThat(root.get("subtitle").isNull()).isTrue();
        assertThat(root.get("date").isNull()).isTrue();
        assertThat(root.get("sections")).hasSize(3);
        JsonNode two = root.get("sections").get(1);
        assertThat(two.get("number").asString()).isEqualTo("二");
        assertThat(two.get("heading").asString()).isEqualTo("以更加奋发有为的精神状态推动全会精神落地落实");
        assertThat(two.get("items")).hasSize(7);
        assertThat(two.get("items").get(0).get("number").asString()).isEqualTo("一");
        assertThat(two.get("items").get(0).get("heading").asString()).isEqualTo("经济运行");
        assertThat(root.get("quotes")).hasSize(13);
        assertThat(root.get("quotes").get(0).asString()).isEqualTo("使市场在资源配置中起决定性作用");
        assertThat(root.get("years").toString()).isEqualTo("[1978,1993,2013,2018]");
        JsonNode placeholders = root.get("placeholders");
        assertThat(placeholders).hasSize(20);
        assertThat(placeholders.get(0).get("kind").asString()).isEqualTo("name");
        assertThat(placeholders.get(2).get("text").asString()).isEqualTo("×");
        assertThat(placeholders.get(2).get("kind").asString()).isEqualTo("value");
        assertThat(placeholders.get(2).get("context").asString()).contains("地区生产总值完成×亿元");
        assertThat(placeholders.get(3).get("kind").asString()).isEqualTo("growth");
        assertThat(placeholders.get(4).get("kind").asString()).isEqualTo("rank");
        assertThat(root.get("assignments")).hasSize(4);
        assertThat(root.get("assignments").get(0).get("department").asString()).isEqualTo("经发局");
        assertThat(root.get("assignments").get(0).get("text").asString()).startsWith("经发局要牵头抓总");
        assertThat(root.get("plenums").get(1).get("year").asInt()).isEqualTo(1978);
        assertThat(root.get("keywords")).hasSize(10);
    }

    @Test
    void outlineIsIndentedWithCounts() {
        assertThat(run("speech", SEED, "--keywords", "0")).isZero();
        String text = out.toString();
        assertThat(text).startsWith("县委书记在传达二十届三中全会精神会议上的讲话\n")
                .contains("\n一、充分认识二十届三中会的重要意义  [1 paragraph, 13 sentences]\n")
                .contains("\n  （一）经济运行  [1 paragraph, 4 sentences]\n")
                .contains("3 sections, 7 items, 13 quotes, 4 years, 5 plenums, 20 placeholders, 4 assignments")
                .contains("Placeholders (20: 4 value, 5 growth, 3 rank, 8 name):")
                .contains("  经发局: 经发局要牵头抓总")
                .doesNotContain("Keywords");
    }

    @Test
    void gbkDocxAndLevelsInTheOutline() throws IOException {
        Path file = dir.resolve("gbk.txt");
        Files.write(file, "讲话\r\n——在会上\r\n（2024年9月12日）\r\n一、总体\r\n（一）项目\r\n1.开工\r\n（1）新开工\r\n正文。\r\n"
                .getBytes(Charset.forName("GBK")));
        assertThat(run("speech", file.toString(), "--keywords=0")).isZero();
        assertThat(out.toString()).startsWith("讲话\n  ——在会上\n  （2024年9月12日）\n一、总体")
                .contains("\n  （一）项目  [0 paragraphs, 0 sentences]\n    1.开工  [0 paragraphs, 0 sentences]\n      （1）新开工  [1 paragraph, 1 sentence]\n");
    }

    @Test
    void badInputIsOneLineAndExitCode2() throws IOException {
        assertThat(run("speech", "nope.txt")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("nope.txt: no such file\n".replace("\n", System.lineSeparator()));
        assertThat(out.toString()).isEmpty();

        Path empty = Files.createFile(dir.resolve("empty.txt"));
        StringWriter errors = err;
        errors.getBuffer().setLength(0);
        assertThat(run("speech", empty.toString(), "--json")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo(empty + ": empty file");

        Path notZip = Files.writeString(dir.resolve("fake.docx"), "not a zip");
        err.getBuffer().setLength(0);
        assertThat(run("speech", notZip.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo(notZip + ": not a .docx (not a zip archive)");

        Path binary = Files.write(dir.resolve("b.txt"), new byte[] {1, 2, 0, 3, (byte) 0xFF, 0, 0, 7});
        err.getBuffer().setLength(0);
        assertThat(run("speech", binary.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo(binary + ": not a text file (binary or unknown encoding)");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void helpAndMissingFile() {
        assertThat(run("speech", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: jianbao speech").contains("--json").contains("FILE");
        assertThat(run("speech")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
    }
}

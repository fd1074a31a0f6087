package org.jianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import org.jianbao.distribution.Recipients;
import org.jianbao.report.Distribution;

import picocli.CommandLine;

/** {@code jianbao recipients} through the real command line, on the real context and H2 file database. */
@SpringBootTest
@ActiveProfiles("test")
class RecipientsCommandTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Recipients recipients;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new JianbaoCommandLine(command -> context, StandaloneServices.withFonts(null), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aListWithProblemsChangesNothingAndNamesEveryCell() throws Exception {
        Path good = Files.writeString(dir.resolve("good.csv"), """
                名称,报送,邮箱,文种
                市委办公室,报,swb@example.org,简报
                经发局,发,jfj@example.org；jfj2@example.org,学习笔记、简报
                """, StandardCharsets.UTF_8);
        assertThat(run("recipients", "import", good.toString())).isZero();
        Path bad = Files.writeString(dir.resolve("bad.csv"), """
                收件人名单（示例）
                名称,报送,邮箱,文种
                科技局,抄,kjj@example,简报
                科技局,发,kjj@example.org,通知
                ,发,,
                """, StandardCharsets.UTF_8);

        assertThat(run("recipients", "import", bad.toString())).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(out.toString()).isEqualTo(good + ": imported 2 recipients\n"
                + bad + ": refused, nothing imported (5 problems)\n"
                + "  " + bad + ":3:B: role \"抄\" is not 报, 送 or 发 (or empty)\n"
                + "  " + bad + ":3:C: \"kjj@example\" is not an email address\n"
                + "  " + bad + ":4:A: duplicate recipient 科技局: already on row 3\n"
                + "  " + bad + ":4:D: document \"通知\" is not 学习笔记 (study-notes) or 简报 (briefing)\n"
                + "  " + bad + ":5:A: name is empty\n");
        assertThat(recipients.all()).extracting(r -> r.name()).containsExactly("市委办公室", "经发局");
        assertThat(recipients.all().get(1).emails()).containsExactly("jfj@example.org", "jfj2@example.org");
    }

    @Test
    void anXlsxListFeedsTheBriefingsTailAndIsListed() throws Exception {
        Path file = dir.resolve("名单.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); FileOutputStream stream = new FileOutputStream(file.toFile())) {
            var sheet = book.createSheet();
            String[][] rows = {{"名称", "报送", "邮箱", "文件夹", "文种", "所属单位"},
                    {"市委办公室", "报", "swb@example.org", "", "简报", ""},
                    {"区政协工委", "送", "", "", "简报", ""},
                    {"科技局", "发", "kjj@example.org", dir.resolve("科技局共享").toString(), "", "示范区"},
                    {"甲区住建局", "发", "", "", "", "甲区"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(stream);
        }

        assertThat(run("recipients", "import", file.toString(), "--by", "王科员")).isZero();
        assertThat(recipients.forBriefing("示范区", 30)).contains(
                new Distribution(List.of("市委办公室"), List.of("区政协工委"), List.of("科技局"), 30));

        out.getBuffer().setLength(0);
        assertThat(run("recipients", "list")).isZero();
        assertThat(out.toString()).isEqualTo("""
                市委办公室  报  swb@example.org  工作进展简报  all units
                区政协工委  送  (no email)  工作进展简报  all units
                科技局  发  kjj@example.org  学习笔记、工作进展简报  示范区  folder %s
                甲区住建局  发  (no email)  学习笔记、工作进展简报  甲区
                """.formatted(dir.resolve("科技局共享")));
    }
}

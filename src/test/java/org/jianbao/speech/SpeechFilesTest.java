package org.jianbao.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Reading files: encodings found out without being told, .docx, and every kind of bad input. */
class SpeechFilesTest {

    private static final String SPEECH = """
            在全区项目建设推进会上的讲话
            一、总体情况
            上半年，全区固定资产投资完成×亿元，增长×%。
            （一）项目推进
            区发改委要牵头抓好“四个一批”。
            """;

    @TempDir
    Path dir;

    private final SpeechAnalyser analyser = new SpeechAnalyser();

    private void assertIsTheSpeech(Speech speech) {
        assertThat(speech.title()).isEqualTo("在全区项目建设推进会上的讲话");
        assertThat(speech.sections()).singleElement().satisfies(s -> {
            assertThat(s.heading()).isEqualTo("总体情况");
            assertThat(s.items()).singleElement().extracting(Item::heading).isEqualTo("项目推进");
        });
        assertThat(speech.quotes()).extracting(Quote::text).containsExactly("四个一批");
        assertThat(speech.placeholders()).extracting(Placeholder::kind, Placeholder::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PlaceholderKind.VALUE, "固定资产投资"),
                org.assertj.core.groups.Tuple.tuple(PlaceholderKind.GROWTH, "固定资产投资"));
        assertThat(speech.assignments()).extracting(Assignment::department).containsExactly("区发改委");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void utf8WithoutBom() throws IOException {
        assertIsTheSpeech(analyser.analyse(write("a.txt", SPEECH.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void utf8WithBom() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertIsTheSpeech(analyser.analyse(write("a.txt", concat(bom, SPEECH.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void gbkWithCrlf() throws IOException {
        byte[] gbk = SPEECH.replace("\n", "\r\n").getBytes(Charset.forName("GBK"));
        assertThat(new String(gbk, StandardCharsets.ISO_8859_1)).contains("\r\n");
        assertIsTheSpeech(analyser.analyse(write("gbk.txt", gbk)));
    }

    @Test
    void gb18030() throws IOException {
        assertIsTheSpeech(analyser.analyse(write("gb.txt", SPEECH.getBytes(Charset.forName("GB18030")))));
    }

    @Test
    void utf16LittleAndBigEndianWithBom() throws IOException {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SPEECH.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE));
        assertIsTheSpeech(analyser.analyse(write("le.txt", le)));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SPEECH.getBytes(StandardCharsets.UTF_16BE));
        assertIsTheSpeech(analyser.analyse(write("be.txt", be)));
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsZeroBytes() throws IOException {
        String ascii = "Title\n一、Part one\nThe X city is big. 总量为×亿元。\n";
        Speech speech = analyser.analyse(write("le.txt", ascii.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(speech.title()).isEqualTo("Title");
        assertThat(speech.sections()).extracting(Section::heading).containsExactly("Part one");
    }

    @Test
    void seedGivesTheSameSpeechInEveryEncoding() throws IOException {
        String seed = Files.readString(SeedSpeechTest.SEED);
        Speech utf8 = analyser.analyse(SeedSpeechTest.SEED);
        Speech gbk = analyser.analyse(write("seed-gbk.txt", seed.replace("\n", "\r\n").getBytes(Charset.forName("GBK"))));
        assertThat(gbk).isEqualTo(utf8);
    }

    @Test
    void docxWithHeadingStylesAndWithoutMarkers() throws IOException {
        Path file = dir.resolve("speech.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFStyles styles = document.createStyles();
            addStyle(styles, "Title", "Title");
            addStyle(styles, "Heading1", "heading 1");
            addStyle(styles, "2", "标题 2");
            addStyle(styles, "3", "标题 3");
            paragraph(document, "Title", "在全区项目建设推进会上的讲话");
            paragraph(document, null, "同志们：");
            paragraph(document, "Heading1", "一、总体情况");
            paragraph(document, null, "上半年，全区固定资产投资完成×亿元，增长×%。");
            paragraph(document, "2", "项目推进");
            paragraph(document, null, "区发改委要牵头抓好“四个一批”。");
            paragraph(document, "3", "开工");
            paragraph(document, "3", "投产");
            paragraph(document, "Heading1", "下步打算");
            paragraph(document, null, "要抓落实。");
            document.write(out);
        }
        Speech speech = analyser.analyse(file);
        assertThat(speech.title()).isEqualTo("在全区项目建设推进会上的讲话");
        assertThat(speech.preamble()).extracting(Paragraph::text).containsExactly("同志们：");
        assertThat(speech.sections()).extracting(Section::number, Section::heading).containsExactly(
                org.assertj.core.groups.Tuple.tuple("一", "总体情况"), org.assertj.core.groups.Tuple.tuple("二", "下步打算"));
        assertThat(speech.sections().get(0).items()).singleElement().satisfies(item -> {
            assertThat(item.number()).isEqualTo("一");
            assertThat(item.heading()).isEqualTo("项目推进");
            assertThat(item.paragraphs()).extracting(Paragraph::text).containsExactly("区发改委要牵头抓好“四个一批”。");
            assertThat(item.children()).extracting(Item::level, Item::number, Item::heading).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(3, "1", "开工"), org.assertj.core.groups.Tuple.tuple(3, "2", "投产"));
        });
        assertThat(speech.assignments()).extracting(Assignment::department).containsExactly("区发改委");
    }

    @Test
    void docxWithoutStylesReadsLikeText() throws IOException {
        Path file = dir.resolve("plain.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            SPEECH.lines().forEach(line -> paragraph(document, null, line));
            document.write(out);
        }
        assertIsTheSpeech(analyser.analyse(file));
    }

    @Test
    void docxWithWordNumberingAndALineBreak() throws IOException {
        Path file = dir.resolve("numbered.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum abstractNum =
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(java.math.BigInteger.ZERO);
            level(abstractNum, 0, org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.CHINESE_COUNTING, "%1、");
            level(abstractNum, 1, org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.CHINESE_COUNTING, "（%2）");
            level(abstractNum, 2, org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.DECIMAL, "%3.");
            var numbering = document.createNumbering();
            java.math.BigInteger list = numbering.addNum(
                    numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum)));
            paragraph(document, null, "在全区项目建设推进会上的讲话");
            numbered(document, list, 0, "总体情况");
            paragraph(document, null, "上半年，全区固定资产投资完成×亿元，增长×%。");
            numbered(document, list, 1, "项目推进");
            numbered(document, list, 2, "区发改委要牵头抓好“四个一批”。");
            numbered(document, list, 1, "要素保障");
            numbered(document, list, 0, "工作要求");
            var broken = document.createParagraph();
            var run = broken.createRun();
            run.setText("第一句。");
            run.addBreak();
            run.setText("第二行。");
            document.write(out);
        }
        Speech speech = analyser.analyse(file);
        assertThat(speech.sections()).extracting(Section::number, Section::heading).containsExactly(
                org.assertj.core.groups.Tuple.tuple("一", "总体情况"), org.assertj.core.groups.Tuple.tuple("二", "工作要求"));
        Section first = speech.sections().get(0);
        assertThat(first.items()).extracting(Item::number, Item::heading).containsExactly(
                org.assertj.core.groups.Tuple.tuple("一", "项目推进"), org.assertj.core.groups.Tuple.tuple("二", "要素保障"));
        assertThat(first.items().get(0).children()).extracting(Item::level, Item::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "1"));
        assertThat(speech.assignments()).extracting(Assignment::department).containsExactly("区发改委");
        assertThat(speech.sections().get(1).paragraphs()).extracting(Paragraph::text).containsExactly("第一句。", "第二行。");
    }

    private static void level(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum abstractNum, int ilvl,
            org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.Enum format, String text) {
        var level = abstractNum.addNewLvl();
        level.setIlvl(java.math.BigInteger.valueOf(ilvl));
        level.addNewStart().setVal(java.math.BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
    }

    private static void numbered(XWPFDocument document, java.math.BigInteger list, int ilvl, String text) {
        var paragraph = document.createParagraph();
        paragraph.setNumID(list);
        paragraph.setNumILvl(java.math.BigInteger.valueOf(ilvl));
        paragraph.createRun().setText(text);
    }

    private static void addStyle(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(style));
    }

    private static void paragraph(XWPFDocument document, String style, String text) {
        var paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        // Split into two runs: the reader must join runs.
        int half = text.length() / 2;
        paragraph.createRun().setText(text.substring(0, half));
        paragraph.createRun().setText(text.substring(half));
    }

    // ---- bad input: one line naming the file and the problem

    @Test
    void missingFile() {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> analyser.analyse(missing)).isInstanceOf(SpeechInputException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void emptyFile() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        assertThatThrownBy(() -> analyser.analyse(empty)).isInstanceOf(SpeechInputException.class)
                .hasMessage(empty + ": empty file");
    }

    @Test
    void whitespaceOnlyFileIsEmpty() throws IOException {
        Path blank = write("blank.txt", "\uFEFF \r\n\u3000\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> analyser.analyse(blank)).isInstanceOf(SpeechInputException.class)
                .hasMessage(blank + ": empty file (no text)");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        Path binary = write("image.txt", bytes);
        assertThatThrownBy(() -> analyser.analyse(binary)).isInstanceOf(SpeechInputException.class)
                .hasMessage(binary + ": not a text file (binary or unknown encoding)");
    }

    @Test
    void controlCharactersWithoutNulAreNotText() throws IOException {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x07);
        }
        Path file = write("bell.txt", bytes);
        assertThatThrownBy(() -> analyser.analyse(file)).hasMessageEndingWith(": not a text file (binary or unknown encoding)");
    }

    @Test
    void docxThatIsNotAZip() throws IOException {
        Path fake = write("fake.docx", SPEECH.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> analyser.analyse(fake)).isInstanceOf(SpeechInputException.class)
                .hasMessage(fake + ": not a .docx (not a zip archive)");
    }

    @Test
    void zipThatIsNotADocx() throws IOException {
        Path zip = dir.resolve("other.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThatThrownBy(() -> analyser.analyse(zip)).isInstanceOf(SpeechInputException.class)
                .hasMessage(zip + ": not a readable .docx (a zip archive without word/document.xml)");
        Path txt = Files.copy(zip, dir.resolve("archive.txt"));
        assertThatThrownBy(() -> analyser.analyse(txt)).hasMessage(txt + ": not a text file (a zip archive, not a Word document)");
    }

    @Test
    void truncatedDocx() throws IOException {
        Path whole = dir.resolve("whole.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(whole)) {
            paragraph(document, null, "一段很长的文字。".repeat(2000));
            document.write(out);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = write("cut.docx", java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> analyser.analyse(cut)).isInstanceOf(SpeechInputException.class)
                .hasMessageStartingWith(cut + ": not a readable .docx")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("org.apache"));
    }

    @Test
    void oldWordFile() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0};
        Path doc = write("old.docx", ole2);
        assertThatThrownBy(() -> analyser.analyse(doc)).hasMessage(doc + ": a Word 97-2003 .doc (an OLE2 file), not a .docx; open it in Word or WPS and save it as .docx");
        Path txt = write("old.doc", ole2);
        assertThatThrownBy(() -> analyser.analyse(txt)).hasMessage(txt + ": a Word 97-2003 .doc file; save it as .docx or .txt");
    }

    @Test
    void tooBig() throws IOException {
        Path big = write("big.txt", "一、标题\n正文。\n".repeat(100).getBytes(StandardCharsets.UTF_8));
        SpeechAnalyser small = new SpeechAnalyser(1024);
        assertThatThrownBy(() -> small.analyse(big)).isInstanceOf(SpeechInputException.class)
                .hasMessageStartingWith(big + ": too big (").hasMessageEndingWith("MB, the limit is 0 MB)");
        assertThat(new SpeechAnalyser().analyse(big).sections()).hasSize(1);
    }

    @Test
    void directory() {
        assertThatThrownBy(() -> analyser.analyse(dir)).hasMessage(dir + ": is a directory, not a speech file");
    }
}

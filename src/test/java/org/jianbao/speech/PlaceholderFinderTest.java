package org.jianbao.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlaceholderFinderTest {

    private static List<Placeholder> placeholders(String body) {
        return new SpeechAnalyser().analyse("标题\n一、部分\n" + body + "\n").placeholders();
    }

    @Test
    void kindsFromTheWordsAround() {
        assertThat(placeholders("社会消费品零售总额达×亿元，同比增长X%，居全市第XX位；××同志要带头，xx镇要跟上，比上年提高×个百分点。"))
                .extracting(Placeholder::text, Placeholder::kind, Placeholder::subject).containsExactly(
                        tuple("×", PlaceholderKind.VALUE, "社会消费品零售总额"),
                        tuple("X", PlaceholderKind.GROWTH, "社会消费品零售总额"),
                        tuple("XX", PlaceholderKind.RANK, "社会消费品零售总额"),
                        tuple("××", PlaceholderKind.NAME, null),
                        tuple("xx", PlaceholderKind.NAME, null),
                        tuple("×", PlaceholderKind.GROWTH, null));
    }

    @Test
    void valuesByUnitOrVerbAndDecimalMarks() {
        assertThat(placeholders("引进项目×个，总投资×.×亿元，新增就业×人，占比×%，增长X.X%。"))
                .extracting(Placeholder::text, Placeholder::kind, Placeholder::subject).containsExactly(
                        tuple("×", PlaceholderKind.VALUE, "项目"),
                        tuple("×.×", PlaceholderKind.VALUE, "总投资"),
                        tuple("×", PlaceholderKind.VALUE, "就业"),
                        tuple("×", PlaceholderKind.VALUE, "就业"),
                        tuple("X.X", PlaceholderKind.GROWTH, "就业"));
    }

    @Test
    void subjectAfterTimeAndScopeWordsAndCarriedAcrossClauses() {
        assertThat(placeholders("1-8月，全区规上工业总产值完成×亿元，增速×%，其中8月增速×%。"))
                .extracting(Placeholder::subject).containsExactly("规上工业总产值", "规上工业总产值", "规上工业总产值");
        assertThat(placeholders("今年以来，我区地区生产总值达×亿元。")).extracting(Placeholder::subject).containsExactly("地区生产总值");
        assertThat(placeholders("我们要完成×件实事。")).extracting(Placeholder::subject).containsOnlyNulls();
    }

    @Test
    void verbBeforeTheIndicatorAndSpeakerLineInTheHeader() {
        assertThat(placeholders("新增规上工业企业××家，完成投资××亿元。")).extracting(Placeholder::subject)
                .containsExactly("规上工业企业", "投资");
    }

    @Test
    void namesOfProjectsAndPlacesInTheFirstFew() {
        assertThat(placeholders("××项目开工，引进×项新技术，进入全省前×名，××县×镇"))
                .extracting(Placeholder::kind).containsExactly(PlaceholderKind.NAME, PlaceholderKind.VALUE,
                        PlaceholderKind.RANK, PlaceholderKind.NAME, PlaceholderKind.NAME);
    }

    @Test
    void spacesAroundTheMark() {
        assertThat(placeholders("地区生产总值完成 × 亿元，增速 XX %。型号为 Model X 的设备。"))
                .extracting(Placeholder::text, Placeholder::kind, Placeholder::subject).containsExactly(
                        tuple("×", PlaceholderKind.VALUE, "地区生产总值"),
                        tuple("XX", PlaceholderKind.GROWTH, "地区生产总值"));
    }

    @Test
    void notPlaceholders() {
        assertThat(placeholders("参加Xbox展会，在X光片上看，3×4的矩阵，XXXX年，党的XX大精神，XX届X中全会，第XX大的报告。"))
                .isEmpty();
    }

    @Test
    void fullWidthMarksAndUnknownKind() {
        assertThat(placeholders("由Ｘ负责，另请ｘｘ参加。")).extracting(Placeholder::text, Placeholder::kind)
                .containsExactly(tuple("Ｘ", PlaceholderKind.UNKNOWN), tuple("ｘｘ", PlaceholderKind.UNKNOWN));
    }

    @Test
    void contextAndSentence() {
        Placeholder p = placeholders("前面的话。我们×区要争第一。后面的话。").get(0);
        assertThat(p.context()).isEqualTo("前面的话。我们×区要争第一。后面的话");
        assertThat(p.sentence()).isEqualTo("我们×区要争第一。");
    }

    @Test
    void placeholdersInHeadingsToo() {
        Speech speech = new SpeechAnalyser().analyse("标题\n一、×区发展情况\n正文。\n");
        assertThat(speech.placeholders()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PlaceholderKind.NAME);
            assertThat(p.sentence()).isEqualTo("×区发展情况");
            assertThat(p.offset()).isEqualTo("标题\n一、".length());
        });
    }
}

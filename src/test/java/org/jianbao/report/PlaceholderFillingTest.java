package org.jianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.jianbao.speech.Placeholder;
import org.jianbao.speech.PlaceholderKind;
import org.junit.jupiter.api.Test;

class PlaceholderFillingTest {

    static final String SCORECARD_1 = "地区生产总值完成×亿元，增速×%，全市排名第×；";
    static final String SCORECARD_3 = "固定资产投资完成×亿元，增速×%，全市排名第×，7月增速×%，我们体量在增，增速还在加速，总量在全市排在前列；";
    static final String SCORECARD_4 = "规上工业增加值完成×亿元，增速×%，其他经济指标均居全市前列。";

    /** Figures chosen so that every number of a filled sentence tells where it came from. */
    static List<IndicatorFigure> figures() {
        return List.of(
                new IndicatorFigure("GDP", "地区生产总值", List.of("GDP", "生产总值"), "亿元", "经济运行", true,
                        412.63, 6.28, 6.9, 1, 1, 5.2, new IndicatorTarget(480.0, 6.0, 1)),
                new IndicatorFigure("FAI", "固定资产投资", List.of("固投"), "亿元", "项目建设", true,
                        156.2, 9.4, 12.5, 3, 2, 3.5, new IndicatorTarget(null, 8.0, 2)),
                new IndicatorFigure("IND", "规模以上工业增加值", List.of("规上工业增加值"), "亿元", "产业发展", true,
                        180.0, -2.7, -1.0, 4, 5, null, null));
    }

    private final PlaceholderFilling filling =
            new PlaceholderFilling("示范区", SampleFacts.PERIOD, figures(), List.of());

    @Test
    void fillsValueGrowthAndRankFromTheNamedIndicatorWithOneDecimal() {
        var filled = filling.fill(SCORECARD_1);

        assertThat(filled.text()).isEqualTo("地区生产总值完成412.6亿元，增速6.3%，全市排名第1；");
        assertThat(filled.warnings()).isEmpty();
    }

    @Test
    void findsTheIndicatorByAlias() {
        assertThat(filling.fill(SCORECARD_4).text())
                .isEqualTo("规上工业增加值完成180.0亿元，增速-2.7%，其他经济指标均居全市前列。");
        assertThat(filling.fill("力争GDP增速×%。").text()).isEqualTo("力争GDP增速6.3%。");
    }

    @Test
    void keepsAMonthGrowthOfAnotherMonthVisibleAndWarns() {
        var filled = filling.fill(SCORECARD_3);

        assertThat(filled.text()).isEqualTo(
                "固定资产投资完成156.2亿元，增速9.4%，全市排名第3，7月增速×%，我们体量在增，增速还在加速，总量在全市排在前列；");
        assertThat(filled.warnings()).singleElement().asString()
                .contains("7月增速×%").contains("固定资产投资7月当月增速不在本期数据中").contains("2026年10月");
    }

    @Test
    void fillsTheMonthGrowthWhenThePeriodIsThatMonth() {
        var july = new PlaceholderFilling("示范区", YearMonth.of(2026, 7), figures(), List.of());

        assertThat(july.fill(SCORECARD_3).text()).contains("，7月增速12.5%，");
    }

    @Test
    void aCumulativeMonthRangeIsTheOrdinaryGrowth() {
        assertThat(filling.fill("固定资产投资1—10月增速×%。").text()).isEqualTo("固定资产投资1—10月增速9.4%。");
        assertThat(filling.fill("固定资产投资10月增速×%。").text()).isEqualTo("固定资产投资10月增速12.5%。");
    }

    @Test
    void fillsTheUnitNameForXQuAndLeavesTheCongressOrdinalAloneWithoutAWarning() {
        var filled = filling.fill("我们×区还是抓落实，又同党的XX大作出的战略部署相衔接。");

        // 党的XX大 is the number of a congress (the analyser's rule), not a figure the data could fill
        assertThat(filled.text()).isEqualTo("我们示范区还是抓落实，又同党的XX大作出的战略部署相衔接。");
        assertThat(filled.warnings()).isEmpty();
    }

    @Test
    void neverGuessesAFigureTheDataLacks() {
        var noRank = new IndicatorFigure("X1", "社会消费品零售总额", List.of(), "亿元", null, true, 88.0, null, null, null, null, null, null);
        var f = new PlaceholderFilling("示范区", SampleFacts.PERIOD, List.of(noRank), List.of());

        var filled = f.fill("社会消费品零售总额完成×亿元，增速×%，全市排名第×；进出口总额完成×亿元，增长×%。");

        assertThat(filled.text()).isEqualTo("社会消费品零售总额完成88.0亿元，增速×%，全市排名第×；进出口总额完成×亿元，增长×%。");
        assertThat(filled.warnings()).hasSize(4);
        assertThat(filled.warnings().get(3)).contains("没有名为“进出口总额”的指标数据");
        assertThat(filled.warnings().get(0)).contains("社会消费品零售总额同比增速无数据");
        assertThat(filled.warnings().get(1)).contains("社会消费品零售总额全市排名无数据");
        assertThat(filled.warnings().get(2)).contains("没有名为“进出口总额”的指标数据");
    }

    @Test
    void theAnalysersSubjectWinsOverTheWordsAround() {
        String sentence = "固投完成×亿元。";
        var p = new Placeholder("×", PlaceholderKind.VALUE, "固投完成×亿元", sentence, "地区生产总值", 0);
        var f = new PlaceholderFilling("示范区", SampleFacts.PERIOD, figures(), List.of(p));

        assertThat(f.fill(sentence).text()).isEqualTo("固投完成412.6亿元。");
    }

    @Test
    void anUnknownSubjectStaysVisible() {
        String sentence = "空气质量优良天数×天。";
        var p = new Placeholder("×", PlaceholderKind.VALUE, "", sentence, "空气质量优良天数", 0);
        var f = new PlaceholderFilling("示范区", SampleFacts.PERIOD, figures(), List.of(p));

        var filled = f.fill(sentence);

        assertThat(filled.text()).isEqualTo(sentence);
        assertThat(filled.warnings()).singleElement().asString().contains("没有名为“空气质量优良天数”的指标数据");
    }
}

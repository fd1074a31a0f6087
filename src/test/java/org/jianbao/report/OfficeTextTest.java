package org.jianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficeTextTest {

    @Test
    void halfWidthPunctuationInChineseTextBecomesFullWidthAndStraySpacesGo() {
        assertThat(Punctuation.normalise("要坚持“企业至上”,通过企业大走访;持续深化“融合型 ”“四责协同”"))
                .isEqualTo("要坚持“企业至上”，通过企业大走访；持续深化“融合型”“四责协同”");
        assertThat(Punctuation.normalise("青岚供应链总部项目(二期)")).isEqualTo("青岚供应链总部项目（二期）");
        assertThat(Punctuation.normalise("（增长6.0% ）")).isEqualTo("（增长6.0%）");
        assertThat(Punctuation.normalise("f(x) = 1,234")).as("not Chinese text").isEqualTo("f(x) = 1,234");
    }

    @Test
    void partyNamesAreWrittenAsThePartyWritesThemAndEveryCorrectionIsReported() {
        var c = PartyNames.canonical("充分认识二十届三中会的重要意义，同党的XX大相衔接", "二十");
        assertThat(c.text()).isEqualTo("充分认识二十届三中全会的重要意义，同党的二十大相衔接");
        assertThat(c.corrections()).hasSize(2);
        assertThat(PartyNames.canonical("二十届三中全会", "二十").corrections()).isEmpty();
        assertThat(PartyNames.canonical("党的XX大", null).text()).as("nothing fixes the congress").isEqualTo("党的XX大");
    }

    @Test
    void aRequirementIsShortenedToWholeClausesFromItsModal() {
        String s = "当前闲置厂房很多,要坚持项目不怕小、就怕少,同时加快新型立体厂房建设,满足不同类型项目需求,对于非征地项目只要符合产业规划就可以引入。";
        assertThat(Clauses.requirement(s)).isEqualTo("要坚持项目不怕小、就怕少，同时加快新型立体厂房建设，满足不同类型项目需求");
        assertThat(Clauses.of("一是“甲,乙”,二是丙。")).containsExactly("一是“甲,乙”", "二是丙");
    }

    @Test
    void theUnitCallsItselfAsAWhole() {
        assertThat(BriefingLead.whole("示范区")).isEqualTo("全区");
        assertThat(BriefingLead.whole("青山县")).isEqualTo("全县");
        assertThat(BriefingLead.whole("临江市")).isEqualTo("临江市");
    }
}

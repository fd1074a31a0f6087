package org.jianbao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.jianbao.speech.Speech;
import org.junit.jupiter.api.Test;

/** Speeches in other styles than the seed: other work areas, another period, no items at all. */
class OtherSpeechesBriefingTest {

    private static final Speech DISPATCH = Seed.of("""
            区长在全区经济运行调度会上的讲话
            一、1—8月经济运行情况
            1—8月，全区地区生产总值完成X亿元，同比增长X%。总体看，经济运行稳中有进。
            二、下步重点工作
            （一）抓工业稳增长。区工信局要加强重点企业运行监测，确保规上工业增加值增速稳中有升。
            （二）抓项目扩投资。区发改局和各园区要加快项目前期手续办理，确保固定资产投资完成年度目标。
            （三）抓消费促升级。区商务局要组织开展促消费活动，推动社会消费品零售总额稳定增长。
            """);

    private static IndicatorFigure retail() {
        return new IndicatorFigure("RETAIL", "社会消费品零售总额", List.of("社零"), "亿元", "经济运行", true, 230.1, 4.2, 6.0, 4, 4,
                4.8, new IndicatorTarget(null, 6.0, 3), null, 1.6);
    }

    @Test
    void workAreasAreTheSpeechsOwnItemsWithTheUnitsTheirTextTasks() {
        var b = new BriefingAssembler().assemble(DISPATCH,
                SampleFacts.with(List.of(SampleFacts.industry(), SampleFacts.investment(), retail()), ProjectLedger.empty())).model();

        assertThat(b.workAreas()).extracting(Briefing.WorkArea::name, Briefing.WorkArea::departments).containsExactly(
                tuple("抓工业稳增长", ""),
                tuple("抓项目扩投资", ""),
                tuple("抓消费促升级", ""));
        assertThat(b.workAreas().get(1).requirement()).isEqualTo("讲话要求“区发改局和各园区要加快项目前期手续办理，确保固定资产投资完成年度目标”。");
        assertThat(BriefingAssembler.departments(DISPATCH, DISPATCH.sections().get(1).items().get(1)))
                .containsExactly("区发改局", "各园区");
        assertThat(b.requirementSource()).startsWith("按照区长在全区经济运行调度会上的讲话要求");
    }

    @Test
    void aProblemIsAnsweredByTheItemThatTalksAboutItsIndicator() {
        var b = new BriefingAssembler().assemble(DISPATCH, SampleFacts.with(List.of(retail()), ProjectLedger.empty())).model();

        assertThat(b.problems()).extracting(Briefing.Problem::text).containsExactly(
                "社会消费品零售总额同比增长4.2%，低于6.0%的年度目标1.8个百分点，低于全市0.6个百分点；居全市第4位，未达到第3位的年度目标。");
        assertThat(b.nextSteps()).singleElement().extracting(Briefing.NextStep::text).asString()
                .contains("推动社会消费品零售总额稳定增长").contains("由区商务局牵头");
    }

    @Test
    void theSpeechsFiguresOfAnotherPeriodNeverReachTheBriefing() {
        var b = new BriefingAssembler().assemble(DISPATCH, SampleFacts.facts()).model();

        assertThat(BriefingAssemblerTest.text(b)).doesNotContain("1—8月").doesNotContain("X");
        assertThat(b.lead()).startsWith("1—10月，全区实现地区生产总值1143.8亿元");
    }

    @Test
    void aSpeechWithoutItemsHasNoWorkAreaSectionAndTheNumberingClosesUp() {
        Speech outline = Seed.of("""
                关于深化改革的几点意见
                一、深化改革的总体要求
                要坚持稳中求进工作总基调，确保各项改革任务落地见效。
                二、保障措施
                各部门要加强组织领导，确保责任落实到位。
                """);
        var assembled = new BriefingAssembler().assemble(outline, SampleFacts.facts());

        assertThat(assembled.model().workAreas()).isEmpty();
        assertThat(assembled.model().requirementSource()).isEmpty();
        assertThat(assembled.model().problemsNo()).isEqualTo("二");
        assertThat(assembled.model().stepsNo()).isEqualTo("三");
        assertThat(assembled.warnings()).anyMatch(w -> w.contains("重点工作推进情况一节从略"));
    }
}

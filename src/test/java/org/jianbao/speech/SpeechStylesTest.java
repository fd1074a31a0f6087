package org.jianbao.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Speeches written in other styles than the seed: the analyser will meet speeches it has never seen. */
class SpeechStylesTest {

    private final SpeechAnalyser analyser = new SpeechAnalyser();

    @Test
    void subtitleDateFullWidthItemsAndNumberedLevelsThreeAndFour() {
        Speech speech = analyser.analyse("""
                在全县经济工作会议上的讲话
                ——关于推动高质量发展的几点意见
                （2024年9月12日）
                同志们：
                今天召开会议，主要任务是总结工作、部署任务。
                一、正确认识当前经济形势
                （一）主要指标稳中有进。今年以来，全县经济运行总体平稳。
                1.工业生产回升。规上工业增加值增长×%。
                （1）新兴产业增长较快。
                （2）传统产业企稳回升。
                2、投资结构优化。固定资产投资完成XX亿元。
                （二）困难挑战不容忽视
                我们要清醒看到，需求不足的问题依然突出。
                二、扎实做好下半年重点工作
                （一）抓项目建设
                县发改委要牵头建立重点项目调度机制，县财政局、县自然资源局要做好要素保障。
                """);
        assertThat(speech.title()).isEqualTo("在全县经济工作会议上的讲话");
        assertThat(speech.subtitle()).isEqualTo("关于推动高质量发展的几点意见");
        assertThat(speech.date()).isEqualTo("2024年9月12日");
        assertThat(speech.years()).as("the date line is not body text").isEmpty();
        assertThat(speech.preamble()).extracting(Paragraph::text)
                .containsExactly("同志们：", "今天召开会议，主要任务是总结工作、部署任务。");
        assertThat(speech.sections()).extracting(Section::heading)
                .containsExactly("正确认识当前经济形势", "扎实做好下半年重点工作");
        Section one = speech.sections().get(0);
        assertThat(one.items()).extracting(Item::level, Item::number, Item::heading).containsExactly(
                tuple(2, "一", "主要指标稳中有进"), tuple(2, "二", "困难挑战不容忽视"));
        Item first = one.items().get(0);
        assertThat(first.paragraphs()).extracting(Paragraph::text).containsExactly("今年以来，全县经济运行总体平稳。");
        assertThat(first.children()).extracting(Item::level, Item::number, Item::heading).containsExactly(
                tuple(3, "1", "工业生产回升"), tuple(3, "2", "投资结构优化"));
        assertThat(first.children().get(0).children()).extracting(Item::level, Item::number, Item::heading).containsExactly(
                tuple(4, "1", "新兴产业增长较快"), tuple(4, "2", "传统产业企稳回升"));
        assertThat(first.children().get(1).paragraphs()).extracting(Paragraph::text).containsExactly("固定资产投资完成XX亿元。");
        assertThat(one.items().get(1).paragraphs()).hasSize(1);
        assertThat(speech.placeholders()).extracting(Placeholder::text, Placeholder::kind, Placeholder::subject).containsExactly(
                tuple("×", PlaceholderKind.GROWTH, "规上工业增加值"),
                tuple("XX", PlaceholderKind.VALUE, "固定资产投资"));
        assertThat(speech.assignments()).extracting(Assignment::department, Assignment::item).containsExactly(
                tuple("县发改委", "抓项目建设"), tuple("县财政局", "抓项目建设"), tuple("县自然资源局", "抓项目建设"));
    }

    @Test
    void ordinalSectionsWithRunInHeadingsAndInlinePoints() {
        Speech speech = analyser.analyse("""
                在全市优化营商环境大会上的讲话

                同志们：
                下面，我讲三点意见。
                第一，要深刻认识优化营商环境的重要性。营商环境就是生产力。一是要提高站位；二是要强化担当；三是要狠抓落实。
                第二、要聚焦重点领域。
                一是深化“放管服”改革，
                二是加强要素保障。
                第三，要加强组织领导。市商务局要会同市场监管局抓好落实。
                """);
        assertThat(speech.title()).isEqualTo("在全市优化营商环境大会上的讲话");
        assertThat(speech.sections()).extracting(Section::number, Section::heading).containsExactly(
                tuple("一", "要深刻认识优化营商环境的重要性"),
                tuple("二", "要聚焦重点领域"),
                tuple("三", "要加强组织领导"));
        Paragraph runIn = speech.sections().get(0).paragraphs().get(0);
        assertThat(runIn.sentences()).containsExactly("营商环境就是生产力。", "一是要提高站位；", "二是要强化担当；", "三是要狠抓落实。");
        assertThat(runIn.points()).containsExactly("一是要提高站位", "二是要强化担当", "三是要狠抓落实。");
        assertThat(speech.sections().get(1).paragraphs()).extracting(Paragraph::points).containsExactly(
                java.util.List.of("一是深化“放管服”改革"), java.util.List.of("二是加强要素保障。"));
        assertThat(speech.quotes()).extracting(Quote::text).containsExactly("放管服");
        assertThat(speech.assignments()).extracting(Assignment::department).containsExactly("市商务局", "市场监管局");
    }

    @Test
    void firstOrdinalIsAParagraphWhenTheSpeechNumbersItsSectionsWithCommas() {
        Speech speech = analyser.analyse("""
                讲话
                一、关于学习
                第一，要原原本本学。第二，要联系实际学。
                二、关于落实
                """);
        assertThat(speech.sections()).extracting(Section::heading).containsExactly("关于学习", "关于落实");
        assertThat(speech.sections().get(0).paragraphs()).extracting(Paragraph::text).containsExactly("第一，要原原本本学。第二，要联系实际学。");
    }

    @Test
    void markersCountOnlyAtLineStartAndInSequence() {
        Speech speech = analyser.analyse("""
                标题
                一、总体要求
                我们要做到（一）个坚持，不搞一刀切。
                (二) 半角括号也可以。正文在此。
                一、这不是新的部分，因为编号没有往前走。
                二、第二部分
                """);
        assertThat(speech.sections()).extracting(Section::heading).containsExactly("总体要求", "第二部分");
        Section first = speech.sections().get(0);
        assertThat(first.paragraphs()).extracting(Paragraph::text).containsExactly("我们要做到（一）个坚持，不搞一刀切。");
        assertThat(first.items()).extracting(Item::number, Item::heading).containsExactly(tuple("二", "半角括号也可以"));
        assertThat(first.items().get(0).paragraphs()).extracting(Paragraph::text)
                .containsExactly("正文在此。", "一、这不是新的部分，因为编号没有往前走。");
    }

    @Test
    void aListOfNumeralsIsNotASectionMarkerAndTheDateMayNameTheHalfDay() {
        Speech speech = analyser.analyse("""
                讲话
                （2024年9月12日上午）
                一、形势
                一、二季度经济运行平稳，一、二、三产业协调发展。
                二、任务
                """);
        assertThat(speech.date()).isEqualTo("2024年9月12日上午");
        assertThat(speech.sections()).extracting(Section::heading).containsExactly("形势", "任务");
        assertThat(speech.sections().get(0).paragraphs()).hasSize(1);
    }

    @Test
    void aShortLabelBeforeAColonIsTheHeadingButAQuotationsLeadInIsNot() {
        Speech speech = analyser.analyse("""
                讲话
                一、关于项目建设:
                (一)总体情况: 今年以来,全市新开工项目x个。
                (二)总书记指出：“要抓落实。”我们要照办。
                """);
        assertThat(speech.sections()).extracting(Section::heading).containsExactly("关于项目建设");
        assertThat(speech.sections().get(0).items()).extracting(Item::heading)
                .containsExactly("总体情况", "总书记指出：“要抓落实。”我们要照办");
        assertThat(speech.sections().get(0).items().get(0).paragraphs()).extracting(Paragraph::text)
                .containsExactly("今年以来,全市新开工项目x个。");
    }

    @Test
    void dateInBracketsAfterTheSpeakerOrWithANote() {
        Speech speech = analyser.analyse("讲话\n县长 李四（2024年9月12日）\n一、部分\n");
        assertThat(speech.date()).isEqualTo("2024年9月12日");
        assertThat(speech.preamble()).extracting(Paragraph::text).containsExactly("县长 李四");
        Speech noted = analyser.analyse("讲话\n（2024年9月12日，根据录音整理）\n一、部分\n");
        assertThat(noted.date()).isEqualTo("2024年9月12日");
        assertThat(noted.preamble()).isEmpty();
    }

    @Test
    void itemsWithoutSectionsArePromotedToSections() {
        Speech speech = analyser.analyse("""
                在座谈会上的发言
                （一）关于经济
                经济平稳。
                （二）关于民生
                民生改善。
                """);
        assertThat(speech.sections()).extracting(Section::number, Section::heading, s -> s.paragraphs().size())
                .containsExactly(tuple("一", "关于经济", 1), tuple("二", "关于民生", 1));
    }

    @Test
    void noTitleWhenTheSpeechStartsWithASalutation() {
        Speech speech = analyser.analyse("同志们：\n今天我们在这里开会。\n");
        assertThat(speech.title()).isNull();
        assertThat(speech.preamble()).hasSize(2);
    }

    @Test
    void cornerBracketQuotesFullWidthSpacesAndHalfWidthPunctuation() {
        Speech speech = analyser.analyse("""
                \u3000\u3000讲话稿\u3000
                \u3000\u3000一、 认识  
                \u3000\u3000要牢记「两个确保」, 做到“  三个到位 ”! 他说:"要抓落实." 然后呢?  好的;这样。
                """);
        assertThat(speech.title()).isEqualTo("讲话稿");
        assertThat(speech.sections()).extracting(Section::heading).containsExactly("认识");
        assertThat(speech.quotes()).extracting(Quote::text).containsExactly("两个确保", "三个到位", "要抓落实.");
        assertThat(speech.sections().get(0).paragraphs().get(0).sentences()).containsExactly(
                "要牢记「两个确保」, 做到“  三个到位 ”!", "他说:\"要抓落实.\" 然后呢?", "好的;", "这样。");
    }

    @Test
    void quotedSentenceEndsTheSentenceUnlessTheTextGoesOn() {
        Speech speech = analyser.analyse("标题\n一、要求\n总书记强调：“发展是第一要务。”我们要牢记。他说“要实干。”，大家都记住了。\n");
        assertThat(speech.sections().get(0).paragraphs().get(0).sentences()).containsExactly(
                "总书记强调：“发展是第一要务。”", "我们要牢记。", "他说“要实干。”，大家都记住了。");
        assertThat(speech.quotes()).extracting(Quote::text, Quote::sentence).containsExactly(
                tuple("发展是第一要务。", "总书记强调：“发展是第一要务。”"),
                tuple("要实干。", "他说“要实干。”，大家都记住了。"));
    }

    @Test
    void anUnclosedQuoteDoesNotSwallowTheParagraph() {
        Speech speech = analyser.analyse("标题\n一、要求\n要坚持“两手抓。我们要实干。大家要努力。\n");
        assertThat(speech.sections().get(0).paragraphs().get(0).sentences())
                .containsExactly("要坚持“两手抓。", "我们要实干。", "大家要努力。");
        assertThat(speech.quotes()).isEmpty();
    }

    @Test
    void yearsRangesChineseNumeralYearsAndPlenumYearsAfterTheName() {
        Speech speech = analyser.analyse("""
                标题
                一、回顾
                2021—2025年是关键时期，二〇二四年是攻坚之年。十一届三中全会（1978年）开启了改革开放。1.5年、20年、12345年都不是年份。
                """);
        assertThat(speech.years()).containsExactly(2021, 2025, 2024, 1978);
        assertThat(speech.plenums()).extracting(PlenumReference::name, PlenumReference::year)
                .containsExactly(tuple("十一届三中全会", 1978));
    }

    @Test
    void firstlySecondlyFinally() {
        Speech speech = analyser.analyse("标题\n一、要求\n首先要学深悟透。其次要联系实际。最后，要抓好落实。最后一公里要打通。\n");
        assertThat(speech.sections().get(0).paragraphs().get(0).points())
                .containsExactly("首先要学深悟透。", "其次要联系实际。", "最后，要抓好落实。最后一公里要打通。");
        assertThat(analyser.analyse("标题\n一、要求\n最后，我讲一点。\n").sections().get(0).paragraphs().get(0).points()).isEmpty();
    }

    @Test
    void listsOfPlenums() {
        Speech speech = analyser.analyse("标题\n一、回顾\n党的十九届二中、三中、四中全会作出部署，二十届三中全会提出新要求。\n");
        assertThat(speech.plenums()).extracting(PlenumReference::name, PlenumReference::session, PlenumReference::plenum)
                .containsExactly(tuple("十九届二中全会", 19, 2), tuple("十九届三中全会", 19, 3), tuple("十九届四中全会", 19, 4),
                        tuple("二十届三中全会", 20, 3));
    }

    @Test
    void crlfAndBomInTextAreHandled() {
        Speech speech = analyser.analyse("\uFEFF标题\r\n标题\r\n一、第一部分\r\n正文。\r\n");
        assertThat(speech.title()).isEqualTo("标题");
        assertThat(speech.sections()).singleElement().satisfies(s -> {
            assertThat(s.heading()).isEqualTo("第一部分");
            assertThat(s.paragraphs()).extracting(Paragraph::text).containsExactly("正文。");
        });
    }

    @Test
    void blankTextIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> analyser.analyse(" \n\u3000\n"))
                .isInstanceOf(SpeechInputException.class).hasMessageContaining("empty");
    }
}

package org.jianbao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jianbao.speech.Assignment;
import org.jianbao.speech.Item;
import org.jianbao.speech.Paragraph;
import org.jianbao.speech.Placeholder;
import org.jianbao.speech.PlaceholderKind;
import org.jianbao.speech.PlenumReference;
import org.jianbao.speech.Quote;
import org.jianbao.speech.Section;
import org.jianbao.speech.Speech;

/**
 * The seed speech as the analyser should deliver it, built by hand until the analyser lands: sentences copied
 * from {@code seeds/speech-third-plenum-county.txt} with its half-width punctuation made full-width (section 一
 * shortened to the sentences the notes use; sections 二 and 三 complete).
 */
final class SeedSpeech {

    static final String TITLE = "县委书记在传达二十届三中全会精神会议上的讲话";

    static final String SCORECARD_1 = "地区生产总值完成×亿元，增速×%，全市排名第×；";
    static final String SCORECARD_2 = "一般公共预算收入完成×亿元，增速×%，总量全市第×；";
    static final String SCORECARD_3 = "固定资产投资完成×亿元，增速×%，全市排名第×，7月增速×%，我们体量在增，增速还在加速，总量在全市排在前列；";
    static final String SCORECARD_4 = "规上工业增加值完成×亿元，增速×%，其他经济指标均居全市前列。";

    static final String ECONOMY = "×区是经济功能区，经济发展是第一位的任务，只有经济好了，而且还要是第一，在全市才会有一席之地。"
            + "市委、市政府对×区寄予厚望，为经济总量过万亿多做贡献是×区的责任担当。"
            + "经发局要牵头抓总，其他部门全力配合，加强协调调度，加强运行监测，把功夫下到平时，以旬保月，以月保季，以季保年，力争GDP年底继续保持第一，其他指标保持全市前列。"
            + "我们总量和增速同步在前列的话，就已经非常不容易。";
    static final String INDUSTRY = "生物医药产业是招牌产业，在国内的知名度很高，基础最雄厚、政策最完善、资源最集中，省市多次出台政策助推我区生物医药产业发展，例如出台新药医疗器械推广等条例，让我们列名单。"
            + "总书记视察之后取得了良好发展成效，但远没有达到预期。"
            + "生物医药园要进一步增强干事创业的精气神和抓发展的紧迫感，进一步理清发展重点，以“人一之我十之”的拼劲聚力攻坚，把发展优势尽快转变为发展成效；"
            + "要加快建设新一代疫苗和细胞两大特色产业链条，打造一流产业品牌。";
    static final String PARKS = "当前国家正在大力清理各类优惠政策，“内卷”式招商没有出路，有些不应兑现、不好兑现、也不能兑现的政策，我们逐步解决，实践证明我们是做的是对的。"
            + "建设具有坚强配套服务能力的低成本化园区，将会成为我们最大的竞争优势。"
            + "要进一步加快重点配套项目和共享服务平台建设，争取早日建成投用，全面增强园区承载力、吸引力、竞争力，真正实现不给任何优惠政策，企业也愿意来、抢着来。";
    static final String PROJECTS = "要坚持项目不怕小、就怕少，当前闲置工业厂房还有很多，对于非征地项目，只要符合产业规划、满足安评环评等要求，就可以引入，同时加快新型立体厂房建设，满足不同类型项目需求。"
            + "要坚持招大引强，今年以来，招引的大项目、让人眼前一亮的项目还不多，耳熟能详的都是以前的项目，投资服务局和园区要把更多精力放在招商引资上，集中优势资源聚力攻坚，不能漫无目的、到处乱撞；"
            + "要保持定力，没有好项目要敢于适当留白，绝对不能“拣到篮子就是菜”。"
            + "要强化项目落地，对项目落地工作中存在的问题深入梳理分析，优化工作流程，畅通落地机制。"
            + "要对去年招引的254个项目和今年安排的130个重点项目实行清单式管理、节点式推进，坚持每周调度、对账要账，包联领导要真包联、真推动，力争更多项目早开工、快建设、早投产。";
    static final String SCIENCE = "全会明确指出，教育、科技、人才是中国式现代化的基础性、战略性支撑，强调发展以科技创新为核心的新质生产力。"
            + "科技局要系统统筹全区科技创新工作，在推动企业自主创新上出实招，引导企业与京津等地的高校、科研机构密切合作，推动科技创新与产业创新融合发展，加快技术转移转化，助力形成新质生产力。";
    static final String CITY = "城市形象是一个地区的脸面，×区的城市要体现×区的精气神。"
            + "要坚定不移加快推进重大城市更新项目建设，争取早出形象。"
            + "要促进教育资源扩容提质，把教育打造成营商环境和×区的城市品牌。"
            + "要加快推进回迁区建设，让老百姓早日回迁，坚持“房地产开发为产业发展让路，插花式开发为集中开发让路，土地供应优先保障产业所需”。";
    static final String BUSINESS = "要围绕“高效办成一件事”，进一步优化审批流程，推动跨部门关联事项集成办理，政务服务数字平台数据资源充分整合，实现线下“只进一门”、线上“一网通办”。"
            + "要坚持“企业至上”，通过企业大走访、早餐会等活动，与企业家交朋友，摸清企业急难愁盼，积极主动帮助解决，让企业从一点一滴中感受到政府的温度和力度。"
            + "营商环境是我们一项持久工作，我们应该在问题导向和从企业的手续着手，不断的完善我们的服务的体制机制和审批的流程。";

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；])");

    private SeedSpeech() {
    }

    static Paragraph paragraph(String text) {
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            if (!s.isBlank()) {
                sentences.add(s);
            }
        }
        return new Paragraph(text, sentences, List.of());
    }

    static Item item(String number, String heading, String body) {
        return new Item(2, number, heading, List.of(paragraph(body)), List.of());
    }

    static Speech speech() {
        return speech(true);
    }

    /** @param withAnalysedPlaceholders false to leave kinds and subjects to the filler's own inference */
    static Speech speech(boolean withAnalysedPlaceholders) {
        String plenum1978 = "1978年的十一届三中全会拉开中国改革开放大幕。";
        String plenum1993 = "1993年的十四届三中全会通过了建立社会主义市场经济体制的决定。";
        String plenum2013 = "2013年的十八届三中全会提出全面深化改革，包括提出“使市场在资源配置中起决定性作用”等重大论断。";
        Section one = new Section("一", "充分认识二十届三中会的重要意义", List.of(
                paragraph("三中全会在党和国家历史上具有特殊意义。改革开放以来，历届三中全会聚焦改革，对中国的发展起到了重要作用。"
                        + plenum1978 + plenum1993 + plenum2013),
                paragraph("我们要进一步解放思想，增强开阔视野、放大格局的思想自觉，增强识变、思变、敢变、会变的主观能动性，为经济社会高质量发展提供改革动力。"
                        + "这是我说的第一个方面，重要意义大家都说的比较多了，我说的比较简短，我们×区学习的重要意义就立足于改革。")),
                List.of());
        Section two = new Section("二", "以更加奋发有为的精神状态推动全会精神落地落实", List.of(
                paragraph("我们×区还是抓落实，我一直说省市包括党中央提什么我们就执行，我们没有自己的口号，也不编自己的什么口号，所以应该以奋更加奋发有为的精神状态推动全会的精神落实。"),
                paragraph("上半年，我们交出一份不错的成绩单。" + SCORECARD_1 + SCORECARD_2 + SCORECARD_3 + SCORECARD_4
                        + "另外空气质量指数我们连续改善，基本上在全市排在中间的位置，已经由负转正，原来是拖全市的后腿的，现在已经给全市已经开始做贡献了。"
                        + "下半年我们要坚定信心和决心，保持工作定力，持之以恒地抓好以下几个方面的重点工作。")),
                List.of(item("一", "经济运行", ECONOMY), item("二", "产业发展", INDUSTRY), item("三", "园区建设", PARKS),
                        item("四", "项目建设", PROJECTS), item("五", "科技创新", SCIENCE), item("六", "城市建设", CITY),
                        item("七", "营商环境", BUSINESS)));
        Section three = new Section("三", "在狠抓末端落实上出实招、求实效", List.of(
                paragraph("我们各方面工作的方向、目标、路径都已经明确，关键是落实。"),
                paragraph("一方面，要全面压实改革领导责任，调动全区各级党组织和党员抓改革、促发展的积极性、主动性、创造性，领导干部要当好全面深化改革的实践者、带头人，切实把改革领导责任扛在肩上、抓在手上。")),
                List.of());

        List<Quote> quotes = List.of(
                new Quote("使市场在资源配置中起决定性作用", plenum2013),
                new Quote("人一之我十之", "生物医药园要进一步增强干事创业的精气神和抓发展的紧迫感，进一步理清发展重点，以“人一之我十之”的拼劲聚力攻坚，把发展优势尽快转变为发展成效；"),
                new Quote("拣到篮子就是菜", "要保持定力，没有好项目要敢于适当留白，绝对不能“拣到篮子就是菜”。"));
        List<PlenumReference> plenums = List.of(
                new PlenumReference("十八届三中全会", 18, 3, 2013, plenum2013),
                new PlenumReference("十一届三中全会", 11, 3, 1978, plenum1978),
                new PlenumReference("十四届三中全会", 14, 3, 1993, plenum1993));
        List<Assignment> assignments = List.of(
                new Assignment("经发局", "经发局要牵头抓总，其他部门全力配合，加强协调调度，加强运行监测，把功夫下到平时，以旬保月，以月保季，以季保年，力争GDP年底继续保持第一，其他指标保持全市前列。",
                        two.heading(), "经济运行"),
                new Assignment("生物医药园", "生物医药园要进一步增强干事创业的精气神和抓发展的紧迫感，进一步理清发展重点，以“人一之我十之”的拼劲聚力攻坚，把发展优势尽快转变为发展成效；",
                        two.heading(), "产业发展"),
                new Assignment("投资服务局", "要坚持招大引强，今年以来，招引的大项目、让人眼前一亮的项目还不多，耳熟能详的都是以前的项目，投资服务局和园区要把更多精力放在招商引资上，集中优势资源聚力攻坚，不能漫无目的、到处乱撞；",
                        two.heading(), "项目建设"),
                new Assignment("科技局", "科技局要系统统筹全区科技创新工作，在推动企业自主创新上出实招，引导企业与京津等地的高校、科研机构密切合作，推动科技创新与产业创新融合发展，加快技术转移转化，助力形成新质生产力。",
                        two.heading(), "科技创新"));
        List<Placeholder> placeholders = withAnalysedPlaceholders ? scorecardPlaceholders() : List.of();
        return new Speech(TITLE, null, null,
                List.of(paragraph("刚才，我们集中学习了党的二十届三中全会精神，进行了讨论发言。下面，结合所学所思，谈几点体会。")),
                List.of(one, two, three), quotes, List.of(1978, 1993, 2013, 2018), plenums, placeholders, assignments);
    }

    /** What the analyser is expected to report for the 成绩单 (offsets only need to keep the order). */
    private static List<Placeholder> scorecardPlaceholders() {
        List<Placeholder> out = new ArrayList<>();
        int offset = 1000;
        Object[][] marks = {
                {SCORECARD_1, PlaceholderKind.VALUE, "地区生产总值"}, {SCORECARD_1, PlaceholderKind.GROWTH, "地区生产总值"},
                {SCORECARD_1, PlaceholderKind.RANK, "地区生产总值"},
                {SCORECARD_2, PlaceholderKind.VALUE, "一般公共预算收入"}, {SCORECARD_2, PlaceholderKind.GROWTH, "一般公共预算收入"},
                {SCORECARD_2, PlaceholderKind.RANK, null},
                {SCORECARD_3, PlaceholderKind.VALUE, "固定资产投资"}, {SCORECARD_3, PlaceholderKind.GROWTH, "固定资产投资"},
                {SCORECARD_3, PlaceholderKind.RANK, "固定资产投资"}, {SCORECARD_3, PlaceholderKind.GROWTH, "固定资产投资"},
                {SCORECARD_4, PlaceholderKind.VALUE, "规上工业增加值"}, {SCORECARD_4, PlaceholderKind.GROWTH, "规上工业增加值"},
        };
        for (Object[] m : marks) {
            out.add(new Placeholder("×", (PlaceholderKind) m[1], "", (String) m[0], (String) m[2], offset));
            offset += 5;
        }
        return out;
    }
}

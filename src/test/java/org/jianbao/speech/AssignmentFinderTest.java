package org.jianbao.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AssignmentFinderTest {

    private static List<String> departments(String body) {
        return new SpeechAnalyser().analyse("标题\n一、部分\n" + body + "\n").assignments().stream()
                .map(Assignment::department).toList();
    }

    @Test
    void departmentsWithTheirPrefixesAndSeveralPerSentence() {
        assertThat(departments("区发改委要牵头，县财政局和县住房和城乡建设局要配合；市委办、区纪委监委、团区委、妇联、区融媒体中心要抓好宣传。"))
                .containsExactly("区发改委", "县财政局", "县住房和城乡建设局", "市委办", "区纪委监委", "团区委", "妇联", "区融媒体中心");
    }

    @Test
    void adverbsBetweenDepartmentAndTask() {
        assertThat(departments("经发局也要主动作为。科技局务必抓紧推进。区政府办公室一定要做好服务。"))
                .containsExactly("经发局", "科技局", "区政府办公室");
    }

    @Test
    void aBracketedSecondNameAndTasksIntroducedBy由() {
        assertThat(departments("区发改委（区粮食局）要做好储备。由区财政局牵头，区审计局配合。"))
                .containsExactly("区发改委", "区财政局", "区审计局");
    }

    @Test
    void aDepartmentWhoseNameIsAPlaceholder() {
        assertThat(departments("××局要牵头。")).containsExactly("××局");
    }

    @Test
    void onePerDepartmentPerSentence() {
        Speech speech = new SpeechAnalyser().analyse("标题\n一、部分\n经发局要牵头，经发局要负责。经发局要落实。\n");
        assertThat(speech.assignments()).extracting(Assignment::text)
                .containsExactly("经发局要牵头，经发局要负责。", "经发局要落实。");
    }

    @Test
    void notAssignments() {
        assertThat(departments("同志们要努力。我们要实干。市委、市政府对×区寄予厚望。领导干部要当好表率。各部门要配合。"
                + "有关部门要跟进。园区要加快。市委要求我们抓好落实。投资有所加快。以人民为中心持续推进。全部要完成。")).isEmpty();
    }

    @Test
    void anItemLineThatIsOneTaskCounts() {
        Speech speech = new SpeechAnalyser().analyse("标题\n一、部分\n（一）落实\n1.市发改委要会同市自然资源和规划局加快用地报批。\n");
        assertThat(speech.assignments()).extracting(Assignment::department).containsExactly("市发改委", "市自然资源和规划局");
        assertThat(speech.assignments().get(0).text()).isEqualTo("市发改委要会同市自然资源和规划局加快用地报批");
        assertThat(speech.assignments().get(0).item()).isEqualTo("市发改委要会同市自然资源和规划局加快用地报批");
        assertThat(new SpeechAnalyser().analyse("经发局要牵头\n一、部分\n").assignments()).as("not in the title").isEmpty();
    }
}

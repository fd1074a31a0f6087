package org.jianbao.speech;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tasks given to departments: a clause that opens with one or more organisation names (joined by
 * 和、与、及) followed by a task verb — {@code 经发局要牵头抓总}, {@code 投资服务局和园区要…},
 * {@code 区发改委要牵头…}. Only names ending like an organisation count ({@code 园区} and {@code 同志们} do
 * not), and a name followed by anything but a task verb ({@code 市委、市政府对×区寄予厚望}) is no task.
 */
final class AssignmentFinder {

    /** What follows the department: an optional adverb, then a verb of duty or action. */
    private static final Pattern TASK = Pattern.compile(
            // The leading class lets the matcher skip most positions without trying every branch.
            "(?=[也还都更一首务必要须应负牵抓加尽切全继进积主会配做统持着认严立迅])(?:也|还|都|更|一定|首先|务必|必须)?(?:要(?!求|素|点|害|闻|是|么)|须|应当|应该|负责|牵头|抓紧|加快|加紧|尽快|切实|全力|继续|进一步|"
                    + "积极|主动|会同|配合|抓好|做好|统筹|持续|着力|认真|严格|立即|迅速)");
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?:管委会|委员会|协会|商会|办公室|中心|监委|公司|集团|局|委|办|园|室|联|部|处|院|所|站|队)$");
    private static final String DEPARTMENT_ENDS = "会心委司团局办园室联部处院所站队";
    private static final Pattern CONNECTOR = Pattern.compile("以及|和|与|及|、|同");
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:请|由|让|要求|希望|其中|同时|另外|此外|对此|特别是|尤其是|下一步|下半年|上半年|今年|明年|近期|当前|目前|今后|"
                    + "首先|其次|再次|最后|[一二三四五六七八九十]{1,2}是|另?一方面|\\s)+");
    private static final Pattern NOT_A_DEPARTMENT = Pattern.compile(
            "^(?:各|全|有关|相关|其他|其它|所有|本)|我们|你们|他们|大家|同志|[的是在对把将了为]|"
                    + "(?:干部|全部|内部|外部|局部|东部|西部|南部|北部|中部|家园|校园|公园|乐园|田园|场所|住所|有所|之所|"
                    + "好处|到处|处处|益处|难处|关联|串联|团队|举办|主办|承办|怎么办)$");
    private static final String CLAUSE_BOUNDARY = "，,。；;：:！？!?“”「」『』（）()《》【】 \u3000";
    private static final int MAX_NAME = 16;

    private AssignmentFinder() {
    }

    static List<Assignment> find(List<Passage> passages) {
        List<Assignment> assignments = new ArrayList<>();
        for (Passage passage : passages) {
            if (passage.role() == Passage.Role.TITLE || passage.role() == Passage.Role.SUBTITLE) {
                continue; // headings count: "(1)市发改委要会同…加快用地报批。" is a whole task on an item line
            }
            for (Sentences.Sentence sentence : passage.sentences()) {
                String text = sentence.text();
                if (!mayNameADepartment(text)) {
                    continue;
                }
                Set<String> departments = new LinkedHashSet<>();
                Matcher task = TASK.matcher(text);
                int previousTaskEnd = 0;
                while (task.find()) {
                    departments.addAll(departmentsBefore(text, previousTaskEnd, task.start()));
                    previousTaskEnd = task.end();
                }
                departments.forEach(department -> assignments.add(
                        new Assignment(department, text, passage.section(), passage.item())));
            }
        }
        return List.copyOf(assignments);
    }

    /** Cheap test before the regular expressions: no organisation name can end in this sentence. */
    private static boolean mayNameADepartment(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (DEPARTMENT_ENDS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisations that open the clause ending at {@code end}, or none when it does not open with one.
     * A clause also starts after the previous task verb: {@code 市商务局要会同|市场监管局|抓好落实}.
     */
    private static List<String> departmentsBefore(String text, int from, int end) {
        if (end > from && "）)".indexOf(text.charAt(end - 1)) >= 0) {
            // 区发改委（区粮食局）要…: the bracket names the same office again; the name stands before it.
            int open = Math.max(text.lastIndexOf('（', end - 1), text.lastIndexOf('(', end - 1));
            if (open > from) {
                end = open;
            }
        }
        int start = end;
        while (start > from && CLAUSE_BOUNDARY.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        String chain = LEADING_NOISE.matcher(text.substring(start, end)).replaceFirst("");
        if (chain.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        // Split at a connector only where the part before it ends like an organisation:
        // 投资服务局|和|园区, but 住房和城乡建设局 stays whole.
        Matcher connector = CONNECTOR.matcher(chain);
        int partStart = 0;
        while (connector.find()) {
            String part = chain.substring(partStart, connector.start());
            if (DEPARTMENT.matcher(part).find()) {
                names.add(part);
                partStart = connector.end();
            }
        }
        names.add(chain.substring(partStart));
        return names.stream().map(Lines::trim).filter(AssignmentFinder::isDepartment).toList();
    }

    private static boolean isDepartment(String name) {
        if (name.length() < 2 || name.length() > MAX_NAME || !DEPARTMENT.matcher(name).find()
                || NOT_A_DEPARTMENT.matcher(name).find()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Lines.isHan(c) && !Character.isDigit(c) && "×✕╳XxＸｘ".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}

package org.jianbao.bench;

/**
 * One line of the bench table.
 *
 * @param what       the operation measured
 * @param includes   what the figure includes (warm or cold process, compile included or not, how many runs)
 * @param jianbao    this product's figure
 * @param comparison the other tool's figure on the same work, or why it was skipped
 * @param ratio      how many times faster (or "—")
 * @param load       the machine's load average while the row was measured
 */
public record Row(String what, String includes, String jianbao, String comparison, String ratio, String load) {

    static Row skipped(String what, String includes, String why, String load) {
        return new Row(what, includes, "skipped: " + why, "—", "—", load);
    }
}

package org.jianbao.speech;

/**
 * A task the speech gives to a department.
 *
 * @param department the organisation as written ({@code 经发局}, {@code 区发改委})
 * @param text       the sentence that gives the task, verbatim
 * @param section    the heading of the section it stands in
 * @param item       the heading of the item it stands in, or null
 */
public record Assignment(String department, String text, String section, String item) {
}

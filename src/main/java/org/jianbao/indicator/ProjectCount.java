package org.jianbao.indicator;

/** How many projects of a category are in a status. */
public record ProjectCount(ProjectCategory category, ProjectStatus status, int count) {
}

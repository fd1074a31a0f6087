package org.jianbao.report;

import java.time.LocalDate;

/**
 * A project that has not started although its planned start has passed.
 *
 * @param name         the project's name
 * @param department   the department responsible for it
 * @param leader       the 包联领导, or null
 * @param plannedStart the planned start of construction
 */
public record LateProject(String name, String department, String leader, LocalDate plannedStart) {
}

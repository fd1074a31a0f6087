package org.jianbao.report;

import java.time.LocalDate;

/**
 * A project past its planned production date that is not producing (and not terminated).
 *
 * @param name              the project's name
 * @param department        the department responsible for it
 * @param leader            the 包联领导, or null
 * @param plannedProduction the planned start of production
 */
public record LateProduction(String name, String department, String leader, LocalDate plannedProduction) {
}

package org.jianbao.generation;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jianbao.briefing.*}: the masthead's office and the 报尾 (who receives the briefing).
 *
 * @param issuingOffice printed left under the masthead
 * @param reportTo      报： offices above the unit
 * @param sendTo        送： offices at the same level
 * @param issueTo       发： offices below
 * @param copies        共印N份
 * @param firstIssue    the 第N期 of the first briefing of a year that the register has no issue for: 1 for an office
 *                      that starts with jianbao in January, 12 for one that issued 1–11 by hand (later issues
 *                      continue from the last one given)
 */
@ConfigurationProperties("jianbao.briefing")
public record BriefingProperties(
        @DefaultValue("示范区党政办公室") String issuingOffice,
        @DefaultValue({"市委办公室", "市政府办公室"}) List<String> reportTo,
        @DefaultValue({"区人大工委", "区政协工委"}) List<String> sendTo,
        @DefaultValue({"各部门", "各园区", "各街道"}) List<String> issueTo,
        @DefaultValue("30") int copies,
        @DefaultValue("1") int firstIssue) {
}

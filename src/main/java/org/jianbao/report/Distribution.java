package org.jianbao.report;

import java.util.List;

/**
 * Who receives the briefing (its 报尾).
 *
 * @param reportTo offices above the unit (报：)
 * @param sendTo   offices at the same level (送：)
 * @param issueTo  offices below the unit (发：)
 * @param copies   copies printed (共印N份)
 */
public record Distribution(List<String> reportTo, List<String> sendTo, List<String> issueTo, int copies) {

    public Distribution {
        reportTo = List.copyOf(reportTo);
        sendTo = List.copyOf(sendTo);
        issueTo = List.copyOf(issueTo);
    }
}

package org.jianbao.indicator;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** Where a project stands, in ledger order. 开工率 counts 在建 and later; 投产率 counts 已投产. */
public enum ProjectStatus {
    未签约, 已签约, 前期手续, 在建, 已竣工, 已投产, 已终止;

    /** Words project offices use for the same states. */
    private static final Map<String, ProjectStatus> SYNONYMS = Map.of(
            "已开工", 在建, "开工", 在建, "建设中", 在建, "在建中", 在建,
            "竣工", 已竣工, "投产", 已投产, "已投用", 已投产, "签约", 已签约,
            "未开工", 前期手续, "终止", 已终止);

    public boolean started() {
        return this == 在建 || this == 已竣工 || this == 已投产;
    }

    static Optional<ProjectStatus> parse(String text) {
        String t = text.strip();
        return Arrays.stream(values()).filter(s -> s.name().equals(t)).findFirst()
                .or(() -> Optional.ofNullable(SYNONYMS.get(t)));
    }
}

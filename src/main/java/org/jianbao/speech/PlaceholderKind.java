package org.jianbao.speech;

/** What a placeholder stands for, guessed from the words around it. */
public enum PlaceholderKind {
    /** an amount: {@code 完成×亿元} */
    VALUE,
    /** a growth rate: {@code 增速×%} */
    GROWTH,
    /** a position: {@code 排名第×} */
    RANK,
    /** a name: {@code ×区} */
    NAME,
    UNKNOWN
}

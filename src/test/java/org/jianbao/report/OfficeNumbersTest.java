package org.jianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficeNumbersTest {

    @Test
    void countedThingsAreWholeNumbersAndMoneyHasOneDecimal() {
        assertThat(OfficeNumbers.amount(18795.0, "户")).isEqualTo("18795");
        assertThat(OfficeNumbers.amount(12.0, "家")).isEqualTo("12");
        assertThat(OfficeNumbers.amount(412.55, "亿元")).isEqualTo("412.6");
        assertThat(OfficeNumbers.amount(4.3, "指数")).isEqualTo("4.3");
        assertThat(OfficeNumbers.amount(null, "户")).isEqualTo(OfficeNumbers.MISSING);
    }
}

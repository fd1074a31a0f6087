package org.jianbao.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FieldsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-10", "2026年10月", "2026年1-10月", "2026年1—10月", "2026/10", "2026.10", "202610", "2026-10-01"})
    void periodsInEveryBureauSpelling(String text) throws Exception {
        assertThat(Fields.period(text)).contains(YearMonth.of(2026, 10));
    }

    @Test
    void periodWithoutAMonthIsInvalid() {
        assertThatThrownBy(() -> Fields.period("2026-13")).hasMessage("period \"2026-13\" has no month 13");
        assertThatThrownBy(() -> Fields.period("十月")).hasMessageContaining("is not a month");
    }

    @Test
    void periodInATitle() {
        assertThat(Fields.periodInTitle("2026年1-10月主要经济指标")).contains(YearMonth.of(2026, 10));
        assertThat(Fields.periodInTitle("主要经济指标")).isEmpty();
    }

    @Test
    void growthWithOrWithoutPercentSign() throws Exception {
        assertThat(Fields.growth("6.3", "growth")).contains(new BigDecimal("6.3"));
        assertThat(Fields.growth("6.3%", "growth")).contains(new BigDecimal("6.3"));
        assertThat(Fields.growth("-2.7", "growth")).contains(new BigDecimal("-2.7"));
        assertThat(Fields.growth("—", "growth")).isEmpty();
        assertThatThrownBy(() -> Fields.growth("650", "growth"))
                .hasMessage("growth 650% is outside the sane range -100% to 500%");
    }

    @Test
    void ranksAsBureausWriteThem() throws Exception {
        assertThat(Fields.rank("3", "rank")).contains(3);
        assertThat(Fields.rank("第3", "rank")).contains(3);
        assertThat(Fields.rank("第3位", "rank")).contains(3);
        assertThat(Fields.rank("3.0", "rank")).contains(3);
        assertThatThrownBy(() -> Fields.rank("0", "rank")).hasMessage("rank \"0\" is not a positive whole number");
        assertThatThrownBy(() -> Fields.rank("2.5", "rank")).hasMessage("rank \"2.5\" is not a positive whole number");
    }

    @Test
    void datesAndNumbers() throws Exception {
        assertThat(Fields.date("2026/3/5", "start")).contains(LocalDate.of(2026, 3, 5));
        assertThat(Fields.date("2026年3月5日", "start")).contains(LocalDate.of(2026, 3, 5));
        assertThat(Fields.date("2026-03", "start")).contains(LocalDate.of(2026, 3, 1));
        assertThat(Fields.number("1,286.45", "value")).contains(new BigDecimal("1286.45"));
        assertThatThrownBy(() -> Fields.number("12亿", "value")).hasMessage("value \"12亿\" is not a number");
    }

    @Test
    void headersWithMeasuresInBrackets() {
        assertThat(Column.recognise("本期累计(亿元)")).contains(Column.VALUE);
        assertThat(Column.recognise("同比增长（%）")).contains(Column.GROWTH);
        assertThat(Column.recognise("Month Growth")).contains(Column.MONTH_GROWTH);
        assertThat(Column.recognise("全市 排名")).contains(Column.RANK);
    }
}

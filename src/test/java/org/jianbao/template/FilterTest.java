package org.jianbao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilterTest {

    private static Object apply(String spec, Object value) {
        return Filter.parse(spec).apply(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "number; 6.3; 6.3", "number; 12.0; 12", "number; 1200; 1200", "number:1; 6.35; 6.4", "number:2; 6; 6.00",
            "number:0; 2.5; 3", "percent; 6.3; 6.3%", "percent; 6; 6.0%", "percent:2; 6.345; 6.35%",
            "growth; 6.3; 增长6.3%", "growth; -2.7; 下降2.7%", "growth; 0; 持平", "growth; 0.04; 持平", "growth:2; 1.005; 增长1.01%",
            "rank; 3; 第3位", "rank:cn; 3; 第三位", "rank:cn; 12; 第十二位",
            "cn; 3; 三", "cn; 10; 十", "cn; 12; 十二", "cn; 21; 二十一", "cn; 100; 一百", "cn; 105; 一百零五",
            "cn; 110; 一百一十", "cn; 2026; 二千零二十六", "cn; 10010; 一万零一十", "cn; 0; 零"})
    void formatsNumbers(String filter, String input, String expected) {
        assertThat(apply(filter, Double.parseDouble(input))).isEqualTo(expected);
    }

    @Test
    void numbersComeAsAnyNumberTypeOrNumericText() {
        assertThat(apply("number:1", new BigDecimal("6.25"))).isEqualTo("6.3");
        assertThat(apply("number", 7)).isEqualTo("7");
        assertThat(apply("percent", "6.3")).isEqualTo("6.3%");
        assertThatThrownBy(() -> apply("number", "abc")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> apply("cn", 2.5)).hasMessageContaining("not an integer");
    }

    @Test
    void formatsDates() {
        LocalDate d = LocalDate.of(2026, 11, 27);
        assertThat(apply("date", d)).isEqualTo("2026年11月27日");
        assertThat(apply("date", LocalDate.of(2026, 3, 5))).isEqualTo("2026年3月5日");
        assertThat(apply("date", "2026-11-27")).isEqualTo("2026年11月27日");
        assertThat(apply("date", LocalDateTime.of(2026, 11, 27, 9, 30))).isEqualTo("2026年11月27日");
        assertThat(apply("date:cn", d)).isEqualTo("二〇二六年十一月二十七日");
        assertThat(apply("date:cn", LocalDate.of(2030, 1, 10))).isEqualTo("二〇三〇年一月十日");
        assertThat(apply("date:month", YearMonth.of(2026, 10))).isEqualTo("2026年10月");
        assertThat(apply("date:month", d)).isEqualTo("2026年11月");
        assertThat(apply("date:month", "2026-10")).isEqualTo("2026年10月");
        assertThat(apply("date:yyyy.MM.dd", d)).isEqualTo("2026.11.27");
        assertThat(apply("date:HH:mm", LocalDateTime.of(2026, 11, 27, 9, 30))).isEqualTo("09:30");
        assertThatThrownBy(() -> apply("date", "27.11.2026")).hasMessageContaining("not an ISO date");
    }

    @Test
    void defaultReplacesNullAndEmptyAndOtherFiltersPassNullThrough() {
        assertThat(apply("default:—", null)).isEqualTo("—");
        assertThat(apply("default:无", "")).isEqualTo("无");
        assertThat(apply("default:无", "有")).isEqualTo("有");
        assertThat(apply("number:1", null)).isNull();
    }

    @Test
    void unknownFiltersAndBadArgumentsAreRefusedWhenParsing() {
        assertThatThrownBy(() -> Filter.parse("upper")).hasMessageContaining("unknown filter 'upper'").hasMessageContaining("known: number");
        assertThatThrownBy(() -> Filter.parse("number:x")).hasMessageContaining("decimals");
        assertThatThrownBy(() -> Filter.parse("rank:x")).hasMessageContaining("rank:cn");
        assertThatThrownBy(() -> Filter.parse("date:yyyy-qqqqqq")).hasMessageContaining("date pattern");
    }
}

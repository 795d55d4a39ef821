package io.muyield.ingest.value;

import io.muyield.core.fact.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    private static BigDecimal value(String s) {
        return ((ParsedNumber.Number) Numbers.parse(s)).value();
    }

    @Test
    void readsNumbersAsTyped() {
        assertThat(value("1234.5")).isEqualByComparingTo("1234.5");
        assertThat(value("１２３．４５")).isEqualByComparingTo("123.45");
        assertThat(value("1,234.5")).isEqualByComparingTo("1234.5");
        assertThat(value("1，234，567")).isEqualByComparingTo("1234567");
        assertThat(value(" -12 ")).isEqualByComparingTo("-12");
        assertThat(value("(1,234)")).isEqualByComparingTo("-1234");
        assertThat(value("（34.5）")).isEqualByComparingTo("-34.5");
        assertThat(value("−7")).isEqualByComparingTo("-7");
        assertThat(value("△5")).isEqualByComparingTo("-5");
        assertThat(value("1.5E+3")).isEqualByComparingTo("1500");
        assertThat(value("0")).isEqualByComparingTo("0");
        assertThat(value("+3")).isEqualByComparingTo("3");
    }

    @Test
    void blankIsNotZero() {
        for (String s : new String[]{"", "  ", "-", "—", "--", "——", "/", "　", "无"}) {
            assertThat(Numbers.parse(s)).as(s).isInstanceOf(ParsedNumber.Blank.class);
        }
        assertThat(Numbers.parse("0")).isInstanceOf(ParsedNumber.Number.class);
    }

    @Test
    void percentagesAndUnitsAreKept() {
        ParsedNumber.Number p = (ParsedNumber.Number) Numbers.parse("3.5%");
        assertThat(p.percent()).isTrue();
        assertThat(p.value()).isEqualByComparingTo("3.5");
        ParsedNumber.Number w = (ParsedNumber.Number) Numbers.parse("12.5万元");
        assertThat(w.unit()).contains(Unit.WAN_YUAN);
        ParsedNumber.Number m = (ParsedNumber.Number) Numbers.parse("6,666.67 平方米");
        assertThat(m.unit()).contains(Unit.SQUARE_METRE);
        assertThat(m.value()).isEqualByComparingTo("6666.67");
    }

    @Test
    void refusesWhatIsNoNumber() {
        assertThat(Numbers.parse("abc")).isInstanceOf(ParsedNumber.Invalid.class);
        assertThat(Numbers.parse("12,34")).isInstanceOf(ParsedNumber.Invalid.class);
        assertThat(Numbers.parse("1.2.3")).isInstanceOf(ParsedNumber.Invalid.class);
        assertThat(Numbers.parse("12斤")).isInstanceOf(ParsedNumber.Invalid.class);
        assertThat(((ParsedNumber.Invalid) Numbers.parse("abc")).reasonZh()).contains("不是有效数字");
    }

    @Test
    void readsDatesInTheContractFormats() {
        LocalDate d = LocalDate.of(2015, 7, 1);
        assertThat(Dates.parse("2015-07-01")).contains(d);
        assertThat(Dates.parse("2015/7/1")).contains(d);
        assertThat(Dates.parse("2015年7月1日")).contains(d);
        assertThat(Dates.parse("2015.7.1")).contains(d);
        assertThat(Dates.parse("20150701")).contains(d);
        assertThat(Dates.parse("2015-07-01 00:00:00")).contains(d);
        assertThat(Dates.parse("２０１５－０７－０１")).contains(d);
        assertThat(Dates.parse("2015-02-30")).isEmpty();
        assertThat(Dates.parse("July 2015")).isEmpty();
    }

    @Test
    void halfWidthFolding() {
        assertThat(Text.halfWidth("ＡＢＣ１２３，（）")).isEqualTo("ABC123,()");
        assertThat(Text.headerKey(" 实缴税额\n合计（万元） ")).isEqualTo("实缴税额合计(万元)");
    }
}

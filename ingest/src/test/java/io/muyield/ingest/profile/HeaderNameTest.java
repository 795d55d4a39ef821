package io.muyield.ingest.profile;

import io.muyield.core.fact.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderNameTest {

    @Test
    void unitsInHeaders() {
        assertThat(HeaderName.of("实缴税额合计(万元)").unit()).contains(Unit.WAN_YUAN);
        assertThat(HeaderName.of("实缴税额合计(万元)").keys()).containsExactly("实缴税额合计");
        assertThat(HeaderName.of("实缴税额（元）").unit()).contains(Unit.YUAN);
        assertThat(HeaderName.of("宗地面积(亩)").unit()).contains(Unit.MU);
        assertThat(HeaderName.of("用地面积(公顷)").unit()).contains(Unit.HECTARE);
        assertThat(HeaderName.of("年用电量(万千瓦时)").unit()).contains(Unit.WAN_KWH);
        assertThat(HeaderName.of("营业收入（单位：千元）").unit()).contains(Unit.THOUSAND_YUAN);
        assertThat(HeaderName.of("统一社会信用代码").unit()).isEmpty();
    }

    @Test
    void remarksInParenthesesAreOptional() {
        HeaderName h = HeaderName.of("工业总产值(当年价格)(千元)");
        assertThat(h.unit()).contains(Unit.THOUSAND_YUAN);
        assertThat(h.keys()).containsExactly("工业总产值(当年价格)", "工业总产值");
    }

    @Test
    void twoRowHeaders() {
        HeaderName h = HeaderName.of("用电量(千瓦时)", "1月");
        assertThat(h.text()).isEqualTo("用电量(千瓦时)/1月");
        assertThat(h.unit()).contains(Unit.KWH);
        assertThat(h.keys()).contains("用电量/1月", "1月");
        assertThat(HeaderName.of("统一社会信用代码", "").text()).isEqualTo("统一社会信用代码");
        assertThat(HeaderName.of("统一社会信用代码", "统一社会信用代码").text()).isEqualTo("统一社会信用代码");
    }

    @Test
    void suffixUnitsAsASecondTry() {
        assertThat(HeaderName.of("用电量千瓦时").withSuffixUnit().orElseThrow().unit()).contains(Unit.KWH);
    }
}

package io.muyield.synth;

import io.muyield.core.enterprise.CreditCode;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Names, credit codes and addresses. Codes are valid under GB 32100 (with a valid GB 11714 organisation code
 * inside) and carry the firm's district in positions 3–8. Names are place + 字号 + industry word + legal form; the
 * 字号 comes from a keyed permutation of the index over characters that occur in no place, industry word or legal
 * form, so it can be read back out of the name, which makes every name unique.
 */
final class IdentityMaker {

    static final long STREAM_IDENTITY = 2;
    private static final String CANDIDATES = "鑫华宏达盛隆泰恒远瑞祥福兴旺顺利佳金银宝锦康安嘉德信诚博威强创凯美海天宇星辰光明晨东"
            + "正方圆骏腾飞虎鹏凤麒麟春秋峰岭林森润泽汇鸿鼎立通联众优精卓越领杰豪伟耀辉煌灿晶亮锐捷迅驰航程途成胜赢旋奥"
            + "迪欣悦怡乐喜庆吉祺禧富贵臻致至诺朗清雅颖杨柏松竹梅兰菊荷桂樱桃李杏枫桦楠檀翔翼鹰鹤雁鸣凰彩虹霞云雷霆峻嵘"
            + "巍岳泓浩瀚洋涛澜波沛霖雨露冰雪玉珠璐琪瑶琳瑾璟瑜琦琨珑瑛钰铭铂锋钧铠镭固坚实诺远弘毅匠拓展航际洲邦业广";
    private static final String[] ROADS = {"工业大道", "科技路", "创业大道", "兴业路", "龙腾大道", "金山大道", "滨江路", "园区大道",
            "星光大道", "振华路", "长兴路", "建设路", "民安大道", "腾飞路", "聚源路", "同心路"};
    private static final String PLACE_CHARS = "重庆市";
    private static final String[] FORMS = {"有限公司", "有限责任公司", "股份有限公司"};

    private final FirmFactory factory;
    private final char[] pool;
    private final IndexPermutation namePerm;
    /** Per trade-name length 2, 3, 4: a shuffle of that length's combinations, so small cities look varied too. */
    private final IndexPermutation[] combinations = new IndexPermutation[5];
    private final IndexPermutation orgDigits;
    private final IndexPermutation orgLetters;
    private final long seed;

    IdentityMaker(FirmFactory factory) {
        this.factory = factory;
        this.seed = factory.spec.seed();
        this.pool = pool(factory);
        this.namePerm = new IndexPermutation(seed ^ 0x4E414D45L, factory.spec.enterprises());
        long span = (long) pool.length * pool.length;
        for (int length = 2; length <= 4; length++, span *= pool.length) {
            combinations[length] = new IndexPermutation(seed ^ (0x434F4D42L + length), span);
        }
        this.orgDigits = new IndexPermutation(seed ^ 0x4F524744L, 100_000_000L);
        this.orgLetters = new IndexPermutation(seed ^ 0x4F52474CL, 887_503_681L); // 31^6
    }

    private static char[] pool(FirmFactory factory) {
        StringBuilder forbidden = new StringBuilder(PLACE_CHARS);
        for (DistrictTable.Entry e : factory.districts.entries()) {
            forbidden.append(e.name()).append(e.shortName());
        }
        for (IndustryTable.Subclass s : factory.industries.subclasses()) {
            for (String w : s.words()) {
                forbidden.append(w);
            }
        }
        for (Division d : factory.industries.divisions()) {
            for (String w : d.words()) {
                forbidden.append(w);
            }
        }
        for (String f : FORMS) {
            forbidden.append(f);
        }
        Set<Character> chars = new LinkedHashSet<>();
        for (char c : CANDIDATES.toCharArray()) {
            if (forbidden.indexOf(String.valueOf(c)) < 0) {
                chars.add(c);
            }
        }
        char[] p = new char[chars.size()];
        int i = 0;
        for (char c : chars) {
            p[i++] = c;
        }
        return p;
    }

    void fill(Firm f, Draws d) {
        d.at(seed, STREAM_IDENTITY, f.index, 0);
        DistrictTable.Entry district = factory.districts.entry(f.district);
        f.creditCode = creditCode(f, district.code(), d);
        f.name = name(f, d);
        f.address = address(f, district, d);
    }

    private String creditCode(Firm f, String divisionCode, Draws d) {
        char[] c = new char[18];
        c[0] = '9';
        c[1] = '1';
        divisionCode.getChars(0, 6, c, 2);
        if (f.foundedYear >= 2016) {
            c[8] = 'M';
            c[9] = 'A';
            long r = orgLetters.apply(f.index);
            for (int i = 15; i >= 10; i--) {
                c[i] = CreditCode.ALPHABET.charAt((int) (r % 31));
                r /= 31;
            }
        } else {
            long r = orgDigits.apply(f.index);
            for (int i = 15; i >= 8; i--) {
                c[i] = (char) ('0' + r % 10);
                r /= 10;
            }
        }
        c[16] = CreditCode.organisationCheckDigit(new String(c, 8, 8));
        c[17] = CreditCode.checkDigit(new String(c, 0, 17));
        return new String(c);
    }

    private String name(Firm f, Draws d) {
        StringBuilder b = new StringBuilder(24);
        double p = d.uniform();
        DistrictTable.Entry region = factory.districts.entry(f.region);
        if (p < 0.35) {
            b.append("重庆");
        } else if (p < 0.55) {
            b.append("重庆市");
        } else if (p < 0.85 && !region.zone()) {
            b.append("重庆市").append(region.name());
        } else {
            b.append("重庆").append(region.shortName());
        }
        appendTradeName(b, namePerm.apply(f.index));
        String[] words = factory.industries.subclass(f.subclass).words();
        b.append(words[d.below(words.length)]);
        double q = d.uniform();
        b.append(f.band == 2 ? (q < 0.4 ? FORMS[2] : FORMS[0]) : q < 0.85 ? FORMS[0] : q < 0.95 ? FORMS[1] : FORMS[2]);
        return b.toString();
    }

    /** Two characters for the first K² ranks, three for the next K³, and so on: injective in the rank. */
    private void appendTradeName(StringBuilder b, long rank) {
        int k = pool.length;
        long span = (long) k * k;
        int length = 2;
        while (rank >= span) {
            rank -= span;
            span *= k;
            length++;
        }
        if (length < combinations.length) {
            rank = combinations[length].apply(rank);
        }
        int at = b.length();
        for (int i = 0; i < length; i++) {
            b.insert(at, pool[(int) (rank % k)]);
            rank /= k;
        }
    }

    private String address(Firm f, DistrictTable.Entry district, Draws d) {
        StringBuilder b = new StringBuilder(32).append("重庆市").append(district.name());
        if (f.park >= 0) {
            b.append(factory.parks.park(f.park).nameZh());
        }
        return b.append(ROADS[d.below(ROADS.length)]).append(f.roadNumber).append('号').toString();
    }

    int poolSize() {
        return pool.length;
    }
}

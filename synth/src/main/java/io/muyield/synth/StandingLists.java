package io.muyield.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The official lists of one year, as departments publish them, and their oracle: 高新技术企业名单 (high_tech_{year}.csv,
 * GBK, a title row), 专精特新 (specialised_{year}.csv, UTF-8 with BOM: 专精特新中小企业 and 专精特新"小巨人"), 生产安全事故
 * (safety_accidents_{year}.csv), 严重失信主体 (dishonesty_{year}.csv), 制造业单项冠军 (champion_{year}.csv), 上市企业
 * (listed_{year}.csv), 链主企业 (chain_leaders_{year}.csv) and 行政处罚 (admin_penalties_{year}.csv, one row per
 * decision); _truth/standings_{year}.csv gives per enterprise the tags and event counts an import must store. A firm's
 * qualifications are drawn once (independent of the year) and renewed every three years from their first recognition
 * (单项冠军 too); a listing is drawn once, with a delisting for a few; a 链主 recognition once, from 2021 on;
 * accidents and penalties are drawn per firm and year; a dishonesty entry is drawn once, listed for one to three years
 * or until the end. A city so small that a list would have no row (an empty list is refused by the import) names its
 * largest firm on it, so every delivery imports whole.
 *
 * <p>The shares are UNCONFIRMED (no Chongqing figure in DOMAIN.md or DOMAIN-NOTES.md): they are set so that the default
 * city (52,000 enterprises, about 7,200 规上 manufacturers) has in 2023 about 2,450 高新技术企业, 1,400 专精特新 of
 * which 150 小巨人, 220 accidents (5 重大) and 290 firms on a dishonesty list (measured on the default spec); see
 * docs/IMPORT.md for the 单项冠军, 上市, 链主 and 行政处罚 figures.
 */
final class StandingLists {

    static final long STREAM_STANDING = 11;
    /** UNCONFIRMED: chance of a 高新技术企业 qualification by size band (small, 规上, large), among firms that do R&D. */
    private static final double[] HIGH_TECH = {0.25, 0.50, 0.70};
    /** UNCONFIRMED: chance of 专精特新 by size band (a small-and-medium qualification: none for large firms). */
    private static final double[] SPECIALISED = {0.025, 0.13, 0.0};
    /** UNCONFIRMED: share of 专精特新 firms later recognised as national 小巨人. */
    private static final double LITTLE_GIANT = 0.15;
    /** UNCONFIRMED: chance of a work-safety accident per industrial firm and year; severity 一般 / 较大 / 重大 shares. */
    private static final double ACCIDENT = 0.004;
    private static final double[] SEVERITY = {0.88, 0.98, 1.0};
    private static final String[] SEVERITY_NAMES = {"一般事故", "较大事故", "重大事故"};
    private static final String[] ACCIDENT_KINDS = {"机械伤害", "物体打击", "高处坠落", "触电", "火灾", "起重伤害", "中毒和窒息"};
    /** UNCONFIRMED: chance a firm is ever on a serious-dishonesty list. */
    private static final double DISHONEST = 0.008;
    private static final String[] DISHONESTY_REASONS = {"有履行能力而拒不履行生效法律文书确定义务", "拖欠税款", "拖欠农民工工资",
            "违法失信行为被列入严重失信主体名单"};

    /** UNCONFIRMED: chance of a 制造业单项冠军 recognition by size band (small, 规上, large). */
    private static final double[] CHAMPION = {0.0, 0.004, 0.04};
    private static final String[] PRODUCTS = {"汽车变速器齿轮", "摩托车发动机", "笔记本电脑外壳", "光纤预制棒", "铝合金轮毂",
            "玻璃纤维", "风电齿轮箱", "液压支架", "氨纶纤维", "车用空调压缩机"};
    /** UNCONFIRMED: chance a firm is (ever) listed, by size band; a listed firm's chance of a later delisting. */
    private static final double[] LISTED = {0.0003, 0.004, 0.05};
    private static final double DELISTED = 0.05;
    /** UNCONFIRMED: chance of a 链主 recognition by size band. */
    private static final double[] CHAIN_LEADER = {0.0, 0.0015, 0.05};
    private static final String[] CHAINS = {"智能网联新能源汽车", "新一代电子信息制造", "先进材料", "智能装备及智能制造",
            "食品及农产品加工", "生物医药", "新能源及新型储能", "软件信息服务"};
    /** UNCONFIRMED: chance of at least one 行政处罚 per industrial firm and year (times 1 + size band). */
    private static final double PENALTY = 0.012;
    private static final String[][] AUTHORITIES = {{"重庆市市场监督管理局", "渝市监处罚"}, {"重庆市生态环境局", "渝环罚"},
            {"重庆市应急管理局", "渝应急罚"}, {"国家税务总局重庆市税务局", "渝税罚"}};
    private static final String[][] PENALTY_REASONS = {{"虚假宣传", "产品质量不合格", "无证经营"}, {"超标排放污染物", "未批先建",
            "危险废物贮存不规范"}, {"未按规定开展安全培训", "安全设施未验收"}, {"未按期申报纳税", "发票使用不规范"}};

    private final long seed;
    private final int year;
    private final CsvOut highTech;
    private final CsvOut specialised;
    private final CsvOut accidents;
    private final CsvOut dishonesty;
    private final CsvOut champion;
    private final CsvOut listed;
    private final CsvOut chainLeaders;
    private final CsvOut penalties;
    private final CsvOut truth;
    /** The truth rows of the year, written at {@link #finish()} (the fallback of an empty list may change one). */
    private final java.util.Map<String, Truth> truthRows = new java.util.LinkedHashMap<>();
    private int largestBand = -1;
    private String largestName;
    private String largestCode;
    private LocalDate largestFounded;
    private int championRows;
    private int listedRows;
    private int chainRows;
    private int penaltyRows;
    private final Draws d = new Draws();
    private int highTechRows;
    private int specialisedRows;

    StandingLists(OutputFiles out, long seed, int year) throws IOException {
        this.seed = seed;
        this.year = year;
        highTech = out.csv(out.dir().resolve("high_tech_" + year + ".csv"), YearFiles.GBK, ',', false, "\r\n");
        highTech.text(year + "年重庆市有效期内高新技术企业名单").endRow();
        header(highTech, "序号", "企业名称", "统一社会信用代码", "证书编号", "发证日期", "有效期至");
        specialised = out.csv(out.dir().resolve("specialised_" + year + ".csv"), StandardCharsets.UTF_8, ',', true, "\r\n");
        header(specialised, "序号", "统一社会信用代码", "企业名称", "认定类型", "认定批次");
        accidents = out.csv(out.dir().resolve("safety_accidents_" + year + ".csv"), StandardCharsets.UTF_8, ',', false, "\r\n");
        header(accidents, "事故单位", "统一社会信用代码", "事故发生日期", "事故类型", "事故等级", "死亡人数");
        dishonesty = out.csv(out.dir().resolve("dishonesty_" + year + ".csv"), StandardCharsets.UTF_8, ',', false, "\r\n");
        header(dishonesty, "失信主体名称", "统一社会信用代码", "名单类型", "列入日期", "移出日期", "失信行为");
        champion = out.csv(out.dir().resolve("champion_" + year + ".csv"), StandardCharsets.UTF_8, ',', false, "\r\n");
        header(champion, "序号", "统一社会信用代码", "企业名称", "认定批次", "单项冠军产品");
        listed = out.csv(out.dir().resolve("listed_" + year + ".csv"), StandardCharsets.UTF_8, ',', false, "\r\n");
        header(listed, "证券代码", "证券简称", "统一社会信用代码", "上市日期", "上市板块", "退市日期");
        chainLeaders = out.csv(out.dir().resolve("chain_leaders_" + year + ".csv"), StandardCharsets.UTF_8, ',', false, "\r\n");
        header(chainLeaders, "产业链名称", "链主企业", "统一社会信用代码", "认定年份");
        penalties = out.csv(out.dir().resolve("admin_penalties_" + year + ".csv"), StandardCharsets.UTF_8, ',', false, "\r\n");
        header(penalties, "行政相对人名称", "统一社会信用代码", "处罚决定书文号", "处罚日期", "处罚机关", "处罚事由");
        truth = out.csv(out.truthDir().resolve("standings_" + year + ".csv"), StandardCharsets.UTF_8, ',', false, "\n");
        header(truth, "credit_code", "tags", "major_safety_accident", "safety_accident", "serious_dishonesty", "admin_penalty");
    }

    /** What an enterprise's truth row says. */
    private static final class Truth {
        String tags = "";
        int major;
        int minor;
        int dishonest;
        int penalties;

        void tag(String t) {
            tags = tags.isEmpty() ? t : tags + ";" + t;
        }
    }

    static List<String> names(int year) {
        return List.of("high_tech_" + year + ".csv", "specialised_" + year + ".csv", "safety_accidents_" + year + ".csv",
                "dishonesty_" + year + ".csv", "champion_" + year + ".csv", "listed_" + year + ".csv", "chain_leaders_" + year + ".csv",
                "admin_penalties_" + year + ".csv");
    }

    private static void header(CsvOut o, String... names) throws IOException {
        for (String n : names) {
            o.text(n);
        }
        o.endRow();
    }

    /** The rows of an enterprise active in the year. */
    void write(Firm f) throws IOException {
        if (!f.industrial()) {
            return;
        }
        String tags = "";
        d.at(seed, STREAM_STANDING, f.index, 0);
        boolean highTechDrawn = f.rdIntensity > 0 && d.chance(HIGH_TECH[f.band]);
        int highTechFrom = firstRecognition(f, d);
        if (highTechDrawn && highTechFrom <= year) {
            int issued = highTechFrom + (year - highTechFrom) / 3 * 3;
            LocalDate on = LocalDate.of(issued, 10 + d.below(3), 1 + d.below(28));
            highTech.number(++highTechRows).text(f.name).text(f.creditCode)
                    .text(String.format("GR%d50%06d", issued, f.index % 1_000_000)).text(on.toString())
                    .text(on.plusYears(3).minusDays(1).toString()).endRow();
            tags = "high_tech";
        }
        boolean specialisedDrawn = d.chance(SPECIALISED[f.band]);
        int specialisedFrom = firstRecognition(f, d);
        boolean giant = d.chance(LITTLE_GIANT);
        int giantFrom = specialisedFrom + 1 + d.below(3);
        if (specialisedDrawn && specialisedFrom <= year) {
            boolean isGiant = giant && giantFrom <= year;
            int first = isGiant ? giantFrom : specialisedFrom;
            int from = first + (year - first) / 3 * 3; // recognised anew every three years
            specialised.number(++specialisedRows).text(f.creditCode).text(f.name)
                    .text(isGiant ? "专精特新“小巨人”企业" : "专精特新中小企业").text(from + "年第" + (1 + d.below(2)) + "批").endRow();
            tags = tags.isEmpty() ? (isGiant ? "little_giant" : "specialised") : tags + ";" + (isGiant ? "little_giant" : "specialised");
        }
        int major = 0;
        int minor = 0;
        d.at(seed, STREAM_STANDING, f.index, year);
        if (d.chance(ACCIDENT * (1 + f.band))) {
            int severity = d.pick(SEVERITY);
            LocalDate first = f.foundedYear == year ? LocalDate.ofEpochDay(f.foundedDay) : LocalDate.of(year, 1, 1);
            LocalDate on = first.plusDays(d.below((int) (LocalDate.of(year, 12, 31).toEpochDay() - first.toEpochDay() + 1)));
            int deaths = switch (severity) {
                case 0 -> d.below(3);
                case 1 -> 3 + d.below(7);
                default -> 10 + d.below(20);
            };
            accidents.text(f.name).text(f.creditCode).text(on.toString()).text(ACCIDENT_KINDS[d.below(ACCIDENT_KINDS.length)])
                    .text(SEVERITY_NAMES[severity]).number(deaths).endRow();
            if (severity == 2) {
                major++;
            } else {
                minor++;
            }
        }
        int dishonest = 0;
        d.at(seed, STREAM_STANDING, f.index, 1);
        if (d.chance(DISHONEST)) {
            LocalDate founded = LocalDate.ofEpochDay(f.foundedDay);
            int listedYear = Math.max(founded.getYear(), 2019 + d.below(6));
            LocalDate listed = LocalDate.of(listedYear, 1 + d.below(12), 1 + d.below(28));
            listed = listed.isBefore(founded) ? founded : listed;
            LocalDate removed = d.chance(0.5) ? null : listed.plusYears(1 + d.below(3));
            boolean court = d.chance(0.6);
            if (listed.getYear() <= year && (removed == null || removed.getYear() >= year)) {
                dishonesty.text(f.name).text(f.creditCode).text(court ? "失信被执行人" : "严重失信主体名单").text(listed.toString())
                        .text(removed == null ? "" : removed.toString())
                        .text(DISHONESTY_REASONS[court ? 0 : 1 + d.below(DISHONESTY_REASONS.length - 1)]).endRow();
                dishonest = 1;
            }
        }
        Truth t = new Truth();
        t.tags = tags;
        t.major = major;
        t.minor = minor;
        t.dishonest = dishonest;
        LocalDate founded = LocalDate.ofEpochDay(f.foundedDay);
        d.at(seed, STREAM_STANDING, f.index, 2);
        boolean championDrawn = d.chance(CHAMPION[f.band]);
        int championFrom = Math.max(f.foundedYear + 5, 2016 + d.below(9));
        int product = d.below(PRODUCTS.length);
        if (championDrawn && championFrom <= year) {
            champion(f.creditCode, f.name, championFrom + (year - championFrom) / 3 * 3, PRODUCTS[product], t);
        }
        boolean listedDrawn = d.chance(LISTED[f.band]);
        LocalDate listedOn = LocalDate.of(Math.max(f.foundedYear + 3, 1995 + d.below(30)), 1 + d.below(12), 1 + d.below(28));
        listedOn = listedOn.isBefore(founded) ? founded : listedOn;
        LocalDate delisted = d.chance(DELISTED) ? listedOn.plusYears(2 + d.below(9)) : null;
        int board = d.below(5);
        int stock = d.below(10_000);
        if (listedDrawn && listedOn.getYear() <= year && (delisted == null || delisted.getYear() >= year)) {
            listed(f.creditCode, f.name, listedOn, delisted != null && delisted.getYear() <= year ? delisted : null, board, stock, t);
        }
        boolean chainDrawn = d.chance(CHAIN_LEADER[f.band]);
        int chainFrom = 2021 + d.below(4);
        int chain = d.below(CHAINS.length);
        if (chainDrawn && chainFrom <= year) {
            chainLeader(f.creditCode, f.name, CHAINS[chain], chainFrom, t);
        }
        d.at(seed, STREAM_STANDING, f.index, 10_000L + year);
        if (d.chance(PENALTY * (1 + f.band))) {
            int n = 1 + (d.chance(0.25) ? 1 + (d.chance(0.3) ? 1 : 0) : 0);
            LocalDate first = founded.getYear() == year ? founded : LocalDate.of(year, 1, 1);
            int days = (int) (LocalDate.of(year, 12, 31).toEpochDay() - first.toEpochDay() + 1);
            for (int i = 0; i < n; i++) {
                penalty(f.creditCode, f.name, first.plusDays(d.below(days)), d.below(AUTHORITIES.length), d.below(3), t);
            }
        }
        if (f.band > largestBand) {
            largestBand = f.band;
            largestName = f.name;
            largestCode = f.creditCode;
            largestFounded = founded;
        }
        if (!t.tags.isEmpty() || t.major + t.minor + t.dishonest + t.penalties > 0) {
            truthRows.put(f.creditCode, t);
        }
    }

    private void champion(String code, String name, int batchYear, String product, Truth t) throws IOException {
        champion.number(++championRows).text(code).text(name).text(batchYear + "年（第" + (batchYear - 2015) + "批）").text(product).endRow();
        t.tag("champion");
    }

    private void listed(String code, String name, LocalDate on, LocalDate delisted, int board, int stock, Truth t) throws IOException {
        int b = on.getYear() >= 2021 ? board : on.getYear() >= 2019 ? Math.min(board, 3) : Math.min(board, 2);
        String[] boards = {"上交所主板", "深交所主板", "深交所创业板", "上交所科创板", "北交所"};
        String[] prefixes = {"60", "00", "30", "68", "83"};
        listed.text(prefixes[b] + String.format("%04d", stock)).text(name).text(code).text(on.toString()).text(boards[b])
                .text(delisted == null ? "" : delisted.toString()).endRow();
        listedRows++;
        t.tag("listed");
    }

    private void chainLeader(String code, String name, String chain, int from, Truth t) throws IOException {
        chainLeaders.text(chain).text(name).text(code).number(from).endRow();
        chainRows++;
        t.tag("chain_leader");
    }

    private void penalty(String code, String name, LocalDate on, int authority, int reason, Truth t) throws IOException {
        String[] a = AUTHORITIES[authority];
        penalties.text(name).text(code).text(a[1] + "〔" + year + "〕" + (++penaltyRows) + "号").text(on.toString()).text(a[0])
                .text(PENALTY_REASONS[authority][reason % PENALTY_REASONS[authority].length]).endRow();
        t.penalties++;
    }

    /** Names the largest firm on a list that would stay empty, then writes the truth of the year. */
    void finish() throws IOException {
        if (largestCode != null) {
            Truth t = truthRows.computeIfAbsent(largestCode, c -> new Truth());
            if (championRows == 0) {
                champion(largestCode, largestName, year, PRODUCTS[0], t);
            }
            if (listedRows == 0) {
                LocalDate on = LocalDate.of(year, 6, 18);
                listed(largestCode, largestName, largestFounded.isAfter(on) ? largestFounded : on, null, 0, 1, t);
            }
            if (chainRows == 0) {
                chainLeader(largestCode, largestName, CHAINS[0], year, t);
            }
            if (penaltyRows == 0) {
                LocalDate on = LocalDate.of(year, 12, 1);
                penalty(largestCode, largestName, largestFounded.isAfter(on) ? largestFounded : on, 0, 0, t);
            }
        }
        for (var e : truthRows.entrySet()) {
            Truth t = e.getValue();
            truth.text(e.getKey()).text(t.tags).number(t.major).number(t.minor).number(t.dishonest).number(t.penalties).endRow();
        }
    }

    /** A first recognition year: 2015–2024, not before the firm's third year. */
    private static int firstRecognition(Firm f, Draws d) {
        return Math.max(f.foundedYear + 2, 2015 + d.below(10));
    }
}

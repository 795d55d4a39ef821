package io.muyield.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The official lists of one year, as departments publish them, and their oracle: 高新技术企业名单 (high_tech_{year}.csv,
 * GBK, a title row), 专精特新 (specialised_{year}.csv, UTF-8 with BOM: 专精特新中小企业 and 专精特新"小巨人"), 生产安全事故
 * (safety_accidents_{year}.csv) and 严重失信主体 (dishonesty_{year}.csv); _truth/standings_{year}.csv gives per enterprise
 * the tags and event counts an import must store. A firm's qualifications are drawn once (independent of the year) and
 * renewed every three years from their first recognition; accidents are drawn per firm and year; a dishonesty entry is
 * drawn once, listed for one to three years or until the end.
 *
 * <p>The shares are UNCONFIRMED (no Chongqing figure in DOMAIN.md or DOMAIN-NOTES.md): they are set so that the default
 * city (52,000 enterprises, about 7,200 规上 manufacturers) has in 2023 about 2,450 高新技术企业, 1,400 专精特新 of
 * which 150 小巨人, 220 accidents (5 重大) and 290 firms on a dishonesty list (measured on the default spec).
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

    private final long seed;
    private final int year;
    private final CsvOut highTech;
    private final CsvOut specialised;
    private final CsvOut accidents;
    private final CsvOut dishonesty;
    private final CsvOut truth;
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
        truth = out.csv(out.truthDir().resolve("standings_" + year + ".csv"), StandardCharsets.UTF_8, ',', false, "\n");
        header(truth, "credit_code", "tags", "major_safety_accident", "safety_accident", "serious_dishonesty");
    }

    static List<String> names(int year) {
        return List.of("high_tech_" + year + ".csv", "specialised_" + year + ".csv", "safety_accidents_" + year + ".csv",
                "dishonesty_" + year + ".csv");
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
        if (!tags.isEmpty() || major + minor + dishonest > 0) {
            truth.text(f.creditCode).text(tags).number(major).number(minor).number(dishonest).endRow();
        }
    }

    /** A first recognition year: 2015–2024, not before the firm's third year. */
    private static int firstRecognition(Firm f, Draws d) {
        return Math.max(f.foundedYear + 2, 2015 + d.below(10));
    }
}

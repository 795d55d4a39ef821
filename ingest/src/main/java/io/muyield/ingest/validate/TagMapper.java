package io.muyield.ingest.validate;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.ingest.record.Origin;
import io.muyield.ingest.record.SourceRecord;
import io.muyield.ingest.record.TagRecord;
import io.muyield.ingest.value.Dates;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of an official list → {@link TagRecord}. The high_tech profile gives every row the tag high_tech; the
 * specialised profile reads the tag from its 认定类型 column (专精特新"小巨人" → little_giant, 专精特新中小企业 →
 * specialised); champion (制造业单项冠军) gives champion, with the product as the row's certificate. The list must hold
 * in the year imported: a qualification recognised after it, or valid only until before it, is refused. Without a 有效期
 * column a qualification is taken to hold three years from the year it was recognised (高新技术企业: 3 years by the
 * recognition rules; 专精特新: 3 years, UNCONFIRMED — DOMAIN-NOTES §5.3; 单项冠军: 3 years, UNCONFIRMED — not in
 * DOMAIN.md). listed (上市企业): tag listed from the 上市日期 on until the 退市日期 if given, the 证券代码 as certificate.
 * chain_leaders (链主企业): tag chain_leader, the 产业链 as certificate; recognised after the year is refused, no
 * expiry (the list of the year stands; UNCONFIRMED — DOMAIN-NOTES §5.4 gives no term).
 */
final class TagMapper implements RecordMapper {

    static final int YEARS_VALID = 3;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");
    private static final Pattern DATE = Pattern.compile("\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?|\\d{8}");

    @Override
    public Optional<SourceRecord> map(RowReader r, Origin origin) {
        return switch (r.profileKey()) {
            case "listed" -> listed(r, origin);
            case "chain_leaders" -> chainLeader(r, origin);
            default -> qualification(r, origin);
        };
    }

    private static Optional<SourceRecord> qualification(RowReader r, Origin origin) {
        Optional<CreditCode> code = r.creditCode("credit_code");
        String name = r.textOrEmpty("name");
        Optional<String> tag = r.has("level") ? r.text("level").flatMap(l -> level(r, l))
                : Optional.of(r.profileKey().equals("champion") ? TagRecord.CHAMPION : TagRecord.HIGH_TECH);
        String certificate = r.text(r.has("product") ? "product" : "certificate").orElse(""); // blank refused where required
        OptionalInt recognised = r.text("recognised").map(s -> year(r, s)).orElse(OptionalInt.empty());
        Optional<LocalDate> validUntil = r.text("valid_until").flatMap(s -> until(r, s));
        recognised.ifPresent(y -> {
            if (y > r.year()) {
                r.error("recognised", "认定年份" + y + "晚于导入年度" + r.year() + "，该资格在本年度尚未取得",
                        "recognised in " + y + ", after the year imported (" + r.year() + "): not held that year");
            }
        });
        if (validUntil.isPresent()) {
            if (validUntil.get().getYear() < r.year()) {
                r.error("valid_until", "有效期至" + validUntil.get() + "，早于导入年度" + r.year() + "，该资格已失效",
                        "valid until " + validUntil.get() + ", before the year imported (" + r.year() + "): expired");
            }
        } else if (recognised.isPresent() && recognised.getAsInt() + YEARS_VALID - 1 < r.year()) {
            r.error("recognised", "认定年份" + recognised.getAsInt() + "，有效期三年，至导入年度" + r.year() + "已失效",
                    "recognised in " + recognised.getAsInt() + " and valid three years: expired by " + r.year());
        }
        if (!r.ok()) {
            return Optional.empty();
        }
        return Optional.of(new TagRecord(code.orElseThrow(), name, tag.orElseThrow(), certificate, recognised, validUntil, origin));
    }

    private static Optional<SourceRecord> listed(RowReader r, Origin origin) {
        Optional<CreditCode> code = r.creditCode("credit_code");
        String name = r.textOrEmpty("name");
        String stock = r.text("stock_code").orElse("");
        String exchange = r.textOrEmpty("exchange");
        Optional<LocalDate> listedOn = r.date("listed_on");
        Optional<LocalDate> delisted = r.date("delisted_on");
        listedOn.ifPresent(d -> {
            if (d.getYear() > r.year()) {
                r.error("listed_on", "上市日期" + d + "晚于导入年度" + r.year() + "，本年度尚未上市",
                        "listed on " + d + ", after the year imported (" + r.year() + "): not listed that year");
            }
        });
        delisted.ifPresent(d -> {
            if (d.getYear() < r.year()) {
                r.error("delisted_on", "退市日期" + d + "早于导入年度" + r.year() + "，本年度已不是上市企业",
                        "delisted on " + d + ", before the year imported (" + r.year() + "): not listed that year");
            } else if (listedOn.isPresent() && d.isBefore(listedOn.get())) {
                r.error("delisted_on", "退市日期早于上市日期", "delisted before it was listed");
            }
        });
        if (!r.ok()) {
            return Optional.empty();
        }
        String certificate = exchange.isEmpty() ? stock : stock + "，" + exchange;
        return Optional.of(new TagRecord(code.orElseThrow(), name, TagRecord.LISTED, certificate,
                OptionalInt.of(listedOn.orElseThrow().getYear()), delisted, origin));
    }

    private static Optional<SourceRecord> chainLeader(RowReader r, Origin origin) {
        Optional<CreditCode> code = r.creditCode("credit_code");
        String name = r.textOrEmpty("name");
        String chain = r.text("chain").orElse("");
        OptionalInt recognised = r.text("recognised").map(s -> year(r, s)).orElse(OptionalInt.empty());
        recognised.ifPresent(y -> {
            if (y > r.year()) {
                r.error("recognised", "认定年份" + y + "晚于导入年度" + r.year() + "，本年度尚不是链主企业",
                        "recognised in " + y + ", after the year imported (" + r.year() + "): not a chain leader that year");
            }
        });
        if (!r.ok()) {
            return Optional.empty();
        }
        return Optional.of(new TagRecord(code.orElseThrow(), name, TagRecord.CHAIN_LEADER, chain, recognised, Optional.empty(), origin));
    }

    private static Optional<String> level(RowReader r, String text) {
        String s = text.replace(" ", "");
        if (s.contains("小巨人")) {
            return Optional.of(TagRecord.LITTLE_GIANT);
        }
        if (s.contains("专精特新")) {
            return Optional.of(TagRecord.SPECIALISED);
        }
        r.error("level", "未知的认定类型“" + text + "”，应为专精特新中小企业或专精特新“小巨人”企业",
                "unknown kind of recognition \"" + text + "\"; expected 专精特新中小企业 or 专精特新“小巨人”企业");
        return Optional.empty();
    }

    /** The year in "2022", "2022年", "2022-12-12", "2022年第一批". */
    private static OptionalInt year(RowReader r, String text) {
        Matcher m = YEAR.matcher(text);
        if (m.find()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        r.error("recognised", "认定年份“" + text + "”无法识别", "cannot read the year of recognition \"" + text + "\"");
        return OptionalInt.empty();
    }

    /** The end of validity: a date, or the last date of a range ("2022-12-12至2025-12-11"). */
    private static Optional<LocalDate> until(RowReader r, String text) {
        Matcher m = DATE.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        Optional<LocalDate> d = last == null ? Optional.empty() : Dates.parse(last.replace(" ", ""));
        if (d.isEmpty()) {
            r.error("valid_until", "有效期“" + text + "”无法识别，应为日期（如2025-12-11）或日期范围",
                    "cannot read the validity \"" + text + "\"; expected a date (2025-12-11) or a range of dates");
        }
        return d;
    }
}

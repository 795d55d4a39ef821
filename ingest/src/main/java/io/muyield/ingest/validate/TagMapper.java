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
 * specialised). The list must hold in the year imported: a qualification recognised after it, or valid only until
 * before it, is refused. Without a 有效期 column a qualification is taken to hold three years from the year it was
 * recognised (高新技术企业: 3 years by the recognition rules; 专精特新: 3 years, UNCONFIRMED — DOMAIN-NOTES §5.3).
 */
final class TagMapper implements RecordMapper {

    static final int YEARS_VALID = 3;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");
    private static final Pattern DATE = Pattern.compile("\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?|\\d{8}");

    @Override
    public Optional<SourceRecord> map(RowReader r, Origin origin) {
        Optional<CreditCode> code = r.creditCode("credit_code");
        String name = r.textOrEmpty("name");
        Optional<String> tag = r.has("level") ? r.text("level").flatMap(l -> level(r, l)) : Optional.of(TagRecord.HIGH_TECH);
        String certificate = r.textOrEmpty("certificate");
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

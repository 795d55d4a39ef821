package io.muyield.ingest.validate;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.ingest.record.EventRecord;
import io.muyield.ingest.record.Origin;
import io.muyield.ingest.record.SourceRecord;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Rows of an event list → {@link EventRecord}, by profile. safety_accidents (应急管理局): the accident's date must fall
 * in the year imported; its 事故等级 decides the kind — 特别重大 and 重大 are major_safety_accident (the event the
 * schemes' safety veto names), 较大 and 一般 are safety_accident (stored and shown; no scheme in the presets has a rule
 * for them). dishonesty (严重失信主体名单 / 失信被执行人): serious_dishonesty when the entry was listed by the end of the
 * year imported and not removed before it began. admin_penalties (行政处罚, 信用中国 / 市场监管): one admin_penalty per
 * decision, in the year of its 处罚日期 (another year's row is refused); a 文号 given twice is refused by the profile's
 * unique key, so a decision is never counted twice.
 */
final class EventMapper implements RecordMapper {

    @Override
    public Optional<SourceRecord> map(RowReader r, Origin origin) {
        return switch (r.profileKey()) {
            case "dishonesty" -> dishonesty(r, origin);
            case "admin_penalties" -> penalty(r, origin);
            default -> accident(r, origin);
        };
    }

    private static Optional<SourceRecord> penalty(RowReader r, Origin origin) {
        Optional<CreditCode> code = r.creditCode("credit_code");
        String name = r.textOrEmpty("name");
        String number = r.text("decision_no").orElse("");
        Optional<LocalDate> date = r.date("date");
        String authority = r.textOrEmpty("authority");
        String reason = r.textOrEmpty("reason");
        date.ifPresent(d -> {
            if (d.getYear() != r.year()) {
                r.error("date", "处罚日期" + d + "不在导入年度" + r.year() + "内，应计入其所在年度",
                        "the penalty of " + d + " is not in the year imported (" + r.year() + "); it counts in its own year");
            }
        });
        if (!r.ok()) {
            return Optional.empty();
        }
        String detail = String.join("，", java.util.stream.Stream.of(number, authority, reason).filter(s -> !s.isEmpty()).toList());
        return Optional.of(new EventRecord(code.orElseThrow(), name, EventRecord.ADMIN_PENALTY, date.orElseThrow(), detail, origin));
    }

    private static Optional<SourceRecord> accident(RowReader r, Origin origin) {
        Optional<CreditCode> code = r.creditCode("credit_code");
        String name = r.textOrEmpty("name");
        Optional<LocalDate> date = r.date("date");
        Optional<String> severity = r.text("severity");
        Optional<Integer> deaths = r.count("deaths");
        String kindText = r.textOrEmpty("accident_kind");
        date.ifPresent(d -> {
            if (d.getYear() != r.year()) {
                r.error("date", "事故发生日期" + d + "不在导入年度" + r.year() + "内", "the accident of " + d + " is not in the year imported (" + r.year() + ")");
            }
        });
        Optional<String> kind = severity.flatMap(s -> {
            String k = s.replace(" ", "").replace("事故", "").replace("级", "");
            return switch (k) {
                case "特别重大", "重大" -> Optional.of(EventRecord.MAJOR_SAFETY_ACCIDENT);
                case "较大", "一般" -> Optional.of(EventRecord.SAFETY_ACCIDENT);
                default -> {
                    r.error("severity", "未知的事故等级“" + s + "”，应为特别重大、重大、较大或一般",
                            "unknown accident severity \"" + s + "\"; expected 特别重大, 重大, 较大 or 一般");
                    yield Optional.empty();
                }
            };
        });
        if (!r.ok()) {
            return Optional.empty();
        }
        String detail = severity.orElseThrow() + (kindText.isEmpty() ? "" : "，" + kindText)
                + deaths.map(n -> "，死亡" + n + "人").orElse("");
        return Optional.of(new EventRecord(code.orElseThrow(), name, kind.orElseThrow(), date.orElseThrow(), detail, origin));
    }

    private static Optional<SourceRecord> dishonesty(RowReader r, Origin origin) {
        Optional<CreditCode> code = r.creditCode("credit_code");
        String name = r.textOrEmpty("name");
        Optional<LocalDate> listed = r.date("listed");
        Optional<LocalDate> removed = r.date("removed");
        String reason = r.textOrEmpty("reason");
        String list = r.textOrEmpty("list");
        listed.ifPresent(d -> {
            if (d.getYear() > r.year()) {
                r.error("listed", "列入日期" + d + "晚于导入年度" + r.year(), "listed on " + d + ", after the year imported (" + r.year() + ")");
            }
        });
        removed.ifPresent(d -> {
            if (d.getYear() < r.year()) {
                r.error("removed", "移出日期" + d + "早于导入年度" + r.year() + "，本年度不在名单中",
                        "removed on " + d + ", before the year imported (" + r.year() + "): not on the list that year");
            } else if (listed.isPresent() && d.isBefore(listed.get())) {
                r.error("removed", "移出日期早于列入日期", "removed before it was listed");
            }
        });
        if (!r.ok()) {
            return Optional.empty();
        }
        String detail = String.join("，", java.util.stream.Stream.of(list, reason).filter(s -> !s.isEmpty()).toList());
        return Optional.of(new EventRecord(code.orElseThrow(), name, EventRecord.SERIOUS_DISHONESTY, listed.orElseThrow(), detail, origin));
    }
}

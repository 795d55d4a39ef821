package io.muyield.ingest.record;

import io.muyield.core.enterprise.CreditCode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a list of events about enterprises in the year imported: a work-safety accident of the emergency
 * management bureau (kind major_safety_accident for 重大 and 特别重大, safety_accident for 较大 and 一般), or an entry
 * of a serious-dishonesty list (serious_dishonesty: 严重失信主体名单, 失信被执行人), or an administrative penalty decision (admin_penalty). {@code detail} is what the row says
 * beyond the date (severity, deaths, reason, list), for the enterprise page.
 */
public record EventRecord(CreditCode enterprise, String name, String kind, LocalDate date, String detail, Origin origin)
        implements SourceRecord {

    public static final String MAJOR_SAFETY_ACCIDENT = "major_safety_accident";
    public static final String SAFETY_ACCIDENT = "safety_accident";
    public static final String SERIOUS_DISHONESTY = "serious_dishonesty";
    /** 行政处罚: one per penalty decision (信用中国 / 市场监管), counted per occurrence by the schemes. */
    public static final String ADMIN_PENALTY = "admin_penalty";

    public EventRecord {
        Objects.requireNonNull(enterprise);
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(date);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(origin);
    }
}

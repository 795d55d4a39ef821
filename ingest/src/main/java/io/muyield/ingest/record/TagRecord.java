package io.muyield.ingest.record;

import io.muyield.core.enterprise.CreditCode;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of an official list of qualified enterprises: the enterprise holds {@code tag} in the year imported
 * (high_tech from the 高新技术企业 list of the science bureau; specialised or little_giant from the 专精特新 lists of the
 * economy and information bureau; champion, listed, chain_leader from the 单项冠军, 上市企业 and 链主企业
 * lists). The tag keys are the evaluation schemes' (chongqing-2023.yaml adjustments).
 */
public record TagRecord(CreditCode enterprise, String name, String tag, String certificate, OptionalInt recognisedYear,
                        Optional<LocalDate> validUntil, Origin origin) implements SourceRecord {

    public static final String HIGH_TECH = "high_tech";
    public static final String SPECIALISED = "specialised";
    public static final String LITTLE_GIANT = "little_giant";
    /** 制造业单项冠军 (list of the economy and information bureau / MIIT). */
    public static final String CHAMPION = "champion";
    /** 上市企业, from the listing date until delisting. */
    public static final String LISTED = "listed";
    /** 链主企业 of a key industrial chain. */
    public static final String CHAIN_LEADER = "chain_leader";

    public TagRecord {
        Objects.requireNonNull(enterprise);
        Objects.requireNonNull(name);
        Objects.requireNonNull(tag);
        Objects.requireNonNull(certificate);
        Objects.requireNonNull(recognisedYear);
        Objects.requireNonNull(validUntil);
        Objects.requireNonNull(origin);
    }
}

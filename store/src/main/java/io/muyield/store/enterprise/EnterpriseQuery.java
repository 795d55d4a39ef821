package io.muyield.store.enterprise;

import io.muyield.core.industry.IndustryCode;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The optional filters of the enterprise list; an absent filter does not restrict. Build with {@link #all()} and the
 * {@code with…} methods. {@code district} matches the administrative district or the functional zone, so 两江新区
 * (CQ-LJXQ) lists the zone's enterprises and 渝北区 (500112) the district's, both including an enterprise that has both.
 * {@code year} and {@code aboveScale} ask for a record of facts in that year (any year when the year is absent).
 */
public record EnterpriseQuery(Optional<String> district, Optional<String> park, Optional<IndustryCode> industryPrefix,
                              Optional<Boolean> aboveScale, Optional<Integer> year, Optional<String> text) {

    public EnterpriseQuery {
        Objects.requireNonNull(district);
        Objects.requireNonNull(park);
        Objects.requireNonNull(industryPrefix);
        Objects.requireNonNull(aboveScale);
        Objects.requireNonNull(year);
        Objects.requireNonNull(text);
        district = district.map(String::strip).filter(s -> !s.isEmpty());
        park = park.map(String::strip).filter(s -> !s.isEmpty());
        text = text.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** No filter: every enterprise. */
    public static EnterpriseQuery all() {
        return new EnterpriseQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public EnterpriseQuery withDistrict(String districtOrZoneCode) {
        return new EnterpriseQuery(Optional.ofNullable(districtOrZoneCode), park, industryPrefix, aboveScale, year, text);
    }

    public EnterpriseQuery withPark(String parkCode) {
        return new EnterpriseQuery(district, Optional.ofNullable(parkCode), industryPrefix, aboveScale, year, text);
    }

    /** A 门类 letter (C = manufacturing) or a code prefix (大类, 中类 or 小类 digits), parsed so only a valid code reaches the query. */
    public EnterpriseQuery withIndustryPrefix(String prefix) {
        return new EnterpriseQuery(district, park, Optional.ofNullable(prefix).filter(s -> !s.isBlank()).map(IndustryCode::parse),
                aboveScale, year, text);
    }

    public EnterpriseQuery withAboveScale(boolean flag) {
        return new EnterpriseQuery(district, park, industryPrefix, Optional.of(flag), year, text);
    }

    public EnterpriseQuery withYear(int y) {
        return new EnterpriseQuery(district, park, industryPrefix, aboveScale, Optional.of(y), text);
    }

    /** Text search: part of the name, or the beginning of the credit code (letters upper-cased). */
    public EnterpriseQuery withText(String search) {
        return new EnterpriseQuery(district, park, industryPrefix, aboveScale, year, Optional.ofNullable(search));
    }

    /** The filters as one condition over {@code enterprise e}. */
    public Condition toCondition() {
        Condition c = Condition.all();
        if (district.isPresent()) {
            c = c.and(Condition.eq(Column.DISTRICT_CODE, district.get()).or(Condition.eq(Column.ZONE_CODE, district.get())));
        }
        if (park.isPresent()) {
            c = c.and(Condition.eq(Column.PARK_CODE, park.get()));
        }
        if (industryPrefix.isPresent()) {
            IndustryCode code = industryPrefix.get();
            c = c.and(code.isSection() ? Condition.industrySection(code.value().charAt(0))
                    : Condition.startsWith(Column.INDUSTRY_CODE, code.value()));
        }
        if (text.isPresent()) {
            c = c.and(Condition.contains(Column.NAME, text.get())
                    .or(Condition.startsWith(Column.CREDIT_CODE, text.get().toUpperCase(Locale.ROOT))));
        }
        if (year.isPresent() || aboveScale.isPresent()) {
            Condition onYear = Condition.all();
            if (year.isPresent()) {
                onYear = onYear.and(Condition.eq(Column.YEAR, year.get()));
            }
            if (aboveScale.isPresent()) {
                onYear = onYear.and(Condition.eq(Column.ABOVE_SCALE, aboveScale.get()));
            }
            c = c.and(Condition.hasYearRecord(onYear));
        }
        return c;
    }
}

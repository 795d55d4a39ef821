package io.muyield.core.evaluation.input;

import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.YearlyFacts;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns an enterprise evaluation offers to formulas and conditions: every fact by its column name
 * ({@link FactField#column()}, canonical units: 万元, 亩, tce, kWh, t, persons) plus
 * <ul>
 *   <li>{@code land} — own + leased land in 亩 (missing only when both are);</li>
 *   <li>{@code age_years} — completed years from founding to 31 December of the data year;</li>
 *   <li>{@code industry_division} — the GB/T 4754 大类 as a number (44 for 4411);</li>
 *   <li>{@code above_scale} — 1 for 规上, 0 otherwise;</li>
 *   <li>{@code has_landlord} — 1 when a landlord is recorded; {@code tenant} — 1 when there is no own land but leased land or a landlord.</li>
 * </ul>
 */
public final class EnterpriseColumns {

    public static final List<String> DERIVED = List.of("land", "age_years", "industry_division", "above_scale", "has_landlord", "tenant");
    public static final Set<String> NAMES;

    static {
        Set<String> names = new LinkedHashSet<>();
        for (FactField f : FactField.values()) {
            names.add(f.column());
        }
        names.addAll(DERIVED);
        NAMES = Collections.unmodifiableSet(names);
    }

    private EnterpriseColumns() {
    }

    /** The row of one enterprise in one year. */
    public static UnitRecord unit(Enterprise e, YearlyFacts facts, EnterpriseStanding standing) {
        Map<String, Double> values = new HashMap<>();
        for (FactField f : FactField.values()) {
            facts.get(f).ifPresent(v -> values.put(f.column(), v.doubleValue()));
        }
        facts.landUsedMu().ifPresent(v -> values.put("land", v.doubleValue()));
        LocalDate yearEnd = LocalDate.of(facts.year(), 12, 31);
        if (!e.founded().isAfter(yearEnd)) {
            values.put("age_years", (double) Period.between(e.founded(), yearEnd).getYears());
        }
        e.industry().division().ifPresent(d -> values.put("industry_division", Double.parseDouble(d.value())));
        values.put("above_scale", facts.aboveScale() ? 1.0 : 0.0);
        values.put("has_landlord", standing.landlord().isPresent() ? 1.0 : 0.0);
        double own = facts.get(FactField.LAND_OWNED).map(v -> v.doubleValue()).orElse(0.0);
        double leased = facts.get(FactField.LAND_LEASED).map(v -> v.doubleValue()).orElse(0.0);
        values.put("tenant", own <= 0 && (leased > 0 || standing.landlord().isPresent()) ? 1.0 : 0.0);
        return new UnitRecord(e.creditCode().value(), e.name(), e.districtCode(), e.industry().value(), values,
                standing.tags(), standing.events(), standing.landlord().map(c -> c.value()));
    }

    /**
     * The input of a run over one data year: every enterprise with facts for that year, joined to its registration
     * by credit code, with its standing ({@link EnterpriseStanding#NONE} when none is given).
     *
     * @throws IllegalArgumentException when facts name an enterprise that is not in {@code enterprises}
     */
    public static EvaluationInput input(int year, Iterable<Enterprise> enterprises, Iterable<YearlyFacts> facts,
                                        Map<io.muyield.core.enterprise.CreditCode, EnterpriseStanding> standings) {
        Map<io.muyield.core.enterprise.CreditCode, Enterprise> byCode = new HashMap<>();
        enterprises.forEach(e -> byCode.put(e.creditCode(), e));
        List<UnitRecord> rows = new ArrayList<>();
        for (YearlyFacts f : facts) {
            if (f.year() != year) {
                continue;
            }
            Enterprise e = byCode.get(f.enterprise());
            if (e == null) {
                throw new IllegalArgumentException("facts for " + f.enterprise() + " but no such enterprise (企业未登记)");
            }
            rows.add(unit(e, f, standings.getOrDefault(f.enterprise(), EnterpriseStanding.NONE)));
        }
        return EvaluationInput.of(year, rows);
    }
}

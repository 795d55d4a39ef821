package io.muyield.ingest.fusion;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.Quantity;
import io.muyield.core.fact.Source;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.region.Park;
import io.muyield.ingest.record.FactRecord;
import io.muyield.ingest.record.LeaseRecord;
import io.muyield.ingest.record.ParcelRecord;
import io.muyield.ingest.record.ParkRecord;
import io.muyield.ingest.record.PowerAccountRecord;
import io.muyield.ingest.record.RegistrationRecord;
import io.muyield.ingest.record.SourceRecord;
import io.muyield.ingest.validate.Message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fuses the accepted records of one year, from all sources, into one {@link YearlyFacts} per enterprise: every figure
 * in its canonical unit and remembering its batch, land summed over parcels (leases to the tenant, off the landlord),
 * electricity summed over accounts, one figure per field chosen by {@link SourcePriority}, and a {@link QualityReport}.
 * The 规上 flag is the statistics bureau's where it says so, else revenue ≥ 2,000 万元 (DOMAIN.md §3).
 */
public final class FactFusion {

    /** 规上: annual revenue of at least 20 million yuan = 2,000 万元. */
    public static final BigDecimal ABOVE_SCALE_REVENUE = new BigDecimal("2000");

    private final SourcePriority priority;

    public FactFusion() {
        this(SourcePriority.standard());
    }

    public FactFusion(SourcePriority priority) {
        this.priority = Objects.requireNonNull(priority);
    }

    public FusionResult fuse(int year, Iterable<? extends SourceRecord> records) {
        Map<CreditCode, RegistrationRecord> registered = new TreeMap<>();
        Map<CreditCode, Map<FactField, List<Candidate>>> candidates = new TreeMap<>();
        Map<CreditCode, Boolean> scaleFlags = new HashMap<>();
        Map<Source, TreeSet<CreditCode>> reported = new EnumMap<>(Source.class);
        Map<CreditCode, FactRecord> statisticsRows = new HashMap<>();
        Map<CreditCode, BigDecimal[]> power = new HashMap<>();
        Map<String, PowerAccountRecord> accounts = new LinkedHashMap<>();
        Map<String, Park> parks = new LinkedHashMap<>();
        LandLedger land = new LandLedger();
        for (SourceRecord r : records) {
            if (r instanceof RegistrationRecord reg) {
                registered.merge(reg.enterprise().creditCode(), reg, (a, b) -> b.origin().batchId() >= a.origin().batchId() ? b : a);
            } else if (r instanceof FactRecord f) {
                reported.computeIfAbsent(f.source(), s -> new TreeSet<>()).add(f.enterprise());
                for (Map.Entry<FactField, Quantity> e : f.facts().entrySet()) {
                    add(candidates, f.enterprise(), e.getKey(), new Candidate(f.source(), e.getValue().toCanonical(), f.origin().batchId()));
                }
                f.aboveScale().ifPresent(s -> scaleFlags.put(f.enterprise(), s));
                if (f.source() == Source.STATISTICS) {
                    statisticsRows.put(f.enterprise(), f);
                }
            } else if (r instanceof PowerAccountRecord p) {
                accounts.merge(p.account(), p, (a, b) -> b.origin().batchId() >= a.origin().batchId() ? b : a);
            } else if (r instanceof ParcelRecord p) {
                land.add(p);
            } else if (r instanceof LeaseRecord l) {
                land.add(l);
            } else if (r instanceof ParkRecord p) {
                parks.put(p.park().code(), p.park());
            }
        }
        for (PowerAccountRecord p : accounts.values()) {
            reported.computeIfAbsent(Source.POWER, s -> new TreeSet<>()).add(p.enterprise());
            power.merge(p.enterprise(), new BigDecimal[]{p.kwh(), BigDecimal.valueOf(p.origin().batchId())},
                    (a, b) -> new BigDecimal[]{a[0].add(b[0]), a[1].max(b[1])});
        }
        power.forEach((code, v) -> add(candidates, code, FactField.ELECTRICITY, new Candidate(Source.POWER, v[0], v[1].longValueExact())));
        land.settle();
        reported.computeIfAbsent(Source.LAND, s -> new TreeSet<>()).addAll(land.covered);
        land.owned.forEach((code, l) -> add(candidates, code, FactField.LAND_OWNED, new Candidate(Source.LAND, l.mu(), l.batchId())));
        land.leased.forEach((code, l) -> add(candidates, code, FactField.LAND_LEASED, new Candidate(Source.LAND, l.mu(), l.batchId())));

        List<Conflict> conflicts = new ArrayList<>();
        List<Suspicion> suspicions = new ArrayList<>(land.suspicions);
        for (CreditCode code : registered.keySet()) {
            candidates.computeIfAbsent(code, c -> new EnumMap<>(FactField.class));
        }
        List<YearlyFacts> facts = new ArrayList<>(candidates.size());
        for (Map.Entry<CreditCode, Map<FactField, List<Candidate>>> e : candidates.entrySet()) {
            CreditCode code = e.getKey();
            Map<FactField, FactValue> values = new EnumMap<>(FactField.class);
            e.getValue().forEach((field, list) -> values.put(field, choose(code, field, list, conflicts)));
            boolean aboveScale = scaleFlags.getOrDefault(code, Optional.ofNullable(values.get(FactField.REVENUE))
                    .map(v -> v.value().compareTo(ABOVE_SCALE_REVENUE) >= 0).orElse(false));
            facts.add(new YearlyFacts(code, year, aboveScale, values));
            if (!registered.containsKey(code)) {
                suspicions.add(new Suspicion(code, Optional.empty(), Suspicion.Kind.NOT_REGISTERED,
                        Message.of("本年度市场主体登记中没有该企业", "registration lists no such enterprise this year")));
            }
            Optional.ofNullable(statisticsRows.get(code)).flatMap(FactRecord::industry).ifPresent(ind -> {
                RegistrationRecord reg = registered.get(code);
                if (reg != null && !reg.enterprise().industry().equals(ind)) {
                    suspicions.add(new Suspicion(code, Optional.empty(), Suspicion.Kind.INDUSTRY_MISMATCH,
                            Message.of("统计局行业代码" + ind + "与登记的" + reg.enterprise().industry() + "不同",
                                    "statistics gives industry " + ind + ", registration " + reg.enterprise().industry())));
                }
            });
        }
        suspicions.addAll(MagnitudeChecks.check(facts));
        List<Enterprise> enterprises = registered.values().stream().map(RegistrationRecord::enterprise).toList();
        QualityReport report = new QualityReport(year, coverage(enterprises, reported), matchRates(registered, reported), conflicts, suspicions);
        return new FusionResult(year, enterprises, facts, land.fusedLeases, List.copyOf(parks.values()), report);
    }

    /** Trailing zeros dropped but never an exponent: 120, not 1.2E+2. */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static void add(Map<CreditCode, Map<FactField, List<Candidate>>> m, CreditCode code, FactField f, Candidate c) {
        m.computeIfAbsent(code, k -> new EnumMap<>(FactField.class)).computeIfAbsent(f, k -> new ArrayList<>(2)).add(c);
    }

    /** Best source by priority, the latest batch within a source; every other figure that differs is a conflict. */
    private FactValue choose(CreditCode code, FactField field, List<Candidate> list, List<Conflict> conflicts) {
        Candidate best = list.get(0);
        for (Candidate c : list) {
            int rc = priority.rank(field, c.source());
            int rb = priority.rank(field, best.source());
            if (rc < rb || (rc == rb && c.batchId() > best.batchId())) {
                best = c;
            }
        }
        for (Candidate c : list) {
            if (c != best && priority.differ(best.value(), c.value())) {
                conflicts.add(new Conflict(code, field, best.source(), best.value(), best.batchId(), c.source(), c.value(),
                        c.batchId(), MagnitudeChecks.nearTenThousand(best.value(), c.value())));
            }
        }
        return new FactValue(plain(best.value()), best.batchId());
    }

    private static List<Coverage> coverage(List<Enterprise> enterprises, Map<Source, TreeSet<CreditCode>> reported) {
        List<Coverage> out = new ArrayList<>();
        Map<String, List<Enterprise>> byDistrict = new TreeMap<>();
        for (Enterprise e : enterprises) {
            byDistrict.computeIfAbsent(e.districtCode(), d -> new ArrayList<>()).add(e);
        }
        for (Source s : List.of(Source.TAX, Source.STATISTICS, Source.LAND, Source.POWER, Source.ENVIRONMENT)) {
            TreeSet<CreditCode> seen = reported.getOrDefault(s, new TreeSet<>());
            out.add(new Coverage(s, "*", enterprises.size(), (int) enterprises.stream().filter(e -> seen.contains(e.creditCode())).count()));
            byDistrict.forEach((d, list) -> out.add(new Coverage(s, d, list.size(),
                    (int) list.stream().filter(e -> seen.contains(e.creditCode())).count())));
        }
        return out;
    }

    private static List<MatchRate> matchRates(Map<CreditCode, RegistrationRecord> registered, Map<Source, TreeSet<CreditCode>> reported) {
        List<MatchRate> out = new ArrayList<>();
        reported.forEach((s, codes) -> {
            List<CreditCode> unmatched = codes.stream().filter(c -> !registered.containsKey(c)).toList();
            out.add(new MatchRate(s, codes.size(), codes.size() - unmatched.size(), unmatched.subList(0, Math.min(1000, unmatched.size()))));
        });
        return out;
    }
}

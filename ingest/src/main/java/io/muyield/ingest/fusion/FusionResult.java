package io.muyield.ingest.fusion;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.region.Park;

import java.util.List;
import java.util.Optional;

/** One year fused: the registered enterprises, one fact record per enterprise, the leases, the parks, the report. */
public record FusionResult(int year, List<Enterprise> enterprises, List<YearlyFacts> facts, List<Lease> leases,
                           List<Park> parks, QualityReport quality) {
    public FusionResult {
        enterprises = List.copyOf(enterprises);
        facts = List.copyOf(facts);
        leases = List.copyOf(leases);
        parks = List.copyOf(parks);
    }

    public Optional<YearlyFacts> factsOf(CreditCode code) {
        return facts.stream().filter(f -> f.enterprise().equals(code)).findFirst();
    }
}

package io.muyield.ingest.fusion;

import java.util.List;

/**
 * What a clerk checks after fusion: completeness per source and district, cross-source match rates, conflicts
 * between sources (and between batches of one source), and implausible figures such as 元/万元 mix-ups.
 */
public record QualityReport(int year, List<Coverage> coverage, List<MatchRate> matchRates, List<Conflict> conflicts,
                            List<Suspicion> suspicions) {
    public QualityReport {
        coverage = List.copyOf(coverage);
        matchRates = List.copyOf(matchRates);
        conflicts = List.copyOf(conflicts);
        suspicions = List.copyOf(suspicions);
    }
}

package io.muyield.synth;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.YearlyFacts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One generated enterprise with its facts for every year it was active, exactly as a correct import of the
 * generated files would fuse them (the files' truth). Facts carry batch id 0.
 *
 * @param index       position in the city (0 … N−1); the same index always gives the same enterprise
 * @param enterprise  the registered enterprise; its status is as of the last year
 * @param address     registered address (住所)
 * @param landlord    for an enterprise on leased land only, the owner it leases from
 * @param keyPolluter whether it is a 重点排污单位 (reported by the environment bureau)
 * @param exitYear    the year it was deregistered or revoked, if it was
 * @param facts       one record per active year, in year order
 */
public record SyntheticEnterprise(long index, Enterprise enterprise, String address, Optional<CreditCode> landlord,
                                  boolean keyPolluter, OptionalInt exitYear, List<YearlyFacts> facts) {

    public SyntheticEnterprise {
        Objects.requireNonNull(enterprise);
        Objects.requireNonNull(address);
        Objects.requireNonNull(landlord);
        Objects.requireNonNull(exitYear);
        facts = List.copyOf(facts);
    }

    public CreditCode creditCode() {
        return enterprise.creditCode();
    }

    public Optional<YearlyFacts> factsIn(int year) {
        return facts.stream().filter(f -> f.year() == year).findFirst();
    }
}

package io.muyield.store.evaluation;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.evaluation.input.EnterpriseStanding;

import java.util.Map;

/**
 * Where an evaluation reads what it needs beyond registration and facts: tags (高新技术企业, 专精特新 …), events of the
 * year (major safety accidents, environmental violations, serious dishonesty, administrative penalties) and the landlord
 * of a tenant. {@link StoredStandings} reads what the store holds (landlords from land_lease); {@link #NOT_STORED} gives
 * every enterprise {@link EnterpriseStanding#NONE} (for inputs that carry no standings at all). Each run records the
 * source's {@link #note()}.
 */
public interface StandingSource {

    /** The standing of each enterprise in the data year; enterprises not in the map have none. */
    Map<CreditCode, EnterpriseStanding> standings(int year);

    /** What the run's note says about the standings' source. */
    String note();

    /** What the run's note says about the standings of the data year: by default {@link #note()}. */
    default String note(int year) {
        return note();
    }

    StandingSource NOT_STORED = new StandingSource() {
        @Override
        public Map<CreditCode, EnterpriseStanding> standings(int year) {
            return Map.of();
        }

        @Override
        public String note() {
            return "no standings: no tags, events or landlords, so no bonus, deduction, veto or landlord inheritance applied";
        }
    };
}

package io.muyield.store.evaluation;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.evaluation.input.EnterpriseStanding;

import java.util.Map;

/**
 * Where an evaluation reads what it needs beyond registration and facts: tags (高新技术企业, 专精特新 …), events of the
 * year (major safety accidents, environmental violations, serious dishonesty, administrative penalties) and the landlord
 * of a tenant. NONE OF THESE HAS A STORED SOURCE YET: there is no tag, event or lease table (a lease table for
 * landlords is being added by the imports work). Until then {@link #NOT_STORED} gives every enterprise
 * {@link EnterpriseStanding#NONE}, so no bonus, deduction or veto applies and no tenant inherits a class; each run
 * records this in its note. Replace it here, in one place, when the tables exist.
 */
public interface StandingSource {

    /** The standing of each enterprise in the data year; enterprises not in the map have none. */
    Map<CreditCode, EnterpriseStanding> standings(int year);

    /** What the run's note says about the standings' source. */
    String note();

    StandingSource NOT_STORED = new StandingSource() {
        @Override
        public Map<CreditCode, EnterpriseStanding> standings(int year) {
            return Map.of();
        }

        @Override
        public String note() {
            return "tags, events and landlords have no stored source yet: no bonus, deduction, veto or landlord inheritance applied";
        }
    };
}

package io.muyield.store.evaluation;

import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.evaluation.input.EnterpriseColumns;
import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.store.Database;
import io.muyield.store.enterprise.EnterpriseYears;

import java.util.ArrayList;
import java.util.List;

/** The input of an evaluation over one data year, from the store: every enterprise with fused facts that year, its land, and its standing. */
public final class StoredInputs {

    private final EnterpriseYears years;
    private final StandingSource standings;

    public StoredInputs(Database database, StandingSource standings) {
        this.years = new EnterpriseYears(database);
        this.standings = standings;
    }

    public StandingSource standingSource() {
        return standings;
    }

    /**
     * @throws IllegalArgumentException when no enterprise has facts for the year
     */
    public EvaluationInput of(int year) {
        List<Enterprise> enterprises = new ArrayList<>();
        List<YearlyFacts> facts = new ArrayList<>();
        years.forEach(year, (e, f) -> {
            enterprises.add(e);
            facts.add(f);
        });
        if (facts.isEmpty()) {
            throw new IllegalArgumentException("no enterprise has facts for " + year + " in the database (该年度无企业数据)");
        }
        return EnterpriseColumns.input(year, enterprises, facts, standings.standings(year));
    }
}

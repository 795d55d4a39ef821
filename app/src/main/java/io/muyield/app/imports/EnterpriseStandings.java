package io.muyield.app.imports;

import io.muyield.app.shared.DataScopes;
import io.muyield.core.enterprise.CreditCode;
import io.muyield.store.Database;
import io.muyield.store.batch.StandingRepository;
import io.muyield.store.batch.StoredStanding;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * An enterprise's tags (高新技术企业, 专精特新, 单项冠军, 上市, 链主 …) and events (environmental violations, work-safety
 * accidents, serious dishonesty, administrative penalties) of ACTIVE batches, each with the batch and file it came from,
 * within the user's data scope: shown on the enterprise page and in the portal (template fragment
 * imports/standings :: panel) and given by GET /api/v1/enterprises/{creditCode}.
 */
@Component
public class EnterpriseStandings {

    private final StandingRepository standings;
    private final DataScopes scopes;

    EnterpriseStandings(Database database, DataScopes scopes) {
        this.standings = new StandingRepository(database);
        this.scopes = scopes;
    }

    /** Newest year first; empty for an enterprise outside the scope or a malformed code. */
    public List<StoredStanding> of(String creditCode) {
        String code = creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (CreditCode.problemWith(code).isPresent()) {
            return List.of();
        }
        return standings.of(CreditCode.parse(code), scopes.enterprises());
    }
}

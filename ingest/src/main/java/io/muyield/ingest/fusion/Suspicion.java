package io.muyield.ingest.fusion;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.FactField;
import io.muyield.ingest.validate.Message;

import java.util.Optional;

/** A fused figure that is possible but implausible against the others, listed for a clerk to check. */
public record Suspicion(CreditCode enterprise, Optional<FactField> field, Kind kind, Message message) {

    public enum Kind {
        /** A money figure about 10⁴ too large against the enterprise's other figures or its peers (元 as 万元). */
        UNIT_MIXUP,
        /** Taxes paid exceed revenue. */
        TAX_ABOVE_REVENUE,
        /** A landlord leases out more land than it owns, or owns none on the register. */
        OVER_LEASED,
        /** Statistics and registration disagree on the main industry. */
        INDUSTRY_MISMATCH,
        /** Facts for an enterprise that registration does not list. */
        NOT_REGISTERED
    }
}

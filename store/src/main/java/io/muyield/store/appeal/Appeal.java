package io.muyield.store.appeal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One appeal (异议) of one enterprise, with the enterprise's name and district for the reviewers: against one fact
 * (field + year, with the claimed value), or against its evaluation result in one run (field {@value #RESULT}, the run
 * in {@code runId}, no claimed value: {@code claimedValue} is null).
 */
public record Appeal(long id, String creditCode, String enterpriseName, String districtCode, int year, String field,
                     Optional<BigDecimal> currentValue, BigDecimal claimedValue, String reason, AppealStatus status,
                     String filedBy, LocalDateTime filedAt, Optional<Long> correctionBatch, Optional<Long> runId) {

    /** The field of an appeal against an evaluation result. */
    public static final String RESULT = "result";

    /** Whether it contests the evaluation result of run {@link #runId()} rather than a fact. */
    public boolean againstResult() {
        return RESULT.equals(field);
    }
}

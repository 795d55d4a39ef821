package io.muyield.store.appeal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

/** One appeal (异议) against one fact of one enterprise, with the enterprise's name and district for the reviewers. */
public record Appeal(long id, String creditCode, String enterpriseName, String districtCode, int year, String field,
                     Optional<BigDecimal> currentValue, BigDecimal claimedValue, String reason, AppealStatus status,
                     String filedBy, LocalDateTime filedAt, Optional<Long> correctionBatch) {
}

package io.muyield.store.appeal;

import java.time.LocalDateTime;
import java.util.Optional;

/** One step in an appeal's history: FILED, FORWARDED, REJECTED or ACCEPTED, by whom, when, and why. */
public record AppealStep(int position, AppealStatus action, String actor, LocalDateTime at, Optional<String> note) {
}

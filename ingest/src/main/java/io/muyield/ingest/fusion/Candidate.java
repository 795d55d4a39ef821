package io.muyield.ingest.fusion;

import io.muyield.core.fact.Source;

import java.math.BigDecimal;

/** One source's canonical figure for a field, before priority picks one. */
record Candidate(Source source, BigDecimal value, long batchId) {
}

package io.muyield.core.evaluation.scheme;

/** QUOTA: by rank shares (top 20 % A …). THRESHOLDS: by minimum scores. */
public enum ClassMethod {
    QUOTA, THRESHOLDS
}

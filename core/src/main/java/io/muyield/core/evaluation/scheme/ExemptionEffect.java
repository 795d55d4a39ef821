package io.muyield.core.evaluation.scheme;

/** EXCLUDE: not evaluated at all. UNCLASSIFIED: scored and ranked but given no class (T / 暂不评价 / 只评价未分档). */
public enum ExemptionEffect {
    EXCLUDE, UNCLASSIFIED
}

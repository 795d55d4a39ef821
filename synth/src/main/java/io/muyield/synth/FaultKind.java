package io.muyield.synth;

/**
 * The faults the generator injects at {@link GeneratorSpec#faultRate()} and the import must catch
 * (docs/DEPARTMENT-FILES.md, last section). Each faulted row is logged in {@code _truth/faults.csv}.
 */
public enum FaultKind {
    /** A credit code whose 18th symbol is not its GB 32100 check digit. */
    BAD_CHECK_DIGIT,
    /** The row repeated exactly (the logged row is the repeat). */
    DUPLICATE_ROW,
    /** The same key again with a different value (the logged row is the second one, the field the one changed). */
    CONFLICTING_DUPLICATE,
    /** A blank cell where a value is required. */
    BLANK_REQUIRED,
    /** Full-width digits and punctuation: １２３．４５, sometimes grouped with ，. */
    FULL_WIDTH,
    /** Thousands separators: 1,234.5 (quoted in comma CSV, text in Excel). */
    THOUSANDS_SEPARATOR,
    /** Every money column of a 万元 row reported in 元 (× 10⁴); caught only against the other sources. */
    YUAN_AS_WAN_YUAN,
    /** 工业增加值 above 工业总产值. */
    VALUE_ADDED_ABOVE_OUTPUT,
    /** A negative land area. */
    NEGATIVE_LAND,
    /** An industry code that GB/T 4754-2017 does not have. */
    UNKNOWN_INDUSTRY,
    /** A district code that is neither a Chongqing GB/T 2260 code nor a functional zone. */
    UNKNOWN_DISTRICT
}

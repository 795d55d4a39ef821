package io.muyield.synth;

import io.muyield.core.fact.Source;

/** The department deliveries the generator can write (docs/DEPARTMENT-FILES.md), one or more files each per year. */
public enum FileKind {
    REGISTRATION(Source.REGISTRATION),
    TAX(Source.TAX),
    STATISTICS(Source.STATISTICS),
    /** Both land files: parcels and leases. */
    LAND(Source.LAND),
    POWER(Source.POWER),
    ENVIRONMENT(Source.ENVIRONMENT);

    private final Source source;

    FileKind(Source source) {
        this.source = source;
    }

    public Source source() {
        return source;
    }
}

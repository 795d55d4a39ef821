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
    ENVIRONMENT(Source.ENVIRONMENT),
    /**
     * The official lists of tags and events (高新技术企业, 专精特新, 生产安全事故, 严重失信): no fact source, so
     * {@link #source()} is empty; the truth is _truth/standings_{year}.csv.
     */
    STANDINGS(null);

    private final Source source;

    FileKind(Source source) {
        this.source = source;
    }

    public java.util.Optional<Source> source() {
        return java.util.Optional.ofNullable(source);
    }
}

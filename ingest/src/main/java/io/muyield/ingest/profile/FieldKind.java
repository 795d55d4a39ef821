package io.muyield.ingest.profile;

/** How a profile field's cells are read and checked. */
public enum FieldKind {
    /** 统一社会信用代码, checked against GB 32100. */
    CREDIT_CODE,
    /** Free text (names, addresses, parcel and account numbers). */
    TEXT,
    /** A four-digit year, compared with the year being imported. */
    YEAR,
    /** A quantity with a unit (money, area, energy, electricity, mass, headcount). */
    AMOUNT,
    /** A whole count (violations). */
    COUNT,
    /** A percentage (3.5 or 3.5%). */
    PERCENT,
    DATE,
    /** GB/T 4754-2017 code, checked against the catalogue. */
    INDUSTRY,
    /** District code or name, checked against the list of districts. */
    DISTRICT,
    /** Functional zone name or code. */
    ZONE,
    /** Park code from the park roster. */
    PARK,
    /** 存续 / 在业 / 停业 / 注销 / 吊销. */
    STATUS,
    /** 规上 / 规下 (also 1 / 0, 是 / 否). */
    SCALE_FLAG,
    /** 国家级 / 市级 / 区县级. */
    PARK_LEVEL
}

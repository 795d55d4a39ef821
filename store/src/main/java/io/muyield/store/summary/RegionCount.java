package io.muyield.store.summary;

/** Enterprises with a record in the year, and how many of them were 规上, in one district, county or zone. */
public record RegionCount(String regionCode, String nameZh, long enterprises, long aboveScale) {
}

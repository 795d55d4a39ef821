package io.muyield.ingest.profile;

import io.muyield.core.fact.Unit;

import java.util.Optional;

/** Where a profile field sits in a file: its 0-based column, its header as written, the unit the header names. */
public record Column(ProfileField field, int index, String header, Optional<Unit> headerUnit) {
}

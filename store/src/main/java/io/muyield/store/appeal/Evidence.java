package io.muyield.store.appeal;

/** An evidence file's description (its content is read separately, only when asked for). */
public record Evidence(long id, long appealId, String fileName, String mediaType, long sizeBytes, String sha256) {
}

package io.muyield.store.appeal;

/** Where an appeal stands: filed by the enterprise, forwarded by the district, then accepted or rejected. */
public enum AppealStatus {
    FILED, FORWARDED, ACCEPTED, REJECTED;

    public boolean open() {
        return this == FILED || this == FORWARDED;
    }
}

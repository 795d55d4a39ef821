package io.muyield.synth;

import io.muyield.core.enterprise.EnterpriseStatus;

/** Registration status of a firm as of a year. */
final class Status {

    private Status() {
    }

    static EnterpriseStatus of(Firm f, int year) {
        if (f.exitYear != 0 && f.exitYear <= year) {
            return f.revoked ? EnterpriseStatus.REVOKED : EnterpriseStatus.DEREGISTERED;
        }
        return EnterpriseStatus.ACTIVE;
    }
}

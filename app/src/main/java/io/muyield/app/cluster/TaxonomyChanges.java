package io.muyield.app.cluster;

import io.muyield.app.shared.AuditLog;
import io.muyield.store.cluster.TaxonomyVersions;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Every change of the cluster taxonomy, from the page or the API: a new kept version (store) and an audit entry
 * {@code TAXONOMY_CHANGE} naming the cluster, the change, the new version and the reason.
 */
@Component
class TaxonomyChanges {

    private final TaxonomyVersions versions;
    private final AuditLog audit;

    TaxonomyChanges(TaxonomyVersions versions, AuditLog audit) {
        this.versions = versions;
        this.audit = audit;
    }

    int changeTarget(String cluster, Optional<BigDecimal> targetYuan, int targetYear, String by, String reason) {
        return audited(cluster, "target=" + targetYuan.map(BigDecimal::toPlainString).orElse("none") + " year=" + targetYear, reason,
                versions.changeTarget(cluster, targetYuan, targetYear, by, reason));
    }

    int addCode(String cluster, String code, String by, String reason) {
        return audited(cluster, "add code " + code, reason, versions.addCode(cluster, code, by, reason));
    }

    int removeCode(String cluster, String code, String by, String reason) {
        return audited(cluster, "remove code " + code, reason, versions.removeCode(cluster, code, by, reason));
    }

    int addOverride(String cluster, String creditCode, boolean member, String by, String reason) {
        return audited(cluster, (member ? "include " : "exclude ") + creditCode, reason,
                versions.addOverride(cluster, creditCode, member, by, reason));
    }

    int removeOverride(String cluster, String creditCode, String by, String reason) {
        return audited(cluster, "withdraw override " + creditCode, reason, versions.removeOverride(cluster, creditCode, by, reason));
    }

    private int audited(String cluster, String change, String reason, int version) {
        audit.record("TAXONOMY_CHANGE", "cluster:" + cluster, change + " version=" + version + " reason=" + reason);
        return version;
    }
}

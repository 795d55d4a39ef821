package io.muyield.app.identity;

import io.muyield.app.shared.Permissions;

import java.util.ArrayList;
import java.util.List;

/**
 * The roles of muyield and what kind of data scope each carries. A scoped role's user has one scope code: a district
 * or functional-zone code, a park code, or a credit code. Who may export ({@link Permissions#EXPORT}) and who may read
 * the audit trail ({@link Permissions#AUDIT}) is decided here, once.
 */
public enum Role {
    CITY_ADMIN("市级管理员", "City administrator", ScopeKind.CITY, true, true),
    CITY_ANALYST("市级分析员", "City analyst", ScopeKind.CITY, true, false),
    DISTRICT_OFFICER("区县（功能区）管理员", "District officer", ScopeKind.DISTRICT, true, false),
    PARK_OFFICER("园区管理员", "Park officer", ScopeKind.PARK, false, false),
    ENTERPRISE("企业用户", "Enterprise user", ScopeKind.ENTERPRISE, false, false),
    AUDITOR("审计员", "Auditor", ScopeKind.NONE, false, true);

    /** What a user's scope code names. */
    public enum ScopeKind {
        /** Every enterprise of the city; no scope code. */
        CITY,
        /** One district or functional zone: enterprises whose district_code or zone_code is the scope code. */
        DISTRICT,
        /** One park: enterprises whose park_code is the scope code. */
        PARK,
        /** One enterprise: the one whose credit code is the scope code. */
        ENTERPRISE,
        /** No enterprise data at all (the auditor reads the audit trail and the permission matrix only). */
        NONE;

        public boolean needsCode() {
            return this == DISTRICT || this == PARK || this == ENTERPRISE;
        }
    }

    private final String nameZh;
    private final String nameEn;
    private final ScopeKind scopeKind;
    private final boolean export;
    private final boolean audit;

    Role(String nameZh, String nameEn, ScopeKind scopeKind, boolean export, boolean audit) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.scopeKind = scopeKind;
        this.export = export;
        this.audit = audit;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }

    public boolean mayExport() {
        return export;
    }

    public boolean mayAudit() {
        return audit;
    }

    /** ROLE_&lt;name&gt;, plus EXPORT and AUDIT where the role holds them. */
    public List<String> authorities() {
        List<String> a = new ArrayList<>();
        a.add("ROLE_" + name());
        if (export) {
            a.add(Permissions.EXPORT);
        }
        if (audit) {
            a.add(Permissions.AUDIT);
        }
        return a;
    }
}

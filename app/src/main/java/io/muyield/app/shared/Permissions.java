package io.muyield.app.shared;

/**
 * Authority names beside the roles ({@code ROLE_CITY_ADMIN} …), for permissions that cut across roles. Check them with
 * {@code @PreAuthorize("hasAuthority('EXPORT')")}; docs/SECURITY.md lists which role holds which.
 */
public final class Permissions {

    /**
     * May download data (CSV, XLSX, …) within its own data scope: city administrator, city analyst, district officer.
     * Viewing is not exporting: park officers and enterprise users may view their scope but not export it.
     */
    public static final String EXPORT = "EXPORT";

    /** May read the audit trail, verify its chain and export the permission matrix: auditor and city administrator. */
    public static final String AUDIT = "AUDIT";

    private Permissions() {
    }
}

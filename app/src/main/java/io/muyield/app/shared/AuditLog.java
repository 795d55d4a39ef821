package io.muyield.app.shared;

/**
 * The audit trail every feature writes to: logins and failures, views of an enterprise's sensitive fields, exports
 * (what, filters, row count), imports, scheme changes, runs, appeals and decisions. Entries are chained by hash; the
 * auditor verifies the chain on /audit or with {@code muyield audit verify}.
 * <p>Action names are upper-case words, e.g. {@code LOGIN}, {@code LOGIN_FAILED}, {@code ENTERPRISE_VIEW},
 * {@code EXPORT}, {@code IMPORT}, {@code SCHEME_CHANGE}, {@code RUN}, {@code APPEAL_FILED}, {@code APPEAL_ACCEPTED}.
 */
public interface AuditLog {

    /** Records an act by the given actor (a username, or e.g. "system"). Target and details may be empty. */
    void record(String actor, String action, String target, String details);

    /** Records an act by the signed-in user ("anonymous" when nobody is signed in). */
    void record(String action, String target, String details);
}

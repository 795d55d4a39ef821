package io.muyield.app.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may do what, within which scope: the matrix docs/SECURITY.md shows and /audit/permissions.xlsx exports. Each
 * action names how the code enforces it, so an auditor can check the one against the other.
 */
public final class PermissionMatrix {

    /** One action, the roles allowed to perform it, and how it is enforced. */
    public record Action(String key, String nameZh, String nameEn, Set<Role> roles, String enforcement) {
    }

    private static final Set<Role> SCOPED_VIEWERS = EnumSet.of(Role.CITY_ADMIN, Role.CITY_ANALYST, Role.DISTRICT_OFFICER, Role.PARK_OFFICER,
            Role.ENTERPRISE);

    public static final List<Action> ACTIONS = List.of(
            new Action("view.overview", "查看总览（范围内汇总）", "View the overview (figures of the scope)", SCOPED_VIEWERS,
                    "DataScopes.enterprises() ANDed into CitySummaryRepository"),
            new Action("view.enterprises", "查看企业名单", "View the enterprise list", SCOPED_VIEWERS,
                    "DataScopes.enterprises() ANDed into EnterpriseRepository.page"),
            new Action("view.enterprise.detail", "查看企业明细（敏感字段，记审计）", "View an enterprise's facts (sensitive, audited)", SCOPED_VIEWERS,
                    "EnterpriseRepository.find(code, scope): 404 outside the scope; AuditLog ENTERPRISE_VIEW"),
            new Action("export.data", "导出数据（范围内）", "Export data (within the scope)",
                    EnumSet.of(Role.CITY_ADMIN, Role.CITY_ANALYST, Role.DISTRICT_OFFICER), "authority EXPORT; AuditLog EXPORT"),
            new Action("appeal.file", "对数据或评价结果提出异议（本企业，公示期内）", "File an appeal against a fact or a result (own enterprise, in the notice period)",
                    EnumSet.of(Role.ENTERPRISE), "hasRole('ENTERPRISE'); credit code = scope code; run PUBLISHED before its notice end"),
            new Action("appeal.review", "初审异议（转报/驳回，本区县）", "Review an appeal (forward/reject, own district)",
                    EnumSet.of(Role.DISTRICT_OFFICER), "hasRole('DISTRICT_OFFICER'); AppealRepository.find(id, scope)"),
            new Action("appeal.decide", "裁定异议（采纳/驳回）", "Decide an appeal (accept/reject)", EnumSet.of(Role.CITY_ADMIN),
                    "hasRole('CITY_ADMIN')"),
            new Action("appeal.view", "查看异议及其证据（范围内）", "View appeals and evidence (within the scope)",
                    EnumSet.of(Role.CITY_ADMIN, Role.CITY_ANALYST, Role.DISTRICT_OFFICER, Role.PARK_OFFICER, Role.ENTERPRISE),
                    "AppealRepository.find/list(scope): 404 outside the scope"),
            new Action("data.import.view", "查看导入批次、拒收行与数据质量", "View import batches, rejected rows, data quality",
                    EnumSet.of(Role.CITY_ADMIN, Role.CITY_ANALYST), "hasAnyRole('CITY_ADMIN','CITY_ANALYST') (raw rows of any enterprise)"),
            new Action("data.import", "导入数据", "Import data", EnumSet.of(Role.CITY_ADMIN), "hasRole('CITY_ADMIN'); AuditLog IMPORT"),
            new Action("evaluation.view", "查看评价结果、说明、排行与对比（范围内）", "View run results, explanations, league tables, comparisons (within the scope)",
                    SCOPED_VIEWERS, "DataScopes.enterprises() ANDed into the run repositories (RunRepository, ResultRepository, GroupFigureRepository): 404 outside the scope; movers within the scope"),
            new Action("evaluation.whatif", "模拟调整（what-if）", "What-if on a run", EnumSet.of(Role.CITY_ADMIN, Role.CITY_ANALYST),
                    "hasAnyRole('CITY_ADMIN','CITY_ANALYST')"),
            new Action("evaluation.run", "评价方案与评价运行", "Evaluation schemes and runs", EnumSet.of(Role.CITY_ADMIN),
                    "hasRole('CITY_ADMIN'); AuditLog RUN"),
            new Action("evaluation.publish", "评价结果公示（发布、结束公示、定稿）", "Publish a run (notice period), close it, finalise it",
                    EnumSet.of(Role.CITY_ADMIN), "hasRole('CITY_ADMIN'); only forward; AuditLog RUN_PUBLICATION; ended notice periods close by themselves (system:notice-period)"),
            new Action("figures.view", "集群、区县、排行、地图与大屏（范围内汇总）", "Cluster, region, league, map and big-screen figures (of the scope)",
                    SCOPED_VIEWERS, "DataScopes.enterprises() ANDed into ClusterFigureRepository, RegionFigureRepository"),
            new Action("users.manage", "用户管理（创建、重置密码、解锁、停用）", "Manage users (create, reset password, unlock, disable)",
                    EnumSet.of(Role.CITY_ADMIN), "hasRole('CITY_ADMIN'); AuditLog USER_*"),
            new Action("audit.read", "查看审计日志、校验哈希链", "Read the audit trail, verify its hash chain", EnumSet.of(Role.AUDITOR, Role.CITY_ADMIN),
                    "authority AUDIT"),
            new Action("permissions.export", "导出权限矩阵（XLSX）", "Export the permission matrix (XLSX)", EnumSet.of(Role.AUDITOR, Role.CITY_ADMIN),
                    "authority AUDIT; AuditLog EXPORT"),
            new Action("account.tokens", "个人 API 令牌、修改本人密码", "Personal API tokens, change own password", EnumSet.allOf(Role.class),
                    "signed in; own tokens only"),
            new Action("notifications.own", "查看并标记本人通知", "Read and mark own notifications", EnumSet.allOf(Role.class),
                    "signed in; the SQL names the recipient: someone else's notification is 404"));

    private PermissionMatrix() {
    }

    /** The scope a role's data reads are limited to, in words. */
    public static String scopeZh(Role role) {
        return switch (role.scopeKind()) {
            case CITY -> "全市";
            case DISTRICT -> "本区县或功能区（district_code 或 zone_code）";
            case PARK -> "本园区（park_code）";
            case ENTERPRISE -> "本企业（统一社会信用代码）";
            case NONE -> "无企业数据";
        };
    }

    public static String scopeEn(Role role) {
        return switch (role.scopeKind()) {
            case CITY -> "the whole city";
            case DISTRICT -> "own district or functional zone (district_code or zone_code)";
            case PARK -> "own park (park_code)";
            case ENTERPRISE -> "own enterprise (credit code)";
            case NONE -> "no enterprise data";
        };
    }
}

package io.muyield.app.cluster;

import io.muyield.app.shared.AuditLog;
import io.muyield.store.cluster.TaxonomyVersions;
import io.muyield.store.industry.IndustryRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/** {@code /api/v1/clusters}: the 33618 clusters' figures; add {@code format=csv|xlsx} to download the same table. */
@RestController
@RequestMapping("/api/v1/clusters")
@Tag(name = "clusters")
class ClusterApi {

    private final ClusterService service;
    private final IndustryRepository industries;
    private final AuditLog audit;

    private final TaxonomyVersions versions;
    private final TaxonomyChanges changes;

    ClusterApi(ClusterService service, IndustryRepository industries, AuditLog audit, TaxonomyVersions versions, TaxonomyChanges changes) {
        this.service = service;
        this.industries = industries;
        this.audit = audit;
        this.versions = versions;
        this.changes = changes;
    }

    @GetMapping
    @Operation(summary = "All 30 clusters in a year: figures, growth, CAGR, tier target, share reached, growth a year needed, status")
    ClusterJson.Overview all(@RequestParam Optional<Integer> year) {
        return service.overview(year.orElseGet(service::defaultYear));
    }

    @GetMapping(params = "format")
    @PreAuthorize("hasAuthority('EXPORT')")
    @Operation(summary = "The clusters table as CSV (UTF-8 with BOM) or XLSX")
    ResponseEntity<byte[]> allExport(@RequestParam Optional<Integer> year, @RequestParam String format) {
        ClusterJson.Overview o = all(year);
        return ClusterTables.clusters(o).download(format, audit, "year=" + o.year());
    }

    @GetMapping("/{code}")
    @Operation(summary = "One cluster: yearly series, districts, top enterprises, membership codes")
    ClusterJson.Detail one(@PathVariable String code, @RequestParam Optional<Integer> year) {
        return service.detail(code, year.orElseGet(service::defaultYear))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no cluster " + code));
    }

    @GetMapping(value = "/{code}", params = "format")
    @PreAuthorize("hasAuthority('EXPORT')")
    @Operation(summary = "One of the cluster's tables (series, districts or top) as CSV or XLSX")
    ResponseEntity<byte[]> oneExport(@PathVariable String code, @RequestParam Optional<Integer> year, @RequestParam String format,
                                     @Parameter(description = "series, districts or top") @RequestParam(defaultValue = "districts") String table) {
        ClusterJson.Detail d = one(code, year);
        String filters = "cluster=" + code + " year=" + d.cluster().year() + " table=" + table;
        return switch (table) {
            case "series" -> ClusterTables.series(d).download(format, audit, filters);
            case "top" -> ClusterTables.top(d).download(format, audit, filters);
            case "districts" -> ClusterTables.districts(d).download(format, audit, filters);
            default -> throw new IllegalArgumentException("table must be series, districts or top, not " + table);
        };
    }

    @GetMapping("/placements")
    @Operation(summary = "For each district, the 新星 clusters it is best placed to grow (density of related capability) and why")
    PlacementJson placements(@RequestParam Optional<Integer> year) {
        int y = year.orElseGet(service::defaultYear);
        return PlacementJson.of(y, service.placements(y), service.regions(), industries.catalog());
    }

    @GetMapping(value = "/placements", params = "format")
    @PreAuthorize("hasAuthority('EXPORT')")
    @Operation(summary = "The placements table as CSV or XLSX")
    ResponseEntity<byte[]> placementsExport(@RequestParam Optional<Integer> year, @RequestParam String format) {
        PlacementJson p = placements(year);
        return ClusterTables.placements(p).download(format, audit, "year=" + p.year());
    }

    /** The change asked for: target in yuan (null = no scale target), target year, and the reason. */
    record TargetChange(BigDecimal targetYuan, int targetYear, String reason) {
    }

    record Changed(int taxonomyVersion) {
    }

    @PostMapping("/{code}/target")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(summary = "Set a cluster's scale target (yuan) and target year, with a reason: a new taxonomy version (CITY_ADMIN)")
    Changed change(@PathVariable String code, @RequestBody TargetChange change, Principal user) {
        return new Changed(changes.changeTarget(code, Optional.ofNullable(change.targetYuan()), change.targetYear(), user.getName(),
                change.reason()));
    }

    /** A core GB/T 4754 code to add or remove (action ADD or REMOVE), with the reason. */
    record CodeChange(String code, String action, String reason) {
    }

    @PostMapping("/{code}/codes")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(summary = "Add or remove one of a cluster's core GB/T 4754 codes (action ADD|REMOVE), with a reason: a new taxonomy version (CITY_ADMIN)")
    Changed changeCode(@PathVariable String code, @RequestBody CodeChange change, Principal user) {
        return new Changed(switch (action(change.action(), "ADD", "REMOVE")) {
            case "ADD" -> changes.addCode(code, change.code(), user.getName(), change.reason());
            default -> changes.removeCode(code, change.code(), user.getName(), change.reason());
        });
    }

    /** A manual enterprise override: INCLUDE (counted whatever its industry), EXCLUDE (kept out) or REMOVE (withdrawn). */
    record OverrideChange(String creditCode, String action, String reason) {
    }

    @PostMapping("/{code}/overrides")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(summary = "Count an enterprise in a cluster or keep it out whatever its industry (action INCLUDE|EXCLUDE), or withdraw "
            + "that override (REMOVE), with a reason: a new taxonomy version (CITY_ADMIN)")
    Changed changeOverride(@PathVariable String code, @RequestBody OverrideChange change, Principal user) {
        return new Changed(switch (action(change.action(), "INCLUDE", "EXCLUDE", "REMOVE")) {
            case "INCLUDE" -> changes.addOverride(code, change.creditCode(), true, user.getName(), change.reason());
            case "EXCLUDE" -> changes.addOverride(code, change.creditCode(), false, user.getName(), change.reason());
            default -> changes.removeOverride(code, change.creditCode(), user.getName(), change.reason());
        });
    }

    static String action(String action, String... allowed) {
        String a = action == null ? "" : action.strip().toUpperCase(java.util.Locale.ROOT);
        if (!List.of(allowed).contains(a)) {
            throw new IllegalArgumentException("action must be " + String.join(" or ", allowed) + ", not '" + (action == null ? "" : action) + "'");
        }
        return a;
    }

    @GetMapping("/taxonomy/versions")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'CITY_ANALYST')") // overrides name enterprises of the whole city
    @Operation(summary = "Every taxonomy version after the reference data (newest first): who changed what (target, core code, "
            + "enterprise override), when and why")
    List<TaxonomyVersions.Change> history() {
        return versions.history();
    }
}

package io.muyield.app.region;

import io.muyield.app.shared.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Region figures, league tables, comparisons and the district map shapes; {@code format=csv|xlsx} downloads a table. */
@RestController
@Tag(name = "regions")
class RegionFiguresApi {

    private final RegionService service;
    private final AuditLog audit;
    private final ZoneMap zones;

    RegionFiguresApi(RegionService service, AuditLog audit, ZoneMap zones) {
        this.service = service;
        this.audit = audit;
        this.zones = zones;
    }

    @GetMapping("/api/v1/regions/{code}/summary")
    @Operation(summary = "A district, county, functional zone, group or park: yearly figures, its clusters, its parks, top enterprises")
    RegionJson.Summary summary(@PathVariable String code, @RequestParam Optional<Integer> year) {
        return service.summary(code, year.orElseGet(service::defaultYear));
    }

    @GetMapping(value = "/api/v1/regions/{code}/summary", params = "format")
    @PreAuthorize("hasAuthority('EXPORT')")
    @Operation(summary = "A region's yearly series, or its parks (table=parks), as CSV or XLSX")
    ResponseEntity<byte[]> summaryExport(@PathVariable String code, @RequestParam Optional<Integer> year, @RequestParam String format,
                                         @RequestParam(defaultValue = "series") String table) {
        RegionJson.Summary s = summary(code, year);
        return switch (table) {
            case "series" -> RegionTables.series(s).download(format, audit, "region=" + code + " year=" + s.year() + " table=series");
            case "parks" -> RegionTables.places("region-" + code + "-parks-" + s.year(), s.parks())
                    .download(format, audit, "region=" + code + " year=" + s.year() + " table=parks");
            default -> throw new IllegalArgumentException("table must be series or parks, not " + table);
        };
    }

    @GetMapping("/api/v1/regions/figures")
    @Operation(summary = "Every district, county and functional zone in a year with every metric (for the map)")
    RegionJson.Figures figures(@RequestParam Optional<Integer> year) {
        return service.countyLevel(year.orElseGet(service::defaultYear));
    }

    @GetMapping(value = "/api/v1/regions/figures", params = "format")
    @PreAuthorize("hasAuthority('EXPORT')")
    ResponseEntity<byte[]> figuresExport(@RequestParam Optional<Integer> year, @RequestParam String format) {
        RegionJson.Figures f = figures(year);
        return RegionTables.places("regions-" + f.year(), f.regions()).download(format, audit, "year=" + f.year());
    }

    @GetMapping("/api/v1/regions/compare")
    @Operation(summary = "Up to 10 regions or parks side by side in a year")
    RegionJson.Compare compare(@Parameter(description = "codes, comma-separated") @RequestParam List<String> codes,
                               @RequestParam Optional<Integer> year) {
        return service.compare(codes, year.orElseGet(service::defaultYear));
    }

    @GetMapping(value = "/api/v1/regions/compare", params = "format")
    @PreAuthorize("hasAuthority('EXPORT')")
    ResponseEntity<byte[]> compareExport(@RequestParam List<String> codes, @RequestParam Optional<Integer> year, @RequestParam String format) {
        RegionJson.Compare c = compare(codes, year);
        return RegionTables.places("compare-" + c.year(), c.regions()).download(format, audit, "codes=" + String.join(",", codes) + " year=" + c.year());
    }

    @GetMapping("/api/v1/league/districts")
    @Operation(summary = "League of districts, counties and functional zones on a scorecard, with rank movement since the year before")
    RegionJson.LeagueTable league(@RequestParam Optional<Integer> year,
                                  @Parameter(description = "METRIC:weight,… e.g. TAX_PER_MU:50,VALUE_ADDED_PER_MU:50; default Chongqing's core set")
                                  @RequestParam(required = false) String scorecard) {
        return service.league(year.orElseGet(service::defaultYear), RegionService.scorecard(scorecard));
    }

    @GetMapping(value = "/api/v1/league/districts", params = "format")
    @PreAuthorize("hasAuthority('EXPORT')")
    ResponseEntity<byte[]> leagueExport(@RequestParam Optional<Integer> year, @RequestParam(required = false) String scorecard,
                                        @RequestParam String format) {
        RegionJson.LeagueTable l = league(year, scorecard);
        return RegionTables.league(l).download(format, audit, "year=" + l.year() + " scorecard=" + (scorecard == null ? "default" : scorecard));
    }

    @GetMapping(value = "/api/v1/map/chongqing-districts")
    @Operation(summary = "The 38 districts and counties as GeoJSON (ECharts-grade shapes, see refdata/SOURCES.md)")
    ResponseEntity<byte[]> districtShapes() {
        try {
            byte[] body = new ClassPathResource("refdata/chongqing_districts.geojson").getContentAsByteArray();
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                    .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS)).body(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(value = "/api/v1/map/functional-zones")
    @Operation(summary = "The functional zones' approximate extents as GeoJSON: each grown inside its host districts around a seed "
            + "until its area equals the zone's official area (docs/MAP.md); not a boundary")
    ResponseEntity<Map<String, Object>> zoneShapes() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS)).body(zones.geoJson());
    }
}

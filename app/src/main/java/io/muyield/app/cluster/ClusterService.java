package io.muyield.app.cluster;

import io.muyield.app.shared.DataScopes;
import io.muyield.core.region.Region;
import io.muyield.store.cluster.ClusterFigureRepository;
import io.muyield.store.cluster.LatestRunFigures;
import io.muyield.store.cluster.RisingStarPlacement;
import io.muyield.store.query.Condition;
import io.muyield.store.region.RegionRepository;
import io.muyield.store.summary.FactYears;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Cluster figures for the pages, the API and the exports, always within the signed-in user's data scope. */
@Service
public class ClusterService {

    private final ClusterFigureRepository figures;
    private final LatestRunFigures runFigures;
    private final RisingStarPlacement placement;
    private final DataScopes scopes;
    private final FactYears years;
    private final Map<String, Region> regions;
    private final int preferredYear;

    ClusterService(ClusterFigureRepository figures, LatestRunFigures runFigures, RisingStarPlacement placement, DataScopes scopes, FactYears years,
                   RegionRepository regions, @Value("${muyield.overview.default-year:2023}") int preferredYear) {
        this.figures = figures;
        this.runFigures = runFigures;
        this.placement = placement;
        this.scopes = scopes;
        this.years = years;
        this.regions = regions.all().stream().collect(Collectors.toMap(Region::code, Function.identity()));
        this.preferredYear = preferredYear;
    }

    /** The preferred year when it has data, else the latest year with data. */
    public int defaultYear() {
        List<Integer> all = years.all();
        if (all.isEmpty() || all.contains(preferredYear)) {
            return preferredYear;
        }
        return all.get(all.size() - 1);
    }

    public List<Integer> years() {
        List<Integer> all = years.all();
        return all.isEmpty() ? List.of(defaultYear()) : all;
    }

    public static int checkedYear(int year) {
        if (year < 1949 || year > 2100) {
            throw new IllegalArgumentException("year must be between 1949 and 2100, was " + year);
        }
        return year;
    }

    ClusterJson.Overview overview(int year) {
        return overview(year, Condition.all());
    }

    /** Every cluster within the user's scope narrowed by {@code within} (e.g. one district's enterprises). */
    ClusterJson.Overview overview(int year, Condition within) {
        return ClusterJson.Overview.of(figures.overview(checkedYear(year), scopes.enterprises().and(within)));
    }

    /** The clusters of a region: its enterprises only (the region's condition ANDed with the user's scope). */
    public List<ClusterRowView> inRegion(int year, Condition region) {
        return overview(year, region).clusters().stream().filter(r -> r.figures().enterprises() > 0)
                .sorted((a, b) -> b.scale().compareTo(a.scale()))
                .map(r -> new ClusterRowView(r.id(), r.nameZh(), r.nameEn(), r.tierNameZh(), r.figures().enterprises(), r.scale()))
                .toList();
    }

    /** A cluster's row as a region page lists it (scale in 万元). */
    public record ClusterRowView(String id, String nameZh, String nameEn, String tierNameZh, long enterprises, java.math.BigDecimal scale) {
    }

    Optional<ClusterJson.Detail> detail(String id, int year) {
        return figures.detail(id, checkedYear(year), scopes.enterprises(), 10).map(d -> ClusterJson.Detail.of(d, regions, latestRun(year,
                figures.members(id).orElseThrow()).orElse(null)));
    }

    /**
     * The latest COMPLETE evaluation run of the year over the enterprises within {@code within} (a cluster's members, a
     * region) and the user's scope; empty when the year has no such run. For enterprise users, the latest non-DRAFT run.
     */
    public Optional<RunFiguresJson> latestRun(int year, Condition within) {
        // enterprise users see no DRAFT run (notice period, docs/SECURITY.md): their latest run is the latest one published
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        boolean enterprise = auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ENTERPRISE".equals(a.getAuthority()));
        return runFigures.latest(checkedYear(year), scopes.enterprises().and(within), enterprise).map(RunFiguresJson::of);
    }

    List<RisingStarPlacement.DistrictPlacements> placements(int year) {
        return placement.rank(checkedYear(year), scopes.enterprises(), 3);
    }

    Map<String, Region> regions() {
        return regions;
    }
}

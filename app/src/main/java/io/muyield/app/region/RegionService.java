package io.muyield.app.region;

import io.muyield.app.cluster.ClusterService;
import io.muyield.app.shared.DataScopes;
import io.muyield.core.region.Park;
import io.muyield.core.region.Region;
import io.muyield.core.region.RegionKind;
import io.muyield.store.query.Condition;
import io.muyield.store.region.League;
import io.muyield.store.region.Metric;
import io.muyield.store.region.ParkRepository;
import io.muyield.store.region.RegionFigureRepository;
import io.muyield.store.region.RegionFigureRepository.Level;
import io.muyield.store.region.RegionFigures;
import io.muyield.store.region.RegionRepository;
import io.muyield.store.region.Scorecard;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Region figures for pages, API and exports; every read ANDs the user's data scope. */
@Service
class RegionService {

    static final int MAX_COMPARE = 10;

    private final RegionFigureRepository figures;
    private final RegionRepository regions;
    private final ParkRepository parks;
    private final ClusterService clusters;
    private final DataScopes scopes;

    RegionService(RegionFigureRepository figures, RegionRepository regions, ParkRepository parks, ClusterService clusters,
                  DataScopes scopes) {
        this.figures = figures;
        this.regions = regions;
        this.parks = parks;
        this.clusters = clusters;
        this.scopes = scopes;
    }

    int defaultYear() {
        return clusters.defaultYear();
    }

    List<Integer> years() {
        return clusters.years();
    }

    RegionJson.Place place(String code) {
        Optional<Region> r = regions.find(code);
        if (r.isPresent()) {
            Region region = r.get();
            return new RegionJson.Place(region.code(), region.nameZh(), region.nameEn(), region.kind().name(), region.parentCode().orElse(null));
        }
        Park p = parks.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no region or park " + code));
        return new RegionJson.Place(p.code(), p.nameZh(), p.nameZh(), RegionKind.PARK.name(), p.regionCode());
    }

    RegionJson.Summary summary(String code, int year) {
        ClusterService.checkedYear(year);
        RegionJson.Place place = place(code);
        Condition within = figures.within(code).orElseThrow();
        Condition scoped = scopes.enterprises().and(within);
        List<RegionJson.YearValues> series = new ArrayList<>();
        figures.total(scoped).forEach((y, f) -> series.add(new RegionJson.YearValues(y, RegionJson.values(f))));
        List<RegionJson.PlaceValues> parkRows = new ArrayList<>();
        if (!place.kind().equals(RegionKind.PARK.name())) {
            Map<String, RegionFigures> byPark = figures.byRegion(Level.PARK, scoped).getOrDefault(year, Map.of());
            for (Park p : parkList(code)) {
                RegionFigures f = byPark.getOrDefault(p.code(), RegionFigures.empty(p.code(), year));
                parkRows.add(new RegionJson.PlaceValues(p.code(), p.nameZh(), p.nameZh(), p.level().name(), RegionJson.values(f)));
            }
        }
        List<RegionJson.EnterpriseRow> top = figures.top(scoped, year, 10).stream().map(RegionJson.EnterpriseRow::of).toList();
        return new RegionJson.Summary(place, year, years(), RegionJson.RULE_ZH, RegionJson.RULE_EN, series,
                clusters.inRegion(year, within), parkRows, top, clusters.latestRun(year, within).orElse(null));
    }

    /** A district's parks, or a zone's (parks are recorded under the district or zone they lie in). */
    private List<Park> parkList(String code) {
        return figures.parksIn(code);
    }

    /** Every district, county and functional zone in the year, with all metrics. */
    RegionJson.Figures countyLevel(int year) {
        return new RegionJson.Figures(ClusterService.checkedYear(year), RegionJson.MetricInfo.all(), RegionJson.RULE_ZH,
                RegionJson.RULE_EN, countyRows(year));
    }

    private List<RegionJson.PlaceValues> countyRows(int year) {
        Condition scope = scopes.enterprises();
        Map<String, RegionFigures> districts = figures.byRegion(Level.DISTRICT, scope).getOrDefault(year, Map.of());
        Map<String, RegionFigures> zones = figures.byRegion(Level.ZONE, scope).getOrDefault(year, Map.of());
        List<RegionJson.PlaceValues> out = new ArrayList<>();
        for (Region r : regions.countyLevel()) {
            Map<String, RegionFigures> source = r.kind() == RegionKind.FUNCTIONAL_ZONE ? zones : districts;
            RegionFigures f = source.getOrDefault(r.code(), RegionFigures.empty(r.code(), year));
            out.add(new RegionJson.PlaceValues(r.code(), r.nameZh(), r.nameEn(), r.kind().name(), RegionJson.values(f)));
        }
        return out;
    }

    /** The league of districts, counties and functional zones on the scorecard, with movement since the year before. */
    RegionJson.LeagueTable league(int year, Scorecard card) {
        ClusterService.checkedYear(year);
        Condition scope = scopes.enterprises();
        var byYear = new java.util.TreeMap<Integer, Map<String, RegionFigures>>();
        figures.byRegion(Level.DISTRICT, scope).forEach((y, rows) -> byYear.computeIfAbsent(y, k -> new java.util.HashMap<>()).putAll(rows));
        figures.byRegion(Level.ZONE, scope).forEach((y, rows) -> byYear.computeIfAbsent(y, k -> new java.util.HashMap<>()).putAll(rows));
        List<String> codes = regions.countyLevel().stream().map(Region::code).toList();
        List<League.Row> rows = League.rank(codes, byYear, figures.total(scope), card, year);
        Map<String, RegionJson.PlaceValues> places = new java.util.HashMap<>();
        countyRows(year).forEach(p -> places.put(p.code(), p));
        List<RegionJson.ScorecardItem> items = card.items().stream()
                .map(i -> new RegionJson.ScorecardItem(i.metric().name(), i.metric().nameZh(), i.metric().nameEn(), i.weight())).toList();
        return new RegionJson.LeagueTable(year, "score = Σ weight × value ÷ value of the whole city (Σ÷Σ); missing value scores 0",
                items, rows.stream().map(r -> RegionJson.LeagueRow.of(r, places.get(r.code()))).toList());
    }

    /** Up to ten regions or parks side by side in the year. */
    RegionJson.Compare compare(List<String> codes, int year) {
        ClusterService.checkedYear(year);
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(codes));
        if (distinct.isEmpty() || distinct.size() > MAX_COMPARE) {
            throw new IllegalArgumentException("compare takes 1 to " + MAX_COMPARE + " regions, got " + distinct.size());
        }
        List<RegionJson.PlaceValues> out = new ArrayList<>();
        for (String code : distinct) {
            RegionJson.Place p = place(code);
            Condition scoped = scopes.enterprises().and(figures.within(code).orElseThrow());
            RegionFigures f = figures.total(scoped).getOrDefault(year, RegionFigures.empty(code, year));
            out.add(new RegionJson.PlaceValues(p.code(), p.nameZh(), p.nameEn(), p.kind(), RegionJson.values(f)));
        }
        return new RegionJson.Compare(year, RegionJson.MetricInfo.all(), out);
    }

    /** Parses "TAX_PER_MU:25,VALUE_ADDED_PER_MU:25"; the Chongqing core set when blank. */
    static Scorecard scorecard(String spec) {
        if (spec == null || spec.isBlank()) {
            return Scorecard.chongqingCore();
        }
        List<Scorecard.Item> items = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split(":");
            Metric metric;
            try {
                metric = Metric.valueOf(kv[0].trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown metric '" + kv[0].trim() + "'; known: " + java.util.Arrays.toString(Metric.values()));
            }
            BigDecimal weight;
            try {
                weight = kv.length > 1 ? new BigDecimal(kv[1].trim()) : BigDecimal.ONE;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weight of " + metric + " is not a number: '" + kv[1].trim() + "'");
            }
            items.add(new Scorecard.Item(metric, weight));
        }
        return new Scorecard(items);
    }
}

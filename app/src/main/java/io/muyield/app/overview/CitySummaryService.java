package io.muyield.app.overview;

import io.muyield.app.shared.DataScopes;
import io.muyield.core.region.Region;
import io.muyield.store.region.RegionRepository;
import io.muyield.store.summary.CitySummaryRepository;
import io.muyield.store.summary.FactYears;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The city summary for the overview page and the API: one query, two renderings. */
@Service
class CitySummaryService {

    private final CitySummaryRepository summaries;
    private final DataScopes scopes;
    private final FactYears years;
    private final Map<String, Region> regions;
    private final int preferredYear;

    CitySummaryService(CitySummaryRepository summaries, DataScopes scopes, FactYears years, RegionRepository regions,
                       @Value("${muyield.overview.default-year:2023}") int preferredYear) {
        this.summaries = summaries;
        this.scopes = scopes;
        this.years = years;
        this.regions = regions.all().stream().collect(Collectors.toMap(Region::code, Function.identity()));
        this.preferredYear = preferredYear;
    }

    CitySummaryJson summary(int year) {
        if (year < 1949 || year > 2100) {
            throw new IllegalArgumentException("year must be between 1949 and 2100, was " + year);
        }
        return CitySummaryJson.of(summaries.summary(year, scopes.enterprises()), regions);
    }

    List<Integer> years() {
        return years.all();
    }

    /** The preferred year (2023 unless configured) when it has data, else the latest year that has; the preferred year when none has. */
    int defaultYear() {
        List<Integer> all = years();
        if (all.isEmpty() || all.contains(preferredYear)) {
            return preferredYear;
        }
        return all.get(all.size() - 1);
    }
}

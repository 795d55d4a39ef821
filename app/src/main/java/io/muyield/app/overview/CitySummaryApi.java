package io.muyield.app.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/** {@code GET /api/v1/city/summary?year=Y}: stable for scripts. */
@RestController
@Tag(name = "city")
class CitySummaryApi {

    private final CitySummaryService service;

    CitySummaryApi(CitySummaryService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/city/summary")
    @Operation(summary = "Enterprise counts by district and cluster tier, and 规上 manufacturing 亩均税收/亩均增加值/亩均产值 (万元/亩)")
    CitySummaryJson summary(@RequestParam Optional<Integer> year) {
        return service.summary(year.orElseGet(service::defaultYear));
    }
}

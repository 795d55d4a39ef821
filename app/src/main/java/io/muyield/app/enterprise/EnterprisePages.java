package io.muyield.app.enterprise;

import io.muyield.core.fact.FactField;
import io.muyield.core.region.Region;
import io.muyield.store.region.RegionRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The enterprise list (htmx swaps the results when the filters change) and one enterprise's facts by year. */
@Controller
class EnterprisePages {

    private final EnterpriseService service;
    private final RegionRepository regions;
    private final io.muyield.app.imports.EnterpriseStandings standings;

    EnterprisePages(EnterpriseService service, RegionRepository regions, io.muyield.app.imports.EnterpriseStandings standings) {
        this.service = service;
        this.regions = regions;
        this.standings = standings;
    }

    @GetMapping("/enterprises")
    String list(EnterpriseFilter filter, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        List<Region> countyLevel = regions.countyLevel();
        model.addAttribute("filter", filter);
        model.addAttribute("districts", countyLevel);
        model.addAttribute("regionNames", countyLevel.stream().collect(Collectors.toMap(Region::code, Function.identity())));
        model.addAttribute("result", service.page(filter, Math.max(page, 0), EnterpriseService.DEFAULT_PAGE_SIZE));
        return htmx != null ? "enterprise/list :: results" : "enterprise/list";
    }

    @GetMapping("/enterprises/{creditCode}")
    String detail(@PathVariable String creditCode, Model model) {
        EnterpriseJson.Detail detail = service.detail(creditCode);
        model.addAttribute("detail", detail);
        model.addAttribute("fields", FactField.values());
        model.addAttribute("region", regions.find(detail.enterprise().districtCode()).orElse(null));
        model.addAttribute("factsByYear", detail.years().stream().collect(Collectors.toMap(EnterpriseJson.Year::year,
                y -> y.facts().stream().collect(Collectors.toMap(EnterpriseJson.Fact::field, Function.identity())))));
        model.addAttribute("standings", standings.of(creditCode));
        return "enterprise/detail";
    }

}

package io.muyield.app.region;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Optional;

/** District, zone and park pages, the comparison, the league table, the map and the 大屏. */
@Controller
class RegionPages {

    private final RegionService service;

    RegionPages(RegionService service) {
        this.service = service;
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable String code, @RequestParam Optional<Integer> year, Model model) {
        RegionJson.Summary s = service.summary(code, year.orElseGet(service::defaultYear));
        model.addAttribute("s", s);
        model.addAttribute("now", s.series().stream().filter(y -> y.year() == s.year()).findFirst()
                .map(RegionJson.YearValues::values).orElse(java.util.Map.of()));
        model.addAttribute("years", service.years());
        return "regions/detail";
    }

    @GetMapping("/regions/compare")
    String compare(@RequestParam Optional<List<String>> codes, @RequestParam Optional<Integer> year, Model model) {
        int y = year.orElseGet(service::defaultYear);
        List<String> chosen = codes.filter(c -> !c.isEmpty()).orElse(List.of("CQ-LJXQ", "500112", "500106", "500107", "500116"));
        model.addAttribute("c", service.compare(chosen, y));
        model.addAttribute("codes", String.join(",", chosen));
        model.addAttribute("all", service.countyLevel(y).regions());
        model.addAttribute("years", service.years());
        return "regions/compare";
    }

    @GetMapping("/league")
    String league(@RequestParam Optional<Integer> year, @RequestParam(required = false) String scorecard, Model model) {
        int y = year.orElseGet(service::defaultYear);
        model.addAttribute("l", service.league(y, RegionService.scorecard(scorecard)));
        model.addAttribute("scorecard", scorecard == null ? "" : scorecard);
        model.addAttribute("metrics", RegionJson.MetricInfo.all());
        model.addAttribute("years", service.years());
        return "regions/league";
    }

    @GetMapping("/map")
    String map(@RequestParam Optional<Integer> year, @RequestParam Optional<String> metric, Model model) {
        model.addAttribute("year", year.orElseGet(service::defaultYear));
        model.addAttribute("metric", metric.orElse("TAX_PER_MU"));
        model.addAttribute("metrics", RegionJson.MetricInfo.all());
        model.addAttribute("years", service.years());
        return "regions/map";
    }

    @GetMapping("/screen")
    String screen(Model model) {
        model.addAttribute("year", service.defaultYear());
        return "regions/screen";
    }
}

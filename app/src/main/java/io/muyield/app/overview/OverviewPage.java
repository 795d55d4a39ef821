package io.muyield.app.overview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Optional;

/** The city overview: counts, 规上 manufacturing per-mu figures, and the district chart. */
@Controller
class OverviewPage {

    private final CitySummaryService service;

    OverviewPage(CitySummaryService service) {
        this.service = service;
    }

    @GetMapping("/")
    String overview(@RequestParam Optional<Integer> year, Model model) {
        int chosen = year.orElseGet(service::defaultYear);
        List<Integer> years = service.years();
        model.addAttribute("summary", service.summary(chosen));
        model.addAttribute("years", years.isEmpty() ? List.of(chosen) : years);
        return "overview/index";
    }
}

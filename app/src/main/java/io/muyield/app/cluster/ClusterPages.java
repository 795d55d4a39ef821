package io.muyield.app.cluster;

import io.muyield.store.industry.IndustryRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Optional;

/** The cluster pages: all 30 at once, one cluster, and where the 新星 clusters should grow. */
@Controller
class ClusterPages {

    private final ClusterService service;
    private final IndustryRepository industries;

    ClusterPages(ClusterService service, IndustryRepository industries) {
        this.service = service;
        this.industries = industries;
    }

    @GetMapping("/clusters")
    String all(@RequestParam Optional<Integer> year, Model model) {
        int y = year.orElseGet(service::defaultYear);
        ClusterJson.Overview o = service.overview(y);
        model.addAttribute("o", o);
        model.addAttribute("years", service.years());
        model.addAttribute("offTrack", o.clusters().stream().filter(r -> r.status().equals("OFF_TRACK") || r.status().equals("MISSED")).toList());
        return "clusters/index";
    }

    @GetMapping("/clusters/{code}")
    String one(@PathVariable String code, @RequestParam Optional<Integer> year, Model model) {
        int y = year.orElseGet(service::defaultYear);
        ClusterJson.Detail d = service.detail(code, y).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no cluster " + code));
        model.addAttribute("d", d);
        model.addAttribute("c", d.cluster());
        model.addAttribute("years", service.years());
        return "clusters/detail";
    }

    @GetMapping("/clusters/placements")
    String placements(@RequestParam Optional<Integer> year, Model model) {
        int y = year.orElseGet(service::defaultYear);
        model.addAttribute("p", PlacementJson.of(y, service.placements(y), service.regions(), industries.catalog()));
        model.addAttribute("year", y);
        model.addAttribute("years", service.years());
        return "clusters/placements";
    }
}

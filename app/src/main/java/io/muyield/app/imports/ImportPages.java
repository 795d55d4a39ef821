package io.muyield.app.imports;

import io.muyield.app.shared.UserFacingException;
import io.muyield.core.fact.FactField;
import io.muyield.store.region.RegionRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The import pages: upload form and batch list, the result of an upload, one batch, the data-quality page. */
@Controller
@PreAuthorize("hasAnyRole('CITY_ADMIN', 'CITY_ANALYST')") // batches, rejected rows and data quality hold raw rows of any enterprise
class ImportPages {

    private final ImportService service;
    private final RegionRepository regions;
    private final ImportJobs jobs;

    ImportPages(ImportService service, RegionRepository regions, ImportJobs jobs) {
        this.service = service;
        this.regions = regions;
        this.jobs = jobs;
    }

    @GetMapping("/imports")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("batches", service.page(page, 50));
        model.addAttribute("profiles", service.profileKeys());
        model.addAttribute("year", java.time.Year.now().getValue() - 1);
        return "imports/list";
    }

    @PostMapping("/imports")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, @RequestParam int year,
                  @RequestParam(required = false) String source, Model model) {
        try {
            model.addAttribute("report", service.upload(files, year, source));
        } catch (UserFacingException e) {
            model.addAttribute("error", e.getMessage());
            return list(0, model);
        }
        return "imports/result";
    }

    /** The upload form's target: the files are stored, imported in the background, and the job's page shows progress. */
    @PostMapping("/imports/jobs")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    String start(@RequestParam(name = "files", required = false) List<MultipartFile> files, @RequestParam int year,
                 @RequestParam(required = false) String source, Model model) {
        try {
            ImportJob job = service.submit(files, year, source, jobs);
            return "redirect:/imports/jobs/" + job.id();
        } catch (UserFacingException e) {
            model.addAttribute("error", e.getMessage());
            return list(0, model);
        }
    }

    /** A background import: progress while it runs (polled by htmx), then its result; its owner and city administrators only. */
    @GetMapping("/imports/jobs/{jobId}")
    String job(@PathVariable String jobId, Model model) {
        model.addAttribute("job", job(jobId));
        return "imports/job";
    }

    /** The job's status fragment, which the job page polls every second until the job is finished. */
    @GetMapping("/imports/jobs/{jobId}/status")
    String jobStatus(@PathVariable String jobId, Model model) {
        model.addAttribute("job", job(jobId));
        return "imports/job :: status";
    }

    private ImportJob job(String id) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        boolean cityAdmin = auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_CITY_ADMIN"));
        return jobs.find(id, ImportService.currentUser(), cityAdmin)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no import job " + id));
    }

    @GetMapping("/imports/{id}")
    String batch(@PathVariable long id, Model model) {
        try {
            model.addAttribute("detail", service.detail(id));
        } catch (ImportService.NoSuchBatchException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        return "imports/batch";
    }

    @GetMapping("/imports/quality")
    String quality(@RequestParam(required = false) Integer year, Model model) {
        ImportService.QualityView q = service.quality(Optional.ofNullable(year));
        model.addAttribute("q", q);
        model.addAttribute("fields", FactField.values());
        model.addAttribute("regionNames", regions.all().stream().collect(Collectors.toMap(r -> r.code(), Function.identity())));
        Map<String, Long> rows = q.completeness().stream().collect(Collectors.toMap(c -> c.district(), c -> c.enterprises()));
        model.addAttribute("rowsByDistrict", rows);
        model.addAttribute("sources", q.coverage().stream().map(c -> c.source()).distinct().toList());
        model.addAttribute("coverage", q.coverage().stream().collect(Collectors.toMap(c -> c.source() + "|" + c.district(), c -> c.covered())));
        return "imports/quality";
    }
}

package io.muyield.app.evaluation;

import io.muyield.app.shared.AuditLog;
import io.muyield.store.evaluation.ResultFilter;
import io.muyield.store.evaluation.ResultLine;
import io.muyield.store.evaluation.StoredRun;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/v1/runs/{id}/export}: the results of a run as CSV or XLSX, full or as the publication list (公示名单,
 * classed enterprises by class), with the same filters as the results page and within the user's scope. Written
 * synchronously to the response, row by row.
 */
@RestController
@Tag(name = "runs")
class ExportController {

    private final EvaluationService service;
    private final MessageSource messages;
    private final AuditLog audit;

    ExportController(EvaluationService service, MessageSource messages, AuditLog audit) {
        this.service = service;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/api/v1/runs/{id}/export")
    @PreAuthorize("hasAuthority('EXPORT')")
    @Operation(summary = "A run's results as a file: format csv (UTF-8 with BOM) or xlsx; list full or publication (公示名单)")
    void export(@PathVariable long id, @RequestParam(defaultValue = "csv") String format, @RequestParam(defaultValue = "full") String list,
                @Parameter(description = "district or functional-zone code") @RequestParam(required = false) String district,
                @RequestParam(required = false) String park, @RequestParam(required = false) String industry,
                @RequestParam(name = "class", required = false) String classLabel, @RequestParam(required = false) String q,
                HttpServletResponse response) throws IOException {
        boolean xlsx = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> false;
            case "xlsx" -> true;
            default -> throw new IllegalArgumentException("format must be csv or xlsx, not '" + format + "'");
        };
        ResultExports.Kind kind = switch (list.toLowerCase(Locale.ROOT)) {
            case "full" -> ResultExports.Kind.FULL;
            case "publication" -> ResultExports.Kind.PUBLICATION;
            default -> throw new IllegalArgumentException("list must be full or publication, not '" + list + "'");
        };
        StoredRun run = service.stored(id);
        ResultFilter filter = new ResultFilter(district, park, industry, classLabel, q);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = service.districtNames();
        boolean en = "en".equals(locale.getLanguage());
        List<ResultExports.IndicatorHeader> indicators = kind == ResultExports.Kind.PUBLICATION ? List.of()
                : service.indicators(run).stream().map(d -> new ResultExports.IndicatorHeader(d.id(),
                        messages.getMessage("evaluation.col.indicatorValue", new Object[]{en ? d.nameEn() : d.nameZh(), d.unit()}, locale),
                        messages.getMessage("evaluation.col.indicatorScore", new Object[]{en ? d.nameEn() : d.nameZh()}, locale))).toList();
        List<String> indicatorIds = indicators.stream().map(ResultExports.IndicatorHeader::id).toList();
        List<ResultExports.ExportColumn> columns = ResultExports.columns(kind,
                key -> messages.getMessage("evaluation.col." + key, null, key, locale), code -> names.getOrDefault(code, code), indicators);
        String base = "muyield-run-" + run.id() + "-" + run.schemeId() + "-" + run.year() + (kind == ResultExports.Kind.PUBLICATION ? "-publication" : "");
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(base + (xlsx ? ".xlsx" : ".csv"), StandardCharsets.UTF_8).build().toString());
        OutputStream out = response.getOutputStream();
        long[] count = {0};
        java.util.function.Consumer<java.util.function.Consumer<ResultLine>> rows = downstream -> {
            java.util.function.Consumer<ResultLine> sink = line -> {
                count[0]++;
                downstream.accept(line);
            };
            if (kind == ResultExports.Kind.FULL) {
                service.forEachResultLine(id, filter, indicatorIds, sink);
            } else {
                double[] none = new double[0];
                for (String label : service.classLabels(run)) {
                    if (filter.classLabel() == null || filter.classLabel().equals(label)) {
                        service.forEachResult(id, filter.withClass(label), r -> sink.accept(new ResultLine(r, none, none)));
                    }
                }
            }
        };
        if (xlsx) {
            ResultExports.xlsx(out, kind == ResultExports.Kind.PUBLICATION ? "公示名单" : "评价结果", columns, rows);
        } else {
            ResultExports.csv(out, columns, rows);
        }
        out.flush();
        audit.record("EXPORT", "run:" + id, "file=" + base + (xlsx ? ".xlsx" : ".csv") + " list=" + kind.name().toLowerCase(Locale.ROOT)
                + " filters=" + filter + " rows=" + count[0]);
    }
}

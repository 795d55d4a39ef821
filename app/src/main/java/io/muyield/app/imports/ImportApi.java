package io.muyield.app.imports;

import io.muyield.app.shared.AuditLog;
import io.muyield.app.shared.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code /api/v1/imports}: upload department files (city administrators), list and read the batches. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "imports")
@PreAuthorize("hasAnyRole('CITY_ADMIN', 'CITY_ANALYST')") // batches and rejected rows hold raw rows of any enterprise
class ImportApi {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportService service;
    private final AuditLog audit;

    ImportApi(ImportService service, AuditLog audit) {
        this.service = service;
        this.audit = audit;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(summary = "Import department files (multipart 'files', one or more) for a year, all committed together or not at all. "
            + "201 when committed (files already imported are reported UNCHANGED), 422 with the same report when a file was refused.")
    ResponseEntity<ImportJson.Run> upload(@RequestParam("files") List<MultipartFile> files,
                                          @Parameter(description = "the year the files report") @RequestParam int year,
                                          @Parameter(description = "source profile (tax, statistics, land_parcels, land_leases, power, "
                                                  + "environment, registration, parks); default: recognised from each header")
                                          @RequestParam(required = false) String source) {
        ImportReport report;
        try {
            report = service.upload(files, year, source);
        } catch (UserFacingException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return ResponseEntity.status(report.committed() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_ENTITY).body(ImportJson.Run.of(report));
    }

    @GetMapping
    @Operation(summary = "Import batches, newest first, paged (page from 0)")
    ImportJson.Page list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return service.page(page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One batch: its counts and status, the batches of the same file profile and year it replaced or was "
            + "replaced by, and its first rejected rows (city-wide roles only; others get the count)")
    ImportJson.Detail one(@PathVariable long id) {
        try {
            return service.detail(id);
        } catch (ImportService.NoSuchBatchException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @GetMapping("/history/{creditCode}")
    @Operation(summary = "Every figure imported for an enterprise, superseded ones included, newest batch first per field: "
            + "a value's history across batches (within the user's data scope)")
    List<io.muyield.store.batch.FactHistoryRepository.HistoricFact> history(@PathVariable String creditCode,
                                                                           @RequestParam(required = false) Integer year) {
        return service.history(creditCode, year);
    }

    @GetMapping("/{id}/rejections.xlsx")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'CITY_ANALYST') and hasAuthority('EXPORT')")
    @Operation(summary = "The batch's rejected rows as an Excel workbook: the original row and the reasons, for the department")
    ResponseEntity<StreamingResponseBody> rejections(@PathVariable long id) {
        String name;
        try {
            name = service.rejectionsFileName(id);
            audit.record("EXPORT", "import-rejections:" + id, "file=" + name + " batch=" + id + " rows=" + service.rejectedRows(id));
        } catch (ImportService.NoSuchBatchException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(out -> service.writeRejections(id, out));
    }
}

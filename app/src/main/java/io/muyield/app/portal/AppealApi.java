package io.muyield.app.portal;

import io.muyield.store.appeal.Appeal;
import io.muyield.store.appeal.AppealRepository;
import io.muyield.store.appeal.AppealStep;
import io.muyield.store.appeal.Evidence;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** {@code /api/v1/appeals}: the appeals of the caller's data scope, read-only, for scripts. */
@RestController
@RequestMapping("/api/v1/appeals")
@Tag(name = "appeals")
class AppealApi {

    private final AppealService service;
    private final AppealRepository appeals;

    AppealApi(AppealService service, AppealRepository appeals) {
        this.service = service;
        this.appeals = appeals;
    }

    record AppealJson(long id, String creditCode, String enterpriseName, String districtCode, int year, String field,
                      BigDecimal currentValue, BigDecimal claimedValue, String reason, String status, String filedBy,
                      LocalDateTime filedAt, Long correctionBatch, Long runId) {
        static AppealJson of(Appeal a) {
            return new AppealJson(a.id(), a.creditCode(), a.enterpriseName(), a.districtCode(), a.year(), a.field(),
                    a.currentValue().orElse(null), a.claimedValue(), a.reason(), a.status().name(), a.filedBy(), a.filedAt(),
                    a.correctionBatch().orElse(null), a.runId().orElse(null));
        }
    }

    record AppealDetail(AppealJson appeal, List<AppealStep> history, List<Evidence> evidence) {
    }

    @GetMapping
    @Operation(summary = "Appeals (异议) within the caller's data scope, newest first")
    List<AppealJson> list() {
        return service.list().stream().map(AppealJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One appeal with its history and its evidence files (metadata); 404 outside the caller's scope")
    AppealDetail one(@PathVariable long id) {
        Appeal a = service.find(id);
        return new AppealDetail(AppealJson.of(a), appeals.steps(id), appeals.evidence(id));
    }
}

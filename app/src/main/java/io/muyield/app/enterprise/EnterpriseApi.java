package io.muyield.app.enterprise;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/enterprises}: stable for scripts. */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "enterprises")
class EnterpriseApi {

    private final EnterpriseService service;

    EnterpriseApi(EnterpriseService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Enterprises, paged (page from 0) and filtered; ordered by credit code")
    EnterpriseJson.Page list(
            @Parameter(description = "district or functional-zone code, e.g. 500112 or CQ-LJXQ") @RequestParam(required = false) String district,
            @Parameter(description = "park code") @RequestParam(required = false) String park,
            @Parameter(description = "GB/T 4754 code prefix, e.g. 36 or 3612") @RequestParam(required = false) String industry,
            @Parameter(description = "规上 (true) or 规下 (false) in the year (any year when none given)") @RequestParam(required = false) Boolean aboveScale,
            @Parameter(description = "only enterprises with facts in this year") @RequestParam(required = false) Integer year,
            @Parameter(description = "part of the name or the start of the credit code") @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return service.page(new EnterpriseFilter(district, park, industry, aboveScale, year, q), page, size);
    }

    @GetMapping("/{creditCode}")
    @Operation(summary = "One enterprise with its yearly facts, each figure with the batch it came from, and its tags and events of ACTIVE lists with their batches")
    EnterpriseJson.Detail one(@PathVariable String creditCode) {
        return service.detail(creditCode);
    }
}

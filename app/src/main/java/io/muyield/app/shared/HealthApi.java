package io.muyield.app.shared;

import io.muyield.store.Database;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/health}: stable for scripts; open without signing in; 503 when the database does not answer. */
@RestController
@Tag(name = "health")
class HealthApi {

    private final Database database;

    HealthApi(Database database) {
        this.database = database;
    }

    record Health(String status, String database, String version) {
    }

    @GetMapping("/api/v1/health")
    @Operation(summary = "Whether muyield and its database answer")
    ResponseEntity<Health> health() {
        String version = String.valueOf(HealthApi.class.getPackage().getImplementationVersion());
        try {
            database.jdbc().queryForObject("SELECT 1", Integer.class);
            return ResponseEntity.ok(new Health("UP", database.dialect().name(), version));
        } catch (RuntimeException e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("DOWN", database.dialect().name(), version));
        }
    }
}

package io.muyield.app.imports;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload above spring.servlet.multipart.max-file-size / max-request-size: one clear line (JSON for the API), 413.
 * Unrestricted advice: the limit is hit while the request is parsed, before any controller is chosen.
 */
@ControllerAdvice
class UploadLimits {

    static final String MESSAGE = "上传文件过大（单个文件不超过 %s，一次上传不超过 %s）；请拆分文件或使用命令行 muyield import "
            + "(upload too large: at most %s per file and %s per upload; split the files or use the muyield import command)";

    private final String perFile;
    private final String perRequest;

    UploadLimits(@org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:1MB}") String perFile,
                 @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-request-size:10MB}") String perRequest) {
        this.perFile = perFile;
        this.perRequest = perRequest;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<String> tooLarge(HttpServletRequest request) {
        String message = String.format(MESSAGE, perFile, perRequest, perFile, perRequest);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                    .body("{\"status\":413,\"error\":\"" + message.replace("\"", "'") + "\"}");
        }
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(message);
    }
}

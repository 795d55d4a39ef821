package io.muyield.app.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code /api/v1/notifications}: the caller's own notifications; someone else's is a 404. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "notifications")
class NotificationApi {

    private final Inbox inbox;

    NotificationApi(Inbox inbox) {
        this.inbox = inbox;
    }

    record InboxJson(long unread, List<Inbox.Item> items) {
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first (at most 200), with the message in the request's language; unread=true for the unread ones only")
    InboxJson list(@RequestParam(defaultValue = "false") boolean unread) {
        return new InboxJson(inbox.unread(), inbox.items(unread));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Marks one of the caller's notifications read; 404 for a notification of someone else")
    ResponseEntity<Void> read(@PathVariable long id) {
        inbox.markRead(id);
        return ResponseEntity.noContent().build();
    }
}

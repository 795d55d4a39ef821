package io.muyield.app.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** /notifications: the signed-in user's own notifications, newest first; mark one or all read (CSRF-protected forms). */
@Controller
class NotificationPages {

    private final Inbox inbox;

    NotificationPages(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/notifications")
    String list(Model model) {
        model.addAttribute("items", inbox.items(false));
        model.addAttribute("unread", inbox.unread());
        return "notification/list";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id) {
        inbox.markRead(id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        inbox.markAllRead();
        return "redirect:/notifications";
    }
}

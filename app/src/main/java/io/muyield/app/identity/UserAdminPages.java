package io.muyield.app.identity;

import io.muyield.app.shared.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** User administration for the city administrator: create (role + scope), reset password, unlock, disable/enable. */
@Controller
@PreAuthorize("hasRole('CITY_ADMIN')")
class UserAdminPages {

    private final UserDirectory directory;

    UserAdminPages(UserDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", directory.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("roleByName", java.util.Arrays.stream(Role.values()).collect(java.util.stream.Collectors.toMap(Role::name, r -> r)));
        model.addAttribute("now", LocalDateTime.now(ZoneOffset.UTC));
        return "identity/users";
    }

    @PostMapping("/admin/users")
    String create(@AuthenticationPrincipal SignedInUser admin, @RequestParam String username, @RequestParam Role role,
                  @RequestParam(required = false) String scope, @RequestParam String password, RedirectAttributes flash) {
        return act(flash, () -> directory.create(admin.getUsername(), username, role, scope, password), "identity.users.created");
    }

    @PostMapping("/admin/users/{username}/password")
    String reset(@AuthenticationPrincipal SignedInUser admin, @PathVariable String username, @RequestParam String password,
                 RedirectAttributes flash) {
        return act(flash, () -> directory.resetPassword(admin.getUsername(), username, password), "identity.users.reset.done");
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(@AuthenticationPrincipal SignedInUser admin, @PathVariable String username, RedirectAttributes flash) {
        return act(flash, () -> directory.unlock(admin.getUsername(), username), "identity.users.unlocked");
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enable(@AuthenticationPrincipal SignedInUser admin, @PathVariable String username, @RequestParam boolean enabled,
                  RedirectAttributes flash) {
        return act(flash, () -> directory.setEnabled(admin.getUsername(), username, enabled), "identity.users.saved");
    }

    private static String act(RedirectAttributes flash, Runnable action, String doneKey) {
        try {
            action.run();
            flash.addFlashAttribute("done", doneKey);
        } catch (UserFacingException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/users";
    }
}

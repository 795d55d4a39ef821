package io.muyield.app.identity;

import io.muyield.app.shared.UserFacingException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My account": the signed-in user's role and scope, password change (forced for new accounts) and personal API tokens. */
@Controller
class AccountPages {

    private final UserDirectory directory;
    private final ApiTokens tokens;

    AccountPages(UserDirectory directory, ApiTokens tokens) {
        this.directory = directory;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("me", user);
        model.addAttribute("tokens", tokens.of(user.getUsername()));
        return "identity/account";
    }

    @GetMapping(AccountGuardFilter.PASSWORD_PAGE)
    String passwordPage(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("me", user);
        return "identity/password";
    }

    @PostMapping(AccountGuardFilter.PASSWORD_PAGE)
    String changePassword(@AuthenticationPrincipal SignedInUser user, @RequestParam String current, @RequestParam String password,
                          @RequestParam String repeat, RedirectAttributes flash) {
        try {
            if (!password.equals(repeat)) {
                throw new UserFacingException("the two new passwords differ");
            }
            directory.changeOwnPassword(user.getUsername(), current, password);
            flash.addFlashAttribute("done", "identity.password.changed");
            return "redirect:/account";
        } catch (UserFacingException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:" + AccountGuardFilter.PASSWORD_PAGE;
        }
    }

    @PostMapping("/account/tokens")
    String createToken(@AuthenticationPrincipal SignedInUser user, @RequestParam String name, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("newToken", tokens.create(user.getUsername(), name));
        } catch (UserFacingException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes flash) {
        try {
            tokens.revoke(user.getUsername(), id);
        } catch (UserFacingException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/account";
    }
}

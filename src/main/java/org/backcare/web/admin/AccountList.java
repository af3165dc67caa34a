package org.backcare.web.admin;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.accounts.Account;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Username;
import org.backcare.storage.SqlOutbox;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.web.Pages;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.web.access.Visit;

/**
 * The admin's page of accounts (deactivated ones marked, each client sign-in with its client, staff addresses for
 * password resets), shown with what the last change did, or why one was refused, and its two forms.
 */
public final class AccountList {
    public record AccountsPage(Frame frame, List<Account> accounts, Set<Username> deactivated,
            Map<String, String> emails, Form form, Form newPassword, String notice, String refused, boolean mails) {
        public String email(Account account) {
            return emails.getOrDefault(account.username().value(), "");
        }

        public boolean active(Account account) {
            return !deactivated.contains(account.username());
        }
    }

    private final Accounts accounts;
    private final boolean mails;

    AccountList(Accounts accounts, boolean mails) {
        this.accounts = accounts;
        this.mails = mails;
    }

    /** The page, with the add form ({@code add}) and the new-password form as the admin left them. */
    void show(Context ctx, Form add, Form newPassword, String notice, String refused) {
        var all = accounts.all();
        var emails = new HashMap<String, String>();
        all.forEach(a -> accounts.email(a.username()).ifPresent(e -> emails.put(a.username().value(), e)));
        Pages.show(ctx, "admin/accounts.jte", new AccountsPage(Visit.frame(ctx, "Accounts"), all,
                accounts.deactivated(), emails, add, newPassword, notice, refused, mails));
    }

    /** A change to one account in the list refused, with why, above the list. */
    void refuse(Context ctx, String why) {
        ctx.status(422);
        show(ctx, Form.EMPTY, Form.EMPTY, "", why);
    }

    /** The account the path names, or a 404 naming it. */
    Account account(Context ctx) {
        var name = ctx.pathParam("username");
        return named(accounts, name)
                .orElseThrow(() -> new ProblemResponse(Problems.ofStatus(404, "There is no account named " + name + ".")));
    }

    /** The account of a username as typed in a path or a form, if it is one. */
    static Optional<Account> named(Accounts accounts, String name) {
        return Optional.of(name).filter(Username::isValid).map(Username::new).flatMap(accounts::find);
    }

    /** What the last change did, said once after the redirect. */
    static String notice(Context ctx) {
        var who = ctx.queryParam("account");
        if (who == null || !Username.isValid(who)) {
            return "";
        }
        return switch (String.valueOf(ctx.queryParam("done"))) {
            case "added" -> "Added the account " + who + ". Give them their first password in person.";
            case "deactivated" -> "Deactivated " + who + ": they can no longer sign in, and their open sessions have ended.";
            case "signed-out" -> who + " is signed out everywhere.";
            case "email" -> "Saved where " + who + "'s password reset links go.";
            case "activated" -> "Activated " + who + " again: they can sign in with their password.";
            case "invited" -> "Mailed " + who + " a link to choose their password: it works once, within "
                    + SqlOutbox.INVITATION_VALID.toHours() + " hours.";
            case "password" -> "Gave " + who + " a new password: hand it to them in person. Their open sign-ins have"
                    + " ended.";
            default -> "";
        };
    }
}

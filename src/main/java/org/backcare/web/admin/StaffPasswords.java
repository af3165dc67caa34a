package org.backcare.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Consumer;
import org.backcare.accounts.Account;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.intake.Problem;
import org.backcare.mail.Outbox;
import org.backcare.web.Form;
import org.backcare.web.access.Access;
import org.backcare.web.access.MailLinks;
import org.backcare.web.access.Passwords;
import org.backcare.web.access.Visit;

/**
 * The admin giving someone else a password: one chosen and handed over in person, or a link mailed to a staff
 * member's address to choose their own. A therapist added on the command line has none; someone may have forgotten
 * theirs and have no reset address.
 */
final class StaffPasswords {
    private final Accounts accounts;
    private final Consumer<Username> signOutEverywhere;
    private final Optional<Outbox> outbox;
    private final Clock clock;
    private final AccountList list;

    StaffPasswords(Accounts accounts, Consumer<Username> signOutEverywhere, Optional<Outbox> outbox, Clock clock,
            AccountList list) {
        this.accounts = accounts;
        this.signOutEverywhere = signOutEverywhere;
        this.outbox = outbox;
        this.clock = clock;
        this.list = list;
    }

    void register(RoutesConfig routes) {
        routes.post("/admin/accounts/password", this::givePassword, Access.ADMIN);
        routes.post("/admin/accounts/{username}/invite", this::invite, Access.ADMIN);
    }

    /**
     * Someone else's new password, chosen by the admin and handed over in person; the sign-ins made with the old one
     * end on every server. One's own is changed on /account/password, giving the current one.
     */
    private void givePassword(Context ctx) {
        var form = Form.of(ctx);
        var problems = new ArrayList<Problem>();
        var chosen = form.value("password-for");
        var account = Optional.of(chosen).filter(Username::isValid).map(Username::new).filter(accounts::exists);
        if (account.isEmpty()) {
            problems.add(new Problem("password-for", "Choose whose password to set from the list."));
        } else if (chosen.equals(Visit.required(ctx).actor())) {
            problems.add(new Problem("password-for", "Change your own password from your name at the top of the page,"
                    + " giving the current one."));
        }
        Passwords.weakness(form.value("new-password"))
                .ifPresent(why -> problems.add(new Problem("new-password", "Choose a longer password: " + why + ".")));
        if (!problems.isEmpty()) {
            ctx.status(422);
            list.show(ctx, Form.EMPTY, form.withProblems(problems), "", "");
            return;
        }
        accounts.changePassword(account.get(), Passwords.hash(form.value("new-password")));
        signOutEverywhere.accept(account.get());
        ctx.redirect("/admin/accounts?done=password&account=" + chosen, HttpStatus.SEE_OTHER);
    }

    /** A staff member's invitation: the link to choose a password, mailed to their address on file. */
    private void invite(Context ctx) {
        var account = list.account(ctx);
        var who = account.username().value();
        var problem = whyNoLinkCanBeMailed(account);
        if (problem.isPresent()) {
            list.refuse(ctx, who + ": " + problem.get());
            return;
        }
        outbox.orElseThrow().queue(MailLinks.INVITATION, account.username(), clock.instant());
        ctx.redirect("/admin/accounts?done=invited&account=" + who, HttpStatus.SEE_OTHER);
    }

    private Optional<String> whyNoLinkCanBeMailed(Account account) {
        var who = account.username().value();
        if (account.role() == Role.CLIENT) {
            return Optional.of("A client is invited from their own page, to their contact address.");
        }
        if (outbox.isEmpty()) {
            return Optional.of("This server sends no mail: give " + who + " a new password below.");
        }
        if (accounts.email(account.username()).isEmpty()) {
            return Optional.of("Save " + who + "'s email address first, then mail the link.");
        }
        return Optional.empty();
    }
}

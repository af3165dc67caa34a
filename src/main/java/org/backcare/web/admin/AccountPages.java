package org.backcare.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.backcare.accounts.Account;
import org.backcare.accounts.AccountExistsException;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.ClientHasSignInException;
import org.backcare.accounts.Role;
import org.backcare.accounts.UnknownAccountException;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.backcare.clients.Contact;
import org.backcare.clients.UnknownClientException;
import org.backcare.intake.Problem;
import org.backcare.mail.Outbox;
import org.backcare.storage.SqlOutbox;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.web.Pages;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.web.access.Access;
import org.backcare.web.access.MailLinks;
import org.backcare.web.access.Passwords;
import org.backcare.web.access.Visit;

/**
 * The admin's list of accounts (deactivated ones marked, each client sign-in with its client), the form that adds a
 * therapist, another admin, or a client's own sign-in, deactivating or activating an account, and giving someone a
 * new password (a therapist added on the command line has none, a forgotten one without a reset address).
 */
public final class AccountPages {
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
    private final Consumer<Username> signOutEverywhere;
    private final Optional<Outbox> outbox;
    private final Clock clock;

    public AccountPages(Accounts accounts, Consumer<Username> signOutEverywhere, Optional<Outbox> outbox, Clock clock) {
        this.accounts = accounts;
        this.signOutEverywhere = signOutEverywhere;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/accounts", ctx -> show(ctx, Form.EMPTY, notice(ctx)), Access.ADMIN);
        routes.post("/admin/accounts", this::add, Access.ADMIN);
        routes.post("/admin/accounts/{username}/active", this::setActive, Access.ADMIN);
        routes.post("/admin/accounts/{username}/email", this::setEmail, Access.ADMIN);
        routes.post("/admin/accounts/{username}/sign-out", this::signOut, Access.ADMIN);
        routes.post("/admin/accounts/password", this::givePassword, Access.ADMIN);
        routes.post("/admin/accounts/{username}/invite", this::invite, Access.ADMIN);
        routes.delete("/api/accounts/{username}/sessions", ctx -> {
            signOutEverywhere.accept(account(ctx).username());
            ctx.status(204);
        }, Access.ADMIN);
    }

    /** Ends every sign-in of the account on every server, at once (a lost phone, a stolen password). */
    private void signOut(Context ctx) {
        var username = account(ctx).username();
        signOutEverywhere.accept(username);
        ctx.redirect("/admin/accounts?done=signed-out&account=" + username.value(), HttpStatus.SEE_OTHER);
    }

    private Account account(Context ctx) {
        var name = ctx.pathParam("username");
        return Optional.of(name).filter(Username::isValid).map(Username::new).flatMap(accounts::find)
                .orElseThrow(() -> new ProblemResponse(Problems.ofStatus(404, "There is no account named " + name + ".")));
    }

    private void show(Context ctx, Form form, String notice) {
        show(ctx, form, Form.EMPTY, notice, "");
    }

    /** A change to one account in the list refused, with why, above the list. */
    private void refuse(Context ctx, String why) {
        ctx.status(422);
        show(ctx, Form.EMPTY, Form.EMPTY, "", why);
    }

    private void show(Context ctx, Form form, Form newPassword, String notice, String refused) {
        var all = accounts.all();
        var emails = new HashMap<String, String>();
        all.forEach(a -> accounts.email(a.username()).ifPresent(e -> emails.put(a.username().value(), e)));
        Pages.show(ctx, "admin/accounts.jte", new AccountsPage(Visit.frame(ctx, "Accounts"), all,
                accounts.deactivated(), emails, form, newPassword, notice, refused, outbox.isPresent()));
    }

    /** What the last change did, said once after the redirect. */
    private static String notice(Context ctx) {
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

    private void setActive(Context ctx) {
        var visit = Visit.required(ctx);
        var username = ctx.pathParam("username");
        var active = "yes".equals(Form.of(ctx).value("active"));
        if (!Username.isValid(username) || username.equals(visit.actor()) && !active) {
            refuse(ctx, Username.isValid(username) ? "You cannot deactivate your own account: another admin can."
                    : "There is no such account.");
            return;
        }
        try {
            accounts.setActive(new Username(username), active);
        } catch (UnknownAccountException e) {
            throw new NotFoundResponse("There is no account named " + username + ".");
        }
        ctx.redirect("/admin/accounts?done=" + (active ? "activated" : "deactivated") + "&account=" + username,
                HttpStatus.SEE_OTHER);
    }

    /**
     * Someone else's new password, chosen by the admin and handed over in person; the sign-ins made with the old one
     * end on every server. One's own is changed on /account/password, giving the current one.
     */
    private void givePassword(Context ctx) {
        var form = Form.of(ctx);
        var problems = new ArrayList<Problem>();
        var chosen = form.value("password-for");
        var account = Optional.of(chosen).filter(Username::isValid).map(Username::new)
                .filter(u -> accounts.all().stream().anyMatch(a -> a.username().equals(u)));
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
            show(ctx, Form.EMPTY, form.withProblems(problems), "", "");
            return;
        }
        accounts.changePassword(account.get(), Passwords.hash(form.value("new-password")));
        signOutEverywhere.accept(account.get());
        ctx.redirect("/admin/accounts?done=password&account=" + chosen, HttpStatus.SEE_OTHER);
    }

    /** A staff member's invitation: the link to choose a password, mailed to their address on file. */
    private void invite(Context ctx) {
        var account = account(ctx);
        var who = account.username().value();
        Optional<String> problem = account.role() == Role.CLIENT
                ? Optional.of("A client is invited from their own page, to their contact address.")
                : outbox.isEmpty() ? Optional.of("This server sends no mail: give " + who + " a new password below.")
                : accounts.email(account.username()).isEmpty()
                ? Optional.of("Save " + who + "'s email address first, then mail the link.") : Optional.empty();
        if (problem.isPresent()) {
            refuse(ctx, who + ": " + problem.get());
            return;
        }
        outbox.get().queue(MailLinks.INVITATION, account.username(), clock.instant());
        ctx.redirect("/admin/accounts?done=invited&account=" + who, HttpStatus.SEE_OTHER);
    }

    /** A staff member's address for password resets: a blank one removes it. */
    private void setEmail(Context ctx) {
        var account = account(ctx);
        var form = Form.of(ctx);
        var problem = emailProblem(form.value("email"), account.role());
        if (problem.isPresent()) {
            refuse(ctx, account.username().value() + ": " + problem.get());
            return;
        }
        accounts.email(account.username(), Optional.of(form.value("email")).filter(e -> !e.isBlank()));
        ctx.redirect("/admin/accounts?done=email&account=" + account.username().value(), HttpStatus.SEE_OTHER);
    }

    private static Optional<String> emailProblem(String email, Role role) {
        if (email.isBlank()) {
            return Optional.empty();
        }
        if (role == Role.CLIENT) {
            return Optional.of("A client's address is kept with their contact details, on their page.");
        }
        try {
            Contact.checkedEmail(email);
            return Optional.empty();
        } catch (IllegalArgumentException e) { // its message starts with the field
            return Optional.of(e.getMessage().substring("email: ".length()));
        }
    }

    private void add(Context ctx) {
        var form = Form.of(ctx);
        var problems = problems(form);
        if (problems.isEmpty()) {
            try {
                var account = account(form);
                accounts.add(account, Passwords.hash(form.value("password")));
                if (!form.value("email").isBlank()) {
                    accounts.email(account.username(), Optional.of(form.value("email")));
                }
                ctx.redirect("/admin/accounts?done=added&account=" + form.value("username").trim(), HttpStatus.SEE_OTHER);
                return;
            } catch (AccountExistsException e) {
                problems.add(new Problem("username", "There is already an account named " + form.value("username").trim() + "."));
            } catch (UnknownClientException e) {
                problems.add(new Problem("client", "There is no client '" + form.value("client").trim() + "' on file."));
            } catch (ClientHasSignInException e) {
                problems.add(new Problem("client", "A client has one sign-in: " + form.value("client").trim()
                        + " already signs in as " + e.existing() + " (in the list above)."));
            }
        }
        ctx.status(422);
        show(ctx, form.withProblems(problems), "");
    }

    private static Account account(Form form) {
        var username = new Username(form.value("username").trim());
        var name = form.value("name").trim();
        var role = Role.byId(form.value("role")).orElseThrow();
        return role == Role.CLIENT ? Account.client(username, name, new ClientId(form.value("client").trim()))
                : Account.staff(username, name, role);
    }

    static List<Problem> problems(Form form) {
        var problems = new ArrayList<Problem>();
        if (form.value("name").isBlank()) {
            problems.add(new Problem("name", "Give the person's name, for example Dana Whitfield."));
        }
        if (!Username.isValid(form.value("username").trim())) {
            problems.add(new Problem("username", "Use " + Username.RULE + "."));
        }
        var role = Role.byId(form.value("role"));
        if (role.isEmpty()) {
            problems.add(new Problem("role", "Choose therapist, admin or client."));
        }
        if (role.filter(Role.CLIENT::equals).isPresent() && !ClientId.isValid(form.value("client").trim())) {
            problems.add(new Problem("client", "A client's sign-in names their client id, as shown in the client list."));
        }
        Passwords.weakness(form.value("password"))
                .ifPresent(why -> problems.add(new Problem("password", "Choose a longer first password: " + why + ".")));
        role.flatMap(r -> emailProblem(form.value("email"), r)).ifPresent(why -> problems.add(new Problem("email", why)));
        return problems;
    }
}

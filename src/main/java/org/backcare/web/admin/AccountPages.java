package org.backcare.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.backcare.web.Form;
import org.backcare.web.access.Access;
import org.backcare.web.access.Passwords;
import org.backcare.web.access.Visit;

/**
 * The admin's list of accounts and the changes made from it: adding a therapist, another admin, or a client's own
 * sign-in, deactivating or activating an account, its address for password resets, signing it out everywhere; and,
 * through {@link StaffPasswords}, giving someone a password.
 */
public final class AccountPages {
    private final Accounts accounts;
    private final Consumer<Username> signOutEverywhere;
    private final AccountList list;
    private final StaffPasswords passwords;

    public AccountPages(Accounts accounts, Consumer<Username> signOutEverywhere, Optional<Outbox> outbox, Clock clock) {
        this.accounts = accounts;
        this.signOutEverywhere = signOutEverywhere;
        this.list = new AccountList(accounts, outbox.isPresent());
        this.passwords = new StaffPasswords(accounts, signOutEverywhere, outbox, clock, list);
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/accounts", ctx -> list.show(ctx, Form.EMPTY, Form.EMPTY, AccountList.notice(ctx), ""),
                Access.ADMIN);
        routes.post("/admin/accounts", this::add, Access.ADMIN);
        routes.post("/admin/accounts/{username}/active", this::setActive, Access.ADMIN);
        routes.post("/admin/accounts/{username}/email", this::setEmail, Access.ADMIN);
        routes.post("/admin/accounts/{username}/sign-out", this::signOut, Access.ADMIN);
        passwords.register(routes);
        routes.delete("/api/accounts/{username}/sessions", ctx -> {
            signOutEverywhere.accept(list.account(ctx).username());
            ctx.status(204);
        }, Access.ADMIN);
    }

    /** Ends every sign-in of the account on every server, at once (a lost phone, a stolen password). */
    private void signOut(Context ctx) {
        var username = list.account(ctx).username();
        signOutEverywhere.accept(username);
        ctx.redirect("/admin/accounts?done=signed-out&account=" + username.value(), HttpStatus.SEE_OTHER);
    }

    private void setActive(Context ctx) {
        var visit = Visit.required(ctx);
        var username = ctx.pathParam("username");
        var active = "yes".equals(Form.of(ctx).value("active"));
        if (!Username.isValid(username) || username.equals(visit.actor()) && !active) {
            list.refuse(ctx, Username.isValid(username) ? "You cannot deactivate your own account: another admin can."
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

    /** A staff member's address for password resets: a blank one removes it. */
    private void setEmail(Context ctx) {
        var account = list.account(ctx);
        var form = Form.of(ctx);
        var problem = emailProblem(form.value("email"), account.role());
        if (problem.isPresent()) {
            list.refuse(ctx, account.username().value() + ": " + problem.get());
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
        list.show(ctx, form.withProblems(problems), Form.EMPTY, "", "");
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

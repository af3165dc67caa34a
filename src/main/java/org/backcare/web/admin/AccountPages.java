package org.backcare.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.backcare.accounts.Account;
import org.backcare.accounts.AccountExistsException;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.backcare.clients.UnknownClientException;
import org.backcare.intake.Problem;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.web.Pages;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.web.access.Access;
import org.backcare.web.access.Passwords;
import org.backcare.web.access.Visit;

/** The admin's list of accounts, and the form that adds a therapist, another admin, or a client's own sign-in. */
public final class AccountPages {
    public record AccountsPage(Frame frame, List<Account> accounts, Form form, String added, String signedOut) {}

    private final Accounts accounts;
    private final Consumer<Username> signOutEverywhere;

    public AccountPages(Accounts accounts, Consumer<Username> signOutEverywhere) {
        this.accounts = accounts;
        this.signOutEverywhere = signOutEverywhere;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/accounts", ctx -> show(ctx, Form.EMPTY, ctx.queryParam("added"), ctx.queryParam("signed-out")),
                Access.ADMIN);
        routes.post("/admin/accounts", this::add, Access.ADMIN);
        routes.post("/admin/accounts/{username}/sign-out", this::signOut, Access.ADMIN);
        routes.delete("/api/accounts/{username}/sessions", ctx -> {
            signOutEverywhere.accept(account(ctx).username());
            ctx.status(204);
        }, Access.ADMIN);
    }

    /** Ends every sign-in of the account on every server, at once (a lost phone, a stolen password). */
    private void signOut(Context ctx) {
        var username = account(ctx).username();
        signOutEverywhere.accept(username);
        ctx.redirect("/admin/accounts?signed-out=" + username.value(), HttpStatus.SEE_OTHER);
    }

    private Account account(Context ctx) {
        var name = ctx.pathParam("username");
        return Optional.of(name).filter(Username::isValid).map(Username::new).flatMap(accounts::find)
                .orElseThrow(() -> new ProblemResponse(Problems.ofStatus(404, "There is no account named " + name + ".")));
    }

    private void show(Context ctx, Form form, String added, String signedOut) {
        Pages.show(ctx, "admin/accounts.jte", new AccountsPage(Visit.frame(ctx, "Accounts"), accounts.all(), form,
                added == null ? "" : added, signedOut == null || !Username.isValid(signedOut) ? "" : signedOut));
    }

    private void add(Context ctx) {
        var form = Form.of(ctx);
        var problems = problems(form);
        if (problems.isEmpty()) {
            try {
                accounts.add(account(form), Passwords.hash(form.value("password")));
                ctx.redirect("/admin/accounts?added=" + form.value("username").trim(), HttpStatus.SEE_OTHER);
                return;
            } catch (AccountExistsException e) {
                problems.add(new Problem("username", "There is already an account named " + form.value("username").trim() + "."));
            } catch (UnknownClientException e) {
                problems.add(new Problem("client", "There is no client '" + form.value("client").trim() + "' on file."));
            }
        }
        ctx.status(422);
        show(ctx, form.withProblems(problems), null, null);
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
        return problems;
    }
}

package org.backcare.web.access;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import org.backcare.accounts.Account;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.intake.Problem;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.web.Pages;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;

/** The first-run setup of the admin account, signing in and out, and the home page that sends each role on. */
public final class SignInPages {
    public record LoginPage(Frame frame, Form form, String next) {}

    public record SetupPage(Frame frame, Form form, String token) {}

    private final Accounts accounts;
    private final SignIn signIn;
    private final SetupLink setup;

    SignInPages(Accounts accounts, SignIn signIn, SetupLink setup) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.setup = setup;
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::home, Access.ANYONE);
        routes.get("/login", ctx -> showLogin(ctx, Form.EMPTY, 200), Access.ANYONE);
        routes.head("/login", ctx -> showLogin(ctx, Form.EMPTY, 200), Access.ANYONE);
        routes.post("/login", this::login, Access.ANYONE);
        routes.post("/logout", this::logout, Access.SIGNED_IN);
        routes.get("/setup", this::showSetup, Access.ANYONE);
        routes.post("/setup", this::createAdmin, Access.ANYONE);
    }

    private void home(Context ctx) {
        var visit = Visit.of(ctx);
        if (visit.isEmpty()) {
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.redirect(homeOf(visit.get().account()), HttpStatus.SEE_OTHER);
    }

    private static String homeOf(Account account) {
        return account.role() == Role.CLIENT ? "/me" : "/clients";
    }

    private void showLogin(Context ctx, Form form, int status) {
        ctx.status(status);
        Pages.show(ctx, "access/login.jte", new LoginPage(Visit.frame(ctx, "Sign in"), form, safeNext(ctx.queryParam("next"))));
    }

    private void login(Context ctx) {
        var form = Form.of(ctx);
        Account account;
        try {
            account = signIn.check(ctx, form.value("username"), form.value("password"));
        } catch (ProblemResponse refused) {
            var field = refused.problem().status() == 429 ? "username" : "password";
            showLogin(ctx, form.withProblems(List.of(new Problem(field, refused.problem().detail()))),
                    refused.problem().status());
            return;
        }
        signIn.start(ctx, account);
        var next = safeNext(form.value("next"));
        ctx.redirect(next.isEmpty() ? homeOf(account) : next, HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        signIn.end(ctx);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    private void showSetup(Context ctx) {
        var token = ctx.queryParam("token");
        if (!setup.opens(token)) {
            throw setupClosed();
        }
        Pages.show(ctx, "access/setup.jte", new SetupPage(Visit.frame(ctx, "Set up Backcare"), Form.EMPTY, token));
    }

    private void createAdmin(Context ctx) {
        var form = Form.of(ctx);
        if (!setup.opens(form.value("token"))) {
            throw setupClosed();
        }
        var problems = adminProblems(form);
        // before the link is used up, so that a clash costs no new link
        if (problems.isEmpty() && accounts.exists(new Username(form.value("username").trim()))) {
            problems.add(new Problem("username", "A therapist added before the set-up signs in as "
                    + form.value("username").trim() + ": choose another username for the admin."));
        }
        if (!problems.isEmpty()) {
            ctx.status(422);
            Pages.show(ctx, "access/setup.jte", new SetupPage(Visit.frame(ctx, "Set up Backcare"), form.withProblems(problems),
                    form.value("token")));
            return;
        }
        var admin = Account.staff(new Username(form.value("username").trim()), form.value("name").trim(), Role.ADMIN);
        if (!setup.use(form.value("token")) || !accounts.addFirstAdmin(admin, Passwords.hash(form.value("password")))) {
            throw setupClosed();
        }
        signIn.start(ctx, admin);
        ctx.redirect("/admin/accounts", HttpStatus.SEE_OTHER);
    }

    static List<Problem> adminProblems(Form form) {
        var problems = new ArrayList<Problem>();
        if (!Username.isValid(form.value("username").trim())) {
            problems.add(new Problem("username", "Use " + Username.RULE + "."));
        }
        if (form.value("name").isBlank()) {
            problems.add(new Problem("name", "Give the name people will see, for example Dana Whitfield."));
        }
        Passwords.weakness(form.value("password")).ifPresent(why -> problems.add(new Problem("password", "Choose a longer password: " + why + ".")));
        if (!form.value("password").equals(form.value("password-again"))) {
            problems.add(new Problem("password-again", "The two passwords differ."));
        }
        return problems;
    }

    private static ProblemResponse setupClosed() {
        return new ProblemResponse(Problems.ofStatus(404,
                "This setup link is not valid: Backcare is set up already, or the link is from an earlier start."));
    }

    /** Only a path on this site: a link from elsewhere must not send a person on to another site after sign-in. */
    private static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "";
        }
        return next;
    }
}

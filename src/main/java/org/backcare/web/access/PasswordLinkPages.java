package org.backcare.web.access;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcare.accounts.Account;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.OneTimeLinks;
import org.backcare.accounts.Username;
import org.backcare.intake.Problem;
import org.backcare.mail.AppointmentFacts;
import org.backcare.mail.Outbox;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.web.Pages;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;

/**
 * Choosing a password from a link in a mail: a client's sign-in invitation (72 hours) or anyone's password reset
 * (1 hour). Each link works once; the page shows the first name only. Asking for a reset answers the same whether
 * or not the account exists, so the page tells nobody who has one.
 */
public final class PasswordLinkPages {
    private static final List<String> PURPOSES = List.of(MailLinks.INVITATION, MailLinks.RESET);

    public record PasswordPage(Frame frame, Form form, String token, String firstName) {}

    public record ForgotPage(Frame frame, Form form, boolean sent) {}

    private final Accounts accounts;
    private final OneTimeLinks links;
    private final Outbox outbox;
    private final Clock clock;

    public PasswordLinkPages(Accounts accounts, OneTimeLinks links, Outbox outbox, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/password", this::show, Access.ANYONE);
        routes.post("/password", this::choose, Access.ANYONE);
        routes.get("/password/forgot", ctx -> Pages.show(ctx, "access/forgot.jte",
                new ForgotPage(Visit.frame(ctx, "Forgot your password"), Form.EMPTY, false)), Access.ANYONE);
        routes.post("/password/forgot", this::forgot, Access.ANYONE);
    }

    private void show(Context ctx) {
        var token = ctx.queryParam("token");
        var account = holder(token).orElseThrow(PasswordLinkPages::linkClosed);
        Pages.show(ctx, "access/password.jte", new PasswordPage(Visit.frame(ctx, "Choose your password"), Form.EMPTY,
                token, AppointmentFacts.firstName(account.name())));
    }

    private void choose(Context ctx) {
        var form = Form.of(ctx);
        var token = form.value("token");
        var account = holder(token).orElseThrow(PasswordLinkPages::linkClosed);
        var problems = new ArrayList<Problem>();
        Passwords.weakness(form.value("password"))
                .ifPresent(why -> problems.add(new Problem("password", "Choose a longer password: " + why + ".")));
        if (!form.value("password").equals(form.value("password-again"))) {
            problems.add(new Problem("password-again", "The two passwords differ."));
        }
        if (!problems.isEmpty()) {
            ctx.status(422);
            Pages.show(ctx, "access/password.jte", new PasswordPage(Visit.frame(ctx, "Choose your password"),
                    form.withProblems(problems), token, AppointmentFacts.firstName(account.name())));
            return;
        }
        var used = PURPOSES.stream().map(p -> links.use(p, Tokens.hash(token), clock.instant()))
                .flatMap(Optional::stream).findFirst().orElseThrow(PasswordLinkPages::linkClosed);
        accounts.changePassword(new Username(used), Passwords.hash(form.value("password")));
        ctx.redirect("/login?password-set", HttpStatus.SEE_OTHER);
    }

    private void forgot(Context ctx) {
        var form = Form.of(ctx);
        var name = form.value("username").strip();
        if (Username.isValid(name) && accounts.find(new Username(name)).isPresent()) {
            outbox.queue(MailLinks.RESET, new Username(name), clock.instant());
        }
        Pages.show(ctx, "access/forgot.jte", new ForgotPage(Visit.frame(ctx, "Forgot your password"), Form.EMPTY, true));
    }

    private Optional<Account> holder(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return PURPOSES.stream().map(p -> links.peek(p, Tokens.hash(token), clock.instant())).flatMap(Optional::stream)
                .findFirst().flatMap(username -> accounts.find(new Username(username)));
    }

    private static ProblemResponse linkClosed() {
        return new ProblemResponse(Problems.ofStatus(404, "This link does not work any more: it was used already,"
                + " it has expired, or it was copied wrongly. Ask the clinic for a new invitation, or ask for a new"
                + " password at /password/forgot."));
    }
}

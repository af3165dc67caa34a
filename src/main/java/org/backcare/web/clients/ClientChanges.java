package org.backcare.web.clients;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.backcare.accounts.Account;
import org.backcare.accounts.AccountExistsException;
import org.backcare.accounts.ClientHasSignInException;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientChangedException;
import org.backcare.clients.ClientName;
import org.backcare.clients.ClientId;
import org.backcare.intake.Problem;
import org.backcare.web.Form;
import org.backcare.web.access.Passwords;
import org.backcare.web.access.Visit;
import org.backcare.web.clients.ClientOverviewPage.Editing;

/**
 * The forms of the client's overview page: rename, put in a therapist's care, give the client their own sign-in,
 * forget. Each redirects to the page it came from when done, or shows it again with the problems and what was typed.
 */
final class ClientChanges {
    private final ClientBook clients;
    private final Accounts accounts;
    private final OpenClients open;
    private final Carers carers;
    private final ClientOverview overview;
    private final Clock clock;

    ClientChanges(ClientBook clients, Accounts accounts, OpenClients open, Carers carers, ClientOverview overview,
            Clock clock) {
        this.clients = clients;
        this.accounts = accounts;
        this.open = open;
        this.carers = carers;
        this.overview = overview;
        this.clock = clock;
    }

    void rename(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        var form = Form.of(ctx);
        var problem = ClientName.problem(form.value("name"));
        if (problem.isPresent()) {
            sendBack(ctx, visit, id, 422, "name", form, new Problem("name", problem.get()));
            return;
        }
        if (!form.value("version").matches("\\d{1,18}")) {
            sendBack(ctx, visit, id, 422, "name", form, new Problem("name",
                    "The form did not say which version of the client it was opened at: check the name and save again."));
            return;
        }
        try {
            clients.rename(id, form.value("name").strip(), Long.parseLong(form.value("version")));
        } catch (ClientChangedException e) {
            sendBack(ctx, visit, id, 409, "name", form, new Problem("name", "This client was changed by someone else "
                    + "while you had the page open. The name below is what you typed: check the page and save again."));
            return;
        }
        done(ctx, visit, id, "rename client", "renamed");
    }

    void assign(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        var form = Form.of(ctx);
        var carer = carers.named(form.value("therapist"));
        if (carer.isEmpty()) {
            sendBack(ctx, visit, id, 422, "therapist", form, new Problem("therapist", "Choose " + Carers.RULE + "."));
            return;
        }
        carers.assign(id, carer.get());
        done(ctx, visit, id, "assign therapist", "assigned");
    }

    void giveSignIn(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        var form = Form.of(ctx);
        var problems = signInProblems(form);
        if (problems.isEmpty()) {
            var username = new Username(form.value("username").strip());
            try {
                accounts.add(Account.client(username, open.history(id).client().name(), id),
                        Passwords.hash(form.value("password")));
                done(ctx, visit, id, "give sign-in", "sign-in");
                return;
            } catch (AccountExistsException e) {
                problems.add(new Problem("username", "There is already an account named " + username + ": choose another."));
            } catch (ClientHasSignInException e) {
                problems.add(new Problem("username", "This client already signs in as " + e.existing()
                        + ": a client has one sign-in."));
            }
        }
        sendBack(ctx, visit, id, 422, "sign-in", form, problems.toArray(Problem[]::new));
    }

    void forget(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        var form = Form.of(ctx);
        if (!form.value("confirm").equals("yes")) {
            sendBack(ctx, visit, id, 422, "forget", form, new Problem("confirm", "Tick the box to confirm: forgetting "
                    + "deletes the client and everything about them, and cannot be undone."));
            return;
        }
        clients.forget(id, visit.actor(), clock.instant());
        ctx.redirect("/clients?forgotten=" + id.value(), HttpStatus.SEE_OTHER);
    }

    private static List<Problem> signInProblems(Form form) {
        var problems = new ArrayList<Problem>();
        if (!Username.isValid(form.value("username").strip())) {
            problems.add(new Problem("username", "Use " + Username.RULE + "."));
        }
        Passwords.weakness(form.value("password")).ifPresent(why ->
                problems.add(new Problem("password", "Choose a longer first password: " + why + ".")));
        return problems;
    }

    private void done(Context ctx, Visit visit, ClientId id, String action, String notice) {
        clients.audit(id, visit.actor(), action, clock.instant());
        ctx.redirect("/clients/" + id.value() + "?done=" + notice, HttpStatus.SEE_OTHER);
    }

    private void sendBack(Context ctx, Visit visit, ClientId id, int status, String which, Form form, Problem... problems) {
        ctx.status(status);
        overview.show(ctx, visit, id, new Editing(which, form.withProblems(List.of(problems))), "");
    }
}

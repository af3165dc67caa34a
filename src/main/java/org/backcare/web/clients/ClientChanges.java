package org.backcare.web.clients;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.ArrayList;
import java.util.List;
import org.backcare.accounts.Account;
import org.backcare.accounts.AccountExistsException;
import org.backcare.accounts.ClientHasSignInException;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Username;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.WeeklyHours;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientChangedException;
import org.backcare.clients.ClientName;
import org.backcare.clients.Contact;
import org.backcare.mail.Outbox;
import org.backcare.web.access.MailLinks;
import org.backcare.clients.ClientId;
import org.backcare.intake.Problem;
import org.backcare.web.Form;
import org.backcare.web.access.Passwords;
import org.backcare.web.access.Visit;
import org.backcare.web.clients.ClientOverviewPage.Editing;

/**
 * The forms of the client's overview page: rename, contact details, the times they can come, put in a therapist's
 * care, give the client their own sign-in (in person, or by an invitation mail), forget. Each redirects to the page
 * it came from when done, or shows it again with the problems and what was typed.
 */
final class ClientChanges {
    private final ClientBook clients;
    private final Accounts accounts;
    private final AppointmentDesk desk;
    private final OpenClients open;
    private final Carers carers;
    private final ClientOverview overview;
    private final Optional<Outbox> outbox;
    private final Clock clock;

    ClientChanges(ClientBook clients, Accounts accounts, AppointmentDesk desk, OpenClients open, Carers carers,
            ClientOverview overview, Optional<Outbox> outbox, Clock clock) {
        this.outbox = outbox;
        this.clients = clients;
        this.accounts = accounts;
        this.desk = desk;
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

    /** The weekly times the client can come, spelled as working hours; the week planner books them only then. */
    void times(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        var form = Form.of(ctx);
        try {
            desk.clientTimes(id, WeeklyHours.parse(form.value("times")));
        } catch (IllegalArgumentException e) { // the hours' own message, said of the times
            sendBack(ctx, visit, id, 422, "times", form, new Problem("times",
                    "Times: " + e.getMessage().replaceFirst("^hours: ", "")));
            return;
        }
        done(ctx, visit, id, "set client times", "times");
    }

    /** Email, phone and the reminder opt-out (dated the day it was ticked); a blank field removes that detail. */
    void contact(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        var form = Form.of(ctx);
        var problems = new ArrayList<Problem>();
        var email = checked(form, "email", Contact::checkedEmail, problems);
        var phone = checked(form, "phone", Contact::checkedPhone, problems);
        if (!form.value("version").matches("\\d{1,18}")) {
            problems.add(new Problem("email", "The form did not say which version of the client it was opened at:"
                    + " check the details and save again."));
        }
        if (!problems.isEmpty()) {
            sendBack(ctx, visit, id, 422, "contact", form, problems.toArray(Problem[]::new));
            return;
        }
        var onFile = clients.contact(id);
        var noReminders = form.value("no-reminders").equals("yes");
        var contact = onFile.with(email, phone).remindersOff(noReminders
                ? Optional.of(onFile.remindersOff().orElse(LocalDate.now(clock))) : Optional.empty());
        try {
            clients.contact(id, contact, Long.parseLong(form.value("version")));
        } catch (ClientChangedException e) {
            sendBack(ctx, visit, id, 409, "contact", form, new Problem("email", "This client was changed by someone"
                    + " else while you had the page open. Below is what you typed: check the page and save again."));
            return;
        }
        done(ctx, visit, id, "change contact details", "contact");
    }

    /**
     * The client's own sign-in by mail: an account with a password nobody knows, and an invitation with a one-time
     * link to choose theirs, queued for the mail worker.
     */
    void invite(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        var form = Form.of(ctx);
        var name = form.value("invite-username").strip();
        Optional<Problem> problem = Optional.empty();
        if (outbox.isEmpty() || clients.contact(id).mailable().isEmpty()) {
            problem = Optional.of(new Problem("invite-username", outbox.isEmpty()
                    ? "This server sends no mail (no --smtp-host): give the sign-in with a first password instead."
                    : "The client has no email address that works: save one under Contact details first."));
        } else if (!Username.isValid(name)) {
            problem = Optional.of(new Problem("invite-username", "Use " + Username.RULE + "."));
        } else {
            problem = inviteAs(id, new Username(name));
        }
        if (problem.isPresent()) {
            sendBack(ctx, visit, id, 422, "invite", form, problem.get());
            return;
        }
        done(ctx, visit, id, "invite to sign in", "invited");
    }

    private Optional<Problem> inviteAs(ClientId id, Username username) {
        try {
            accounts.add(Account.client(username, open.history(id).client().name(), id),
                    Passwords.hash(Passwords.unknowable()));
        } catch (AccountExistsException e) {
            return Optional.of(new Problem("invite-username", "There is already an account named " + username
                    + ": choose another."));
        } catch (ClientHasSignInException e) {
            return Optional.of(new Problem("invite-username", "This client already signs in as " + e.existing()
                    + ": a client has one sign-in."));
        }
        outbox.orElseThrow().queue(MailLinks.INVITATION, username, clock.instant());
        return Optional.empty();
    }

    private static Optional<String> checked(Form form, String field, UnaryOperator<String> check, List<Problem> problems) {
        if (form.value(field).isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(check.apply(form.value(field)));
        } catch (IllegalArgumentException e) { // its message starts with the field
            problems.add(new Problem(field, e.getMessage().substring(field.length() + 2)));
            return Optional.empty();
        }
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

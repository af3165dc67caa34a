package org.backcare.storage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.backcare.accounts.Account;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.Status;
import org.backcare.clients.ClientId;
import org.backcare.clients.Contact;
import org.backcare.mail.AppointmentFacts;
import org.backcare.mail.FailedMail;
import org.backcare.mail.Letter;
import org.backcare.mail.Letters;
import org.backcare.mail.Outbox;
import org.backcare.mail.OutboxDepth;
import org.jdbi.v3.core.Handle;

/**
 * The mail outbox: what a queued mail says, made when it is sent from what is on file then (an appointment cancelled
 * since its reminder was queued gets no reminder; a client forgotten gets nothing), the mails that failed, and
 * sending one again.
 */
public final class SqlOutbox implements Outbox {
    public static final String KIND = OutboxRows.KIND;

    private final Database database;

    SqlOutbox(Database database) {
        this.database = database;
    }

    /** Queues the sign-in invitation (a client account) or a password reset for an account. */
    @Override
    public void queue(String mail, Username account, Instant now) {
        if (!List.of("invitation", "password-reset").contains(mail)) {
            throw new IllegalArgumentException("mail: invitation or password-reset (was " + mail + ")");
        }
        database.transaction("queue a mail", handle -> {
            new OutboxRows(handle, database.dialect()).account(mail, account.value(), now);
            return null;
        });
    }

    /** Queues the link to a client's pre-visit intake, made when the mail is sent; nothing when they have no address. */
    @Override
    public void queuePreVisitIntake(ClientId client, Instant now) {
        database.transaction("queue a pre-visit intake mail", handle -> {
            new OutboxRows(handle, database.dialect()).preVisitIntake(client, now);
            return null;
        });
    }

    /**
     * The letter a job's payload asks for, or none when there is no longer anyone or anything to write to or about.
     * {@code link} makes a one-time link for a purpose and its subject (an account for invitations and resets, a
     * client for a pre-visit intake).
     */
    public Optional<Letter> letter(String payload, BiFunction<String, String, String> link) {
        var words = payload.split(" ");
        return database.transaction("read a queued mail", handle -> switch (words[0]) {
            case "confirmation", "change", "cancellation", "reminder" -> appointment(handle, words);
            case "invitation", "password-reset" -> account(handle, words[0], new Username(words[1]), link);
            case PRE_VISIT_INTAKE -> preVisitIntake(handle, new ClientId(words[1]), link);
            default -> Optional.<Letter>empty();
        });
    }

    /** Only the client's first name, the clinic and the link: the mail says nothing of why they come. */
    private Optional<Letter> preVisitIntake(Handle handle, ClientId client, BiFunction<String, String, String> link) {
        var to = new ContactRows(handle, database.dialect()).of(client).mailable();
        var name = new ClientRows(handle, database.dialect(), null).name(client);
        if (to.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Letters(SqlClinic.profile(handle)).preVisitIntake(to.get(),
                AppointmentFacts.firstName(name.get()), link.apply(PRE_VISIT_INTAKE, client.value()), PRE_VISIT_VALID));
    }

    private Optional<Letter> appointment(Handle handle, String[] words) {
        var found = new AppointmentRows(handle, database.dialect()).find(Long.parseLong(words[1]));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var a = found.get();
        var contact = new ContactRows(handle, database.dialect()).of(a.client());
        var to = contact.mailable();
        var client = new ClientRows(handle, database.dialect(), null).name(a.client());
        if (to.isEmpty() || client.isEmpty()) {
            return Optional.empty();
        }
        var firstName = AppointmentFacts.firstName(client.get());
        var letters = new Letters(SqlClinic.profile(handle));
        var movedFrom = words[0].equals("change") ? Optional.of(LocalDateTime.parse(words[2])) : Optional.<LocalDateTime>empty();
        var facts = facts(handle, a, movedFrom);
        return switch (words[0]) {
            case "confirmation" -> Optional.of(letters.confirmation(to.get(), firstName, facts));
            case "change" -> Optional.of(letters.change(to.get(), firstName, facts));
            case "cancellation" -> Optional.of(letters.cancellation(to.get(), firstName, facts));
            default -> remindable(a, contact, words[2]) ? Optional.of(letters.reminder(to.get(), firstName, facts))
                    : Optional.empty();
        };
    }

    private static boolean remindable(Appointment a, Contact contact, String start) {
        return a.status() == Status.BOOKED && a.start().toString().equals(start) && contact.wantsReminders();
    }

    /** What a mail or a feed may say about an appointment. */
    static AppointmentFacts facts(Handle handle, Appointment a, Optional<LocalDateTime> movedFrom) {
        var therapist = SqlAccounts.find(handle, a.therapist(), false).map(Account::name).orElse(a.therapist().value());
        var zone = handle.createQuery("select zone from appointments where id = :id").bind("id", a.id())
                .mapTo(String.class).one();
        return new AppointmentFacts(a.id(), a.start(), a.minutes(), ZoneId.of(zone),
                AppointmentFacts.firstName(therapist), a.room(), a.moves().size(), a.status() == Status.CANCELLED, movedFrom);
    }

    private Optional<Letter> account(Handle handle, String mail, Username username,
            BiFunction<String, String, String> link) {
        var account = SqlAccounts.find(handle, username, true);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        var to = account.get().role() == Role.CLIENT
                ? new ContactRows(handle, database.dialect()).of(account.get().client().orElseThrow()).mailable()
                : handle.createQuery("select email from account_emails where username = :username")
                        .bind("username", username.value()).mapTo(String.class).findOne();
        if (to.isEmpty()) {
            return Optional.empty();
        }
        var letters = new Letters(SqlClinic.profile(handle));
        var firstName = AppointmentFacts.firstName(account.get().name());
        var url = link.apply(mail, username.value());
        if (!mail.equals("invitation")) {
            return Optional.of(letters.passwordReset(to.get(), firstName, url, RESET_VALID));
        }
        return Optional.of(account.get().role() == Role.CLIENT
                ? letters.invitation(to.get(), firstName, url, INVITATION_VALID)
                : letters.staffInvitation(to.get(), firstName, url, INVITATION_VALID));
    }

    public static final Duration INVITATION_VALID = Duration.ofHours(72);
    public static final Duration RESET_VALID = Duration.ofHours(1);
    public static final String PRE_VISIT_INTAKE = "pre-visit-intake";
    /** How long a pre-visit intake link works: a week, time enough to fill it in before most first visits. */
    public static final Duration PRE_VISIT_VALID = Duration.ofDays(7);

    /** The address bounced for good: mail to it stops until the client gives another. */
    public void bounced(String address, LocalDate on) {
        database.transaction("mark " + address + " as bounced", handle -> handle.createUpdate("""
                update client_contacts set bounced = :on where lower(email) = lower(:address) and bounced is null""")
                .bind("on", database.dialect().date(on)).bind("address", address).execute());
    }

    @Override
    public OutboxDepth depth(Instant now) {
        return database.read("count the mails not sent", handle -> handle.createQuery("""
                select coalesce(sum(case when run_after <= :now then 1 else 0 end), 0) as due,
                       coalesce(sum(case when run_after > :now then 1 else 0 end), 0) as later,
                       coalesce(sum(case when run_after is null then 1 else 0 end), 0) as failed
                from jobs where kind = :kind""")
                .bind("now", now.toEpochMilli()).bind("kind", KIND)
                .map((row, ctx) -> new OutboxDepth(row.getLong("due"), row.getLong("later"),
                        row.getLong("failed")))
                .one());
    }

    /** Mails that failed at least once and are not sent yet, the oldest first. */
    public List<FailedMail> failed() {
        return database.transaction("list the failed mails", handle -> handle.createQuery("""
                select id, payload, attempts, last_error, run_after from jobs
                where kind = :kind and last_error is not null order by id""")
                .bind("kind", KIND)
                .map((row, ctx) -> new FailedMail(row.getLong("id"), row.getString("payload"), row.getInt("attempts"),
                        row.getString("last_error"), Optional.ofNullable((Number) row.getObject("run_after"))
                                .map(n -> Instant.ofEpochMilli(n.longValue()))))
                .list());
    }

    /** Tries a failed mail again now, with a fresh count of attempts; false when there is no such failed mail. */
    public boolean retry(long id, Instant now) {
        return database.transaction("retry mail " + id, handle -> handle.createUpdate("""
                update jobs set run_after = :now, attempts = 0
                where id = :id and kind = :kind and last_error is not null and leased_by is null""")
                .bind("now", now.toEpochMilli()).bind("id", id).bind("kind", KIND).execute() == 1);
    }
}

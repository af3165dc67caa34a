package org.backcare.web.clients;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.accounts.Account;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.Contact;
import org.backcare.clients.IntakeVersion;
import org.backcare.web.Form;
import org.backcare.web.Frame;

/**
 * One client at a glance: who they are, who cares for them, where they stand (the screening now, their last and next
 * session), their current intake, how much is on file, and the forms that change them. At most one form is being
 * edited: the one sent back with problems, as it was typed.
 */
public record ClientOverviewPage(Frame frame, ClientHistory history, long version, Optional<Account> therapist,
        List<Account> carers, Optional<Username> signIn, Contact contact, String times, boolean mailing,
        Editing editing, String notice, boolean draftWaits, ClientStanding standing) {

    /** The form that came back with problems: "name", "contact", "times", "therapist", "sign-in", "invite" or "forget". */
    public record Editing(String which, Form form) {
        public static final Editing NONE = new Editing("", Form.EMPTY);
    }

    public String id() {
        return history.client().id().value();
    }

    public IntakeVersion intake() {
        return history.intakes().get(history.intakes().size() - 1);
    }

    public Form form(String which) {
        if (editing.which().equals(which)) {
            return editing.form();
        }
        return switch (which) {
            case "name" -> new Form(Map.of("name", history.client().name()), List.of());
            case "contact" -> new Form(Map.of("email", contact.email().orElse(""), "phone", contact.phone().orElse(""),
                    "no-reminders", contact.remindersOff().isPresent() ? "yes" : ""), List.of());
            case "times" -> new Form(Map.of("times", times), List.of());
            default -> Form.EMPTY;
        };
    }

    /** An invitation can be mailed: this server sends mail and the client has an address that works. */
    public boolean mayInvite() {
        return mailing && contact.mailable().isPresent();
    }

    public boolean mayManage() {
        return frame.is(Role.ADMIN);
    }

    public boolean caredForBy(Account carer) {
        return therapist.map(t -> t.username().equals(carer.username())).orElse(false);
    }
}

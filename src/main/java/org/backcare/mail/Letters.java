package org.backcare.mail;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.backcare.wording.Counted;

/**
 * The mails Backcare sends. They are made only of what a mail may say: the client's first name, the appointment's
 * facts, the clinic's details and a link, so nothing about health can find its way in.
 */
public final class Letters {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final ClinicProfile clinic;

    public Letters(ClinicProfile clinic) {
        this.clinic = clinic;
    }

    public Letter confirmation(String to, String firstName, AppointmentFacts visit) {
        return appointment(to, "Your appointment on " + day(visit.start()), firstName,
                List.of("Your appointment is booked."), visit);
    }

    public Letter reminder(String to, String firstName, AppointmentFacts visit) {
        return appointment(to, "Reminder: your appointment on " + day(visit.start()) + " at " + time(visit.start()),
                firstName, List.of("A reminder of your appointment.", changeOrCancel()), visit);
    }

    public Letter change(String to, String firstName, AppointmentFacts visit) {
        var from = visit.movedFrom().map(f -> "Your appointment of " + day(f) + " at " + time(f) + " has moved.")
                .orElse("Your appointment has changed.");
        return appointment(to, "Your appointment has moved to " + day(visit.start()), firstName, List.of(from), visit);
    }

    public Letter cancellation(String to, String firstName, AppointmentFacts visit) {
        return appointment(to, "Your appointment on " + day(visit.start()) + " is cancelled", firstName,
                List.of("Your appointment below is cancelled.", "To book another, reply to this mail or call us."),
                visit);
    }

    public Letter invitation(String to, String firstName, String link, Duration valid) {
        var words = new Template("Your sign-in for " + clinic.signature(), "Hello " + firstName + ",",
                List.of(clinic.signature() + " has made you a sign-in to see your care plan and your appointments.",
                        "Open this link to choose your password. It works once, within " + hours(valid) + "."),
                List.of(), Optional.of(link), clinic);
        return new Letter(to, words.subject(), words.text(), words.html(), Optional.empty());
    }

    /** A therapist's or another admin's first sign-in, sent by the admin: the same link, other words. */
    public Letter staffInvitation(String to, String firstName, String link, Duration valid) {
        var words = new Template("Your Backcare sign-in at " + clinic.signature(), "Hello " + firstName + ",",
                List.of(clinic.signature() + " has made you a Backcare sign-in for your clients, your day sheet and"
                        + " your calendar.", "Open this link to choose your password. It works once, within "
                        + hours(valid) + "."),
                List.of(), Optional.of(link), clinic);
        return new Letter(to, words.subject(), words.text(), words.html(), Optional.empty());
    }

    public Letter passwordReset(String to, String firstName, String link, Duration valid) {
        var words = new Template("Choose a new password for " + clinic.signature(), "Hello " + firstName + ",",
                List.of("Someone asked to reset your password. Open this link to choose a new one. It works once,"
                        + " within " + hours(valid) + ".", "If it was not you, ignore this mail: nothing changes."),
                List.of(), Optional.of(link), clinic);
        return new Letter(to, words.subject(), words.text(), words.html(), Optional.empty());
    }

    /** Words that fit any client: nothing says why they come, only that the clinic has a form for them. */
    public Letter preVisitIntake(String to, String firstName, String link, Duration valid) {
        var words = new Template("A form to fill in before your visit to " + clinic.signature(), "Hello " + firstName + ",",
                List.of(clinic.signature() + " asks you to fill in its form before your visit, on your phone or"
                        + " computer.", "Open this link to fill it in. It works once, within " + hours(valid) + "."),
                List.of(), Optional.of(link), clinic);
        return new Letter(to, words.subject(), words.text(), words.html(), Optional.empty());
    }

    private Letter appointment(String to, String subject, String firstName, List<String> paragraphs,
            AppointmentFacts visit) {
        var details = new ArrayList<Map.Entry<String, String>>();
        details.add(Map.entry("Date", day(visit.start())));
        details.add(Map.entry("Time", time(visit.start()) + " to " + time(visit.end()) + " (" + visit.zone().getId() + ")"));
        details.add(Map.entry("Therapist", visit.therapistFirstName()));
        visit.room().ifPresent(room -> details.add(Map.entry("Room", room)));
        var words = new Template(subject, "Hello " + firstName + ",", paragraphs, details, Optional.empty(), clinic);
        return new Letter(to, subject, words.text(), words.html(), Optional.of(visit));
    }

    private String changeOrCancel() {
        return clinic.phone().isEmpty() ? "To change or cancel it, contact us."
                : "To change or cancel it, call us on " + clinic.phone() + ".";
    }

    private static String day(LocalDateTime at) {
        return DAY.format(at);
    }

    private static String time(LocalDateTime at) {
        return TIME.format(at);
    }

    private static String hours(Duration valid) {
        return valid.toHours() % 24 == 0 ? Counted.of(valid.toDays(), "day") : Counted.of(valid.toHours(), "hour");
    }
}

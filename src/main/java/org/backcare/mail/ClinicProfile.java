package org.backcare.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What mails and the client's pages show of the clinic (its name, address and phone), whether clients may book
 * themselves, and how long before an appointment its reminder goes (and a second one, if the clinic wants one).
 */
public record ClinicProfile(String name, String address, String phone, boolean selfBooking, Duration reminder,
        Optional<Duration> secondReminder) {
    public static final Duration DEFAULT_REMINDER = Duration.ofHours(24);
    public static final Duration LONGEST_REMINDER = Duration.ofDays(14);
    public static final ClinicProfile UNNAMED = new ClinicProfile("", "", "", false, DEFAULT_REMINDER, Optional.empty());

    public ClinicProfile {
        name = Objects.requireNonNull(name).strip();
        address = Objects.requireNonNull(address).strip();
        phone = Objects.requireNonNull(phone).strip();
        check("reminder", reminder);
        secondReminder.ifPresent(second -> check("second-reminder", second));
    }

    private static void check(String field, Duration before) {
        if (before.compareTo(Duration.ofHours(1)) < 0 || before.compareTo(LONGEST_REMINDER) > 0) {
            throw new IllegalArgumentException(field + ": from 1 to " + LONGEST_REMINDER.toHours()
                    + " hours before the appointment (was " + before.toHours() + ")");
        }
    }

    /** How the clinic signs its mails: its name, or "Your clinic" before it has one. */
    public String signature() {
        return name.isEmpty() ? "Your clinic" : name;
    }
}

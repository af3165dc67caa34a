package org.backcare.web.intakes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.backcare.clients.RecordDates;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;

/** What a new client needs besides an intake, checked alike for the form and the API: a name and their consent. */
final class NewClient {
    private NewClient() {
    }

    /** The day the client agreed to their health data being stored: a date, not after today. */
    static Optional<String> consentDateProblem(String date, LocalDate today) {
        if (date.isBlank()) {
            return Optional.of("required: the day the client agreed to their health data being stored, YYYY-MM-DD");
        }
        try {
            var given = RecordDates.parse(date.strip());
            return given.isAfter(today) ? Optional.of(given + " is in the future: record consent once it is given")
                    : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("'" + date.strip() + "' is not a date: use YYYY-MM-DD, for example " + today);
        }
    }

    /** Why the name cannot be used as it is, and a name whose id is free. */
    static String taken(String name, ClientBook clients) {
        if (ClientId.fromName(name + " 2").equals(ClientId.fromName(name))) {
            return "a client '" + ClientId.fromName(name) + "' is already on file; to keep this client apart, make the"
                    + " name differ within its first " + ClientId.MAX_LENGTH + " letters and digits";
        }
        int n = 2;
        while (clients.history(ClientId.fromName(name + " " + n)).isPresent()) {
            n++;
        }
        return "a client '" + ClientId.fromName(name) + "' is already on file; to keep this client apart, add to the"
                + " name, for example '" + name.strip() + " " + n + "'";
    }
}

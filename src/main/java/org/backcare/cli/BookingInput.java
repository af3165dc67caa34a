package org.backcare.cli;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import org.backcare.accounts.Username;
import org.backcare.intake.Problem;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What the booking commands share: reading their options, and turning the book's refusals into bad input. */
final class BookingInput {
    private BookingInput() {
    }

    /** Runs the work; a value the book refuses ("field: message") is bad input on the option of that name. */
    static <T> T checked(String what, String option, Supplier<T> work) {
        return checked(what, option, null, work);
    }

    /**
     * As {@link #checked(String, String, Supplier)}, but a refusal of {@code field} is said of {@code option}: the
     * command names that value otherwise (a parameter such as NAME, or an option such as --take-back-off).
     */
    static <T> T checked(String what, String option, String field, Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            var message = e.getMessage();
            int colon = message.indexOf(": ");
            if (colon <= 0 || message.substring(0, colon).contains(" ")) {
                throw new BadInputException(what, List.of(new Problem(option, message)));
            }
            var named = message.substring(0, colon);
            var said = named.equals(field) ? option : "--" + named;
            throw new BadInputException(what, List.of(new Problem(said, message.substring(colon + 2))));
        }
    }

    /** Who made the change, for the audit log: the person at the terminal. */
    static String actor() {
        return System.getProperty("user.name", "cli");
    }

    static final class Time implements ITypeConverter<LocalTime> {
        @Override
        public LocalTime convert(String value) {
            try {
                return LocalTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a time; use HH:MM, for example 09:30");
            }
        }
    }

    static final class User implements ITypeConverter<Username> {
        @Override
        public Username convert(String value) {
            if (!Username.isValid(value)) {
                throw new TypeConversionException("'" + value + "' is not a username: use " + Username.RULE);
            }
            return new Username(value);
        }
    }
}

package org.backcare.clients;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach a client: an email address and a phone number (either may be missing), the day they asked for no
 * more reminders, and the day their address bounced for good (mail to it stops until a new address is given).
 */
public record Contact(Optional<String> email, Optional<String> phone, Optional<LocalDate> remindersOff,
        Optional<LocalDate> bounced) {
    public static final Contact NONE = new Contact(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,30}");

    public Contact {
        email = email.map(Contact::checkedEmail);
        phone = phone.map(Contact::checkedPhone);
    }

    public static Contact of(Optional<String> email, Optional<String> phone) {
        return new Contact(email, phone, Optional.empty(), Optional.empty());
    }

    /** Mail can go to this client: they have an address that has not bounced. */
    public Optional<String> mailable() {
        return bounced.isPresent() ? Optional.empty() : email;
    }

    /** Reminders go only to a mailable address whose owner has not turned them off. */
    public boolean wantsReminders() {
        return mailable().isPresent() && remindersOff.isEmpty();
    }

    /** New details; a new address clears the bounce, and the opt-out stays as it was. */
    public Contact with(Optional<String> newEmail, Optional<String> newPhone) {
        var sameAddress = newEmail.map(String::strip).map(e -> e.toLowerCase(Locale.ROOT))
                .equals(email.map(e -> e.toLowerCase(Locale.ROOT)));
        return new Contact(newEmail, newPhone, remindersOff, sameAddress ? bounced : Optional.empty());
    }

    public Contact remindersOff(Optional<LocalDate> since) {
        return new Contact(email, phone, since, bounced);
    }

    public Contact bounced(LocalDate on) {
        return new Contact(email, phone, remindersOff, Optional.of(on));
    }

    /**
     * The address, stripped; a malformed one is refused with a message starting with the field, naming what is
     * wrong. Checks the shape (RFC 5321's lengths, one @, a domain with a dot), not whether the mailbox exists.
     */
    public static String checkedEmail(String address) {
        var a = address.strip();
        int at = a.lastIndexOf('@');
        if (a.isEmpty() || at <= 0 || at == a.length() - 1 || a.indexOf('@') != at) {
            throw bad(a, "needs one @ between a name and a domain, such as asha@example.org");
        }
        var local = a.substring(0, at);
        var domain = a.substring(at + 1);
        if (a.length() > 254 || !LOCAL_PART.matcher(local).matches() || local.startsWith(".") || local.endsWith(".")
                || local.contains("..")) {
            throw bad(a, "the part before @ may have letters, digits and . _ + - (at most 64, no two dots in a row)");
        }
        var labels = domain.split("\\.", -1);
        if (labels.length < 2 || !Arrays.stream(labels).allMatch(l -> DOMAIN_LABEL.matcher(l).matches())) {
            throw bad(a, "the domain after @ must be a name with a dot, such as example.org");
        }
        return a;
    }

    /** A phone number as people write it: digits with spaces, dashes, dots, brackets, an optional leading +. */
    public static String checkedPhone(String number) {
        var n = number.strip();
        long digits = n.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(n).matches() || digits < 6 || digits > 15) {
            throw new IllegalArgumentException("phone: '" + n + "' is not a phone number: 6 to 15 digits, with"
                    + " spaces, dashes or brackets if you like, and a leading + for the country code (+44 20 7946 0958)");
        }
        return n;
    }

    private static IllegalArgumentException bad(String address, String why) {
        return new IllegalArgumentException("email: '" + address + "' is not an email address: " + why);
    }
}

package org.backcare.smtp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backcare.clients.Contact;

/**
 * How the clinic's mail goes out: its SMTP server, how the connection is protected, who signs in to it, and the
 * sender's address. {@code none} (no TLS) is only for a relay on this machine: a password never crosses the network
 * in clear.
 */
public record MailSettings(String host, int port, Tls tls, Optional<String> user, Optional<String> password,
        String from) {

    public enum Tls {
        NONE, STARTTLS, SMTPS;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Tls> byId(String id) {
            return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
        }

        int defaultPort() {
            return this == SMTPS ? 465 : this == STARTTLS ? 587 : 25;
        }
    }

    /** Every problem with the settings, each starting with the option it is about; none when they can be used. */
    public static List<String> problems(String host, Integer port, String tls, String from) {
        var problems = new ArrayList<String>();
        if (host == null || host.isBlank()) {
            problems.add("--smtp-host: required to send mail: the clinic's SMTP server, such as smtp.example.org");
        }
        if (port != null && (port < 1 || port > 65535)) {
            problems.add("--smtp-port: from 1 to 65535 (was " + port + ")");
        }
        if (Tls.byId(tls).isEmpty()) {
            problems.add("--smtp-tls: one of none, starttls, smtps (was " + tls + ")");
        } else if (Tls.byId(tls).get() == Tls.NONE && host != null && !isThisMachine(host)) {
            problems.add("--smtp-tls: none is only for a relay on this machine (localhost, 127.0.0.1, ::1); "
                    + host + " needs starttls or smtps");
        }
        if (from == null || from.isBlank()) {
            problems.add("--mail-from: required to send mail: the address mails come from, such as desk@clinic.example");
        } else {
            try {
                Contact.checkedEmail(from);
            } catch (IllegalArgumentException e) {
                problems.add("--mail-from: " + e.getMessage().substring("email: ".length()));
            }
        }
        return problems;
    }

    public static MailSettings of(String host, Integer port, String tls, Optional<String> user, Optional<String> password,
            String from) {
        var problems = problems(host, port, tls, from);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        var mode = Tls.byId(tls).orElseThrow();
        return new MailSettings(host.strip(), port != null ? port : mode.defaultPort(), mode, user.filter(u -> !u.isBlank()),
                password, from.strip());
    }

    static boolean isThisMachine(String host) {
        return List.of("localhost", "127.0.0.1", "::1", "[::1]").contains(host.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() { // never the password
        return host + ":" + port + " (" + tls.id() + user.map(u -> ", as " + u).orElse("") + "), from " + from;
    }
}

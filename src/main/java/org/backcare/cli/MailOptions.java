package org.backcare.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.backcare.intake.Problem;
import org.backcare.smtp.MailSettings;
import picocli.CommandLine.Option;

/**
 * How {@code serve} sends mail: options, or the same keys in a settings file (options win). The password never is
 * an option (it would show in the process list): it comes from $BACKCARE_SMTP_PASSWORD or a file.
 */
final class MailOptions {
    static final String PASSWORD_VARIABLE = "BACKCARE_SMTP_PASSWORD";
    private static final Set<String> KEYS = Set.of("smtp-host", "smtp-port", "smtp-tls", "smtp-user",
            "smtp-password-file", "mail-from");

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "The clinic's SMTP server; without it no mail is sent.")
    String host;

    @Option(names = "--smtp-port", paramLabel = "PORT", description = "Its port (default: 587 for starttls, 465 for smtps, 25 for none).")
    Integer port;

    @Option(names = "--smtp-tls", paramLabel = "none|starttls|smtps",
            description = "How the connection is protected (default: starttls; none only for a relay on this machine).")
    String tls;

    @Option(names = "--smtp-user", paramLabel = "USER", description = "Who signs in to the SMTP server, if it asks.")
    String user;

    @Option(names = "--smtp-password-file", paramLabel = "FILE",
            description = "A file holding the SMTP password (else $" + PASSWORD_VARIABLE + ").")
    Path passwordFile;

    @Option(names = "--mail-from", paramLabel = "ADDRESS", description = "The address mails come from.")
    String from;

    @Option(names = "--mail-settings", paramLabel = "FILE",
            description = "A settings file with the same keys: smtp-host=…, smtp-port=…, smtp-tls=…, smtp-user=…,"
                    + " smtp-password-file=…, mail-from=….")
    Path settingsFile;

    /** The settings, or none when no SMTP server is given; every problem refused at once, naming its option. */
    Optional<MailSettings> settings(Map<String, String> environment) {
        var file = settingsFile == null ? new Properties() : read(settingsFile);
        var givenHost = pick(host, file, "smtp-host");
        if (givenHost == null && from == null && !file.containsKey("mail-from")) {
            return Optional.empty();
        }
        var problems = new ArrayList<Problem>();
        Integer givenPort = port;
        if (givenPort == null && file.containsKey("smtp-port")) {
            try {
                givenPort = Integer.valueOf(file.getProperty("smtp-port").strip());
            } catch (NumberFormatException e) {
                problems.add(new Problem("--smtp-port", "'" + file.getProperty("smtp-port") + "' in " + settingsFile
                        + " is not a port number"));
            }
        }
        var givenTls = Optional.ofNullable(pick(tls, file, "smtp-tls")).orElse("starttls");
        var givenFrom = pick(from, file, "mail-from");
        for (var problem : MailSettings.problems(givenHost, givenPort, givenTls, givenFrom)) {
            int colon = problem.indexOf(':');
            problems.add(new Problem(problem.substring(0, colon), problem.substring(colon + 2)));
        }
        var password = password(environment, file, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException("cannot send mail with these settings", problems);
        }
        return Optional.of(MailSettings.of(givenHost, givenPort, givenTls, Optional.ofNullable(pick(user, file, "smtp-user")),
                password, givenFrom));
    }

    private Optional<String> password(Map<String, String> environment, Properties file, List<Problem> problems) {
        var path = passwordFile != null ? passwordFile
                : file.containsKey("smtp-password-file") ? Path.of(file.getProperty("smtp-password-file").strip()) : null;
        if (path == null) {
            return Optional.ofNullable(environment.get(PASSWORD_VARIABLE)).filter(p -> !p.isEmpty());
        }
        try {
            return Optional.of(Files.readString(path).strip());
        } catch (IOException e) {
            problems.add(new Problem("--smtp-password-file", "cannot read " + path + ": " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static String pick(String option, Properties file, String key) {
        return option != null ? option : Optional.ofNullable(file.getProperty(key)).map(String::strip).orElse(null);
    }

    private static Properties read(Path path) {
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(path)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new BadInputException("cannot read the mail settings",
                    List.of(new Problem("--mail-settings", "cannot read " + path + ": " + e.getMessage())));
        }
        var unknown = properties.stringPropertyNames().stream().filter(k -> !KEYS.contains(k)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new BadInputException("cannot read the mail settings", List.of(new Problem("--mail-settings",
                    path + ": unknown " + (unknown.size() == 1 ? "key " : "keys ") + String.join(", ", unknown)
                            + "; known: " + String.join(", ", KEYS.stream().sorted().toList()))));
        }
        return properties;
    }
}

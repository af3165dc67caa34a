package org.backcare.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.backcare.clients.Contact;
import org.backcare.intake.Problem;
import picocli.CommandLine.Option;

/** --email and --phone: an empty value removes one; a malformed one is refused, naming the option. */
final class ContactOptions {
    @Option(names = "--email", paramLabel = "ADDRESS", description = "The client's email address (\"\" removes it).")
    String email;

    @Option(names = "--phone", paramLabel = "NUMBER", description = "The client's phone number (\"\" removes it).")
    String phone;

    boolean any() {
        return email != null || phone != null;
    }

    /** The details on file with the options given laid over them. */
    Contact given(Contact onFile, String refusal) {
        var problems = new ArrayList<Problem>();
        var newEmail = checked(email, onFile.email(), "--email", Contact::checkedEmail, problems);
        var newPhone = checked(phone, onFile.phone(), "--phone", Contact::checkedPhone, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException(refusal, problems);
        }
        return onFile.with(newEmail, newPhone);
    }

    private static Optional<String> checked(String given, Optional<String> onFile, String option,
            UnaryOperator<String> check, List<Problem> problems) {
        if (given == null) {
            return onFile;
        }
        if (given.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(check.apply(given));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(option, e.getMessage().substring(e.getMessage().indexOf(':') + 2)));
            return onFile;
        }
    }
}

package org.backcare.cli;

import java.util.List;
import java.util.Optional;
import org.backcare.clients.ClientId;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Change how to reach a client: their email address and phone number, and whether they get"
                + " appointment reminders (a new address also clears a bounce).")
final class EditClientCommand implements Runnable {
    @Parameters(paramLabel = "ID", converter = ClientIdConverter.class, description = "The client's id, such as asha-rao.")
    ClientId id;

    @Mixin
    ContactOptions contact;

    @Option(names = "--reminders", paramLabel = "on|off",
            description = "off: the client asked for no reminder mails (recorded with today's date); on: send them again.")
    String reminders;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (!contact.any() && reminders == null) {
            throw new BadInputException("nothing to change", List.of(new Problem("--email",
                    "give --email, --phone or --reminders on|off")));
        }
        if (reminders != null && !List.of("on", "off").contains(reminders)) {
            throw new BadInputException("cannot change the client", List.of(new Problem("--reminders",
                    "'" + reminders + "' is not on or off")));
        }
        try (var db = database.open()) {
            var book = db.clientBook(KnowledgeFiles.bundled().vocabulary());
            var details = contact.given(book.contact(id), "cannot change the client");
            if (reminders != null) {
                details = details.remindersOff(reminders.equals("off")
                        ? Optional.of(details.remindersOff().orElse(DatabaseOption.today(db))) : Optional.empty());
            }
            book.contact(id, details);
            spec.commandLine().getOut().printf("%s: email %s, phone %s, reminders %s.%n", id,
                    details.email().orElse("none"), details.phone().orElse("none"),
                    details.remindersOff().map(d -> "off since " + d).orElse("on"));
        }
    }
}

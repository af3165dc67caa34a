package org.backcare.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backcare.clients.ClientExistsException;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientName;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.Contact;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add a client with their intake. Their health data is stored only with their consent: give"
                + " --consent (given today) or --consent-date DATE (the day they gave it).")
final class AddClientCommand implements Runnable {
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The client's name, such as \"Asha Rao\".")
    String name;

    @Option(names = "--intake", required = true, paramLabel = "FILE", description = "Their intake file (YAML or JSON).")
    Path intake;

    @Option(names = "--consent", description = "The client consented today to their health data being stored.")
    boolean consentToday;

    @Option(names = "--consent-date", paramLabel = "DATE", converter = IsoDate.class,
            description = "The day the client consented to their health data being stored, YYYY-MM-DD.")
    LocalDate consentDate;

    @Option(names = "--id", paramLabel = "ID", converter = ClientIdConverter.class,
            description = "The id to keep them under (default: from the name, such as asha-rao).")
    ClientId id;

    @Mixin
    ContactOptions contact;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var today = database.today();
        var consent = consent(today);
        var details = contact.given(Contact.NONE, "cannot add the client");
        var vocabulary = KnowledgeFiles.bundled().vocabulary();
        var firstIntake = new IntakeVersion(1, today, IntakeArgument.read(intake, vocabulary));
        var client = new ClientRecord(id != null ? id : ClientId.fromName(name), name.strip(), consent);
        try (var db = database.open()) {
            db.clientBook(vocabulary).add(client, firstIntake, details);
            spec.commandLine().getOut().printf("Added %s (%s): consent given %s, intake version 1, in %s.%n",
                    client.id(), client.name(), consent, db.shown());
        } catch (ClientExistsException e) {
            throw new BadInputException("cannot add the client", List.of(new Problem("--id",
                    e.getMessage() + "; keep them under another id, such as --id " + client.id() + "-2")));
        }
    }

    /** At a terminal, the therapist is asked instead of being told to add a flag; elsewhere the flag is needed. */
    private boolean askedAtTheTerminal() {
        var console = System.console();
        if (console == null) {
            return false;
        }
        var answer = console.readLine("Has %s consented today to their health data being stored? [y/N] ", name.strip());
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }

    private LocalDate consent(LocalDate today) {
        var problems = new ArrayList<Problem>();
        ClientName.problem(name).ifPresent(problem -> problems.add(new Problem("--name", problem)));
        if (!consentToday && consentDate == null && askedAtTheTerminal()) {
            consentToday = true;
        }
        if (!consentToday && consentDate == null) {
            problems.add(new Problem("--consent", "a client's health data is stored only with their consent: add"
                    + " --consent if they gave it today, or --consent-date YYYY-MM-DD for the day they did"));
        }
        if (consentToday && consentDate != null) {
            problems.add(new Problem("--consent-date", "give --consent or --consent-date, not both"));
        }
        if (consentDate != null && consentDate.isAfter(today)) {
            problems.add(new Problem("--consent-date", consentDate + " is in the future: record consent once it is given"));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("cannot add the client", problems);
        }
        return consentToday ? today : consentDate;
    }
}

package org.backcare.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.backcare.accounts.Account;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.booking.Room;
import org.backcare.booking.WeeklyHours;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Intake;
import org.backcare.intake.Problem;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.scheduling.ClinicGenerator.DemoClient;
import org.backcare.scheduling.ClinicGenerator;
import org.backcare.scheduling.WeeklyWindow;
import org.backcare.storage.Database;
import org.backcare.web.access.Passwords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Fill an empty database with a seeded, realistic clinic to try Backcare out: therapists with"
                + " hours and skills, rooms, clients (drawn across the example intakes, some caution, a few refer) with"
                + " consent, the times they can come and their past sessions. Refused when the database has clients."})
final class DemoCommand implements Runnable {
    @Option(names = "--clinic", required = true, paramLabel = "SIZE",
            description = "small (3 therapists, 2 rooms, 40 sessions next week), medium (10, 5, 300) or large (30, 15, 1,200).")
    String clinic;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "The same seed gives the same clinic (default 1).")
    long seed;

    @Option(names = "--examples", paramLabel = "DIR", description = "The intakes to draw clients from (default: the project's examples folder).")
    Path examples;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var size = size();
        var kb = KnowledgeFiles.bundled();
        var folder = examples != null ? examples : defaultExamples();
        if (!Files.isDirectory(folder)) {
            throw new BadInputException("cannot make the demo clinic", List.of(new Problem("--examples",
                    "no folder " + folder + "; give the folder of example intakes")));
        }
        var kinds = intakes(folder, kb);
        var demo = new ClinicGenerator(kinds, kb).generate(size, seed, LocalDate.now());
        var monday = demo.week().firstDay();
        try (var db = database.open()) {
            var clients = db.clientBook(kb.vocabulary());
            if (!clients.clients().isEmpty()) {
                throw new BadInputException("cannot make the demo clinic", List.of(new Problem("--db",
                        db.shown() + " already has clients; the demo fills an empty database only")));
            }
            var desk = TherapistCommand.book(db);
            for (var t : demo.week().therapists()) {
                var username = new Username(t.username());
                db.accounts().add(Account.staff(username, capitalised(t.username()), Role.THERAPIST),
                        Passwords.hash(TherapistCommand.Add.unguessable()));
                desk.hours(username, hours(t.hours()));
                desk.skills(username, t.skills());
            }
            demo.week().rooms().forEach(r -> desk.addRoom(new Room(r.id(), r.equipment())));
            for (var client : demo.clients()) {
                add(db, client);
            }
            spec.commandLine().getOut().printf("Made the %s demo clinic (seed %d) in %s: %d therapists, %d rooms,"
                    + " %d clients; the week of %s wants %d sessions. Try: backcare schedule propose --week %s%n"
                    + "In the web app: backcare serve --db %s prints a link that creates the admin, who then gives the"
                    + " therapists their passwords on /admin/accounts.%n",
                    clinic, seed, db.shown(), demo.week().therapists().size(), demo.week().rooms().size(),
                    demo.clients().size(), monday, demo.week().due().size(), monday, db.shown());
        }
    }

    private ClinicGenerator.Size size() {
        try {
            return ClinicGenerator.Size.valueOf(clinic.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("cannot make the demo clinic", List.of(new Problem("--clinic",
                    "'" + clinic + "' is not a size; small, medium or large")));
        }
    }

    /** The examples folder beside the build: the jar or classes sit in target/, the folder in the project. */
    private static Path defaultExamples() {
        var here = Path.of("examples");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            var code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.getParent().getParent().resolve("examples");
        } catch (Exception e) {
            return here;
        }
    }

    private static List<Intake> intakes(Path folder, KnowledgeBase kb) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().matches(".*\\.(yaml|yml|json)")).sorted()
                    .map(f -> IntakeFile.read(f, kb.vocabulary()).intake()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WeeklyHours hours(List<WeeklyWindow> windows) {
        return WeeklyHours.parse(windows.stream().map(w -> w.day().toString().substring(0, 3).toLowerCase(Locale.ROOT)
                + " " + w.from() + "-" + w.to()).collect(Collectors.joining("; ")));
    }

    private static void add(Database db, DemoClient client) {
        var history = client.history();
        var id = history.client().id();
        var clients = db.clientBook(KnowledgeFiles.bundled().vocabulary());
        clients.add(history.client(), history.intakes().get(0));
        TherapistCommand.book(db).clientTimes(id, hours(client.onPlan().available()));
        if (client.onPlan().usualTherapist() != null) {
            db.accounts().assign(id, new Username(client.onPlan().usualTherapist()));
        }
        history.sessions().forEach(session -> clients.logSession(id, session));
        history.measures().forEach(measure -> clients.recordMeasure(id, measure));
    }

    private static String capitalised(String username) {
        return username.substring(0, 1).toUpperCase(Locale.ROOT) + username.substring(1);
    }
}

package org.backcare.cli;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.PlanToBook;
import org.backcare.booking.PlanVisits;
import org.backcare.booking.ScreeningGate;
import org.backcare.booking.SeriesBooking;
import org.backcare.booking.SeriesProposal;
import org.backcare.booking.SeriesRequest;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import org.backcare.planning.CarePlan;
import org.backcare.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "book", mixinStandardHelpOptions = true,
        description = {"Book a client: the sessions of their current plan (--series), or one appointment (--date).",
                "Screening decides first: an urgent or refer plan is not booked. Prints what was booked, with the"
                        + " appointment ids, and what could not be placed and why; a clash is refused, writing nothing."})
final class BookCommand implements Runnable {
    @Mixin
    ClientHistoryArgument client;

    @Option(names = "--series", description = "Book the plan's sessions (all, or the next N).")
    boolean series;

    @Option(names = "--next", paramLabel = "N", description = "Only the next N sessions of the plan.")
    Integer next;

    @Option(names = "--from", converter = IsoDate.class, paramLabel = "DATE", description = "The plan starts on this day (default: today).")
    LocalDate from;

    @Option(names = "--date", converter = IsoDate.class, paramLabel = "DATE", description = "One appointment on this day.")
    LocalDate date;

    @Option(names = "--at", required = true, converter = BookingInput.Time.class, paramLabel = "HH:MM", description = "The time, on the clinic's clock.")
    LocalTime at;

    @Option(names = "--weekday", paramLabel = "DAY", description = "The client's preferred weekday (mon ... sun) for a series.")
    String weekday;

    @Option(names = "--minutes", paramLabel = "M", description = "One appointment's length (default: the plan's next session's).")
    Integer minutes;

    @Option(names = "--therapist", converter = BookingInput.User.class, paramLabel = "USERNAME",
            description = "Who sees the client (default: the therapist caring for them).")
    Username therapist;

    @Option(names = "--room", paramLabel = "NAME", description = "The room (optional).")
    String room;

    @Option(names = "--dry-run", description = "Show what would be booked, and book nothing.")
    boolean dryRun;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (series == (date != null)) {
            throw new BadInputException("cannot book", List.of(new Problem("--series", "give either --series or --date DATE")));
        }
        var kb = KnowledgeFiles.bundled();
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (var db = database.open()) {
            var desk = TherapistCommand.book(db);
            var zone = desk.settings().zone();
            var start = from != null ? from : date != null ? date : LocalDate.now(zone);
            var plan = new PlanToBook(kb).upcoming(client.history(db.clientBook(kb.vocabulary())), start);
            var cautions = ScreeningGate.admit(plan.screening());
            var who = therapist(db);
            var out = spec.commandLine().getOut();
            if (series) {
                series(db, plan, new SeriesRequest(client.id, who, Optional.ofNullable(room), at, weekday(), cautions), now, zone, out);
            } else {
                var first = plan.schedule().sessions().stream().findFirst();
                var one = BookingInput.checked("cannot book", "--minutes", () -> Appointment.booked(client.id, who,
                        Optional.ofNullable(room), date.atTime(at), minutes != null ? minutes : first.map(s -> s.minutes()).orElse(60),
                        Optional.empty(), first.map(s -> s.techniques()).orElse(List.of()), cautions));
                var booked = BookingInput.checked("cannot book", "--room", () -> desk.book(List.of(one), BookingInput.actor(), now));
                out.println("Booked for " + client.id + " with " + who + ":");
                booked.forEach(a -> out.println("  " + line(a, zone)));
            }
        }
    }

    private void series(Database db, CarePlan plan, SeriesRequest request, Instant now, ZoneId zone, PrintWriter out) {
        var visits = PlanVisits.of(plan);
        if (next != null) {
            if (next < 1) {
                throw new BadInputException("cannot book", List.of(new Problem("--next", "must be 1 or more (was " + next + ")")));
            }
            visits = visits.subList(0, Math.min(next, visits.size()));
        }
        var desk = TherapistCommand.book(db);
        var last = visits.stream().map(v -> v.date().plusDays(v.toleranceDays() + 7)).max(LocalDate::compareTo).orElse(plan.start());
        var proposal = SeriesBooking.propose(desk.book(plan.start().minusDays(7), last), visits, request, now);
        var placed = proposal.placed().stream().map(SeriesProposal.Placed::appointment).toList();
        var booked = dryRun ? placed : BookingInput.checked("cannot book", "--room", () -> desk.book(placed, BookingInput.actor(), now));
        out.println((dryRun ? "Would book " : "Booked ") + booked.size() + " of " + visits.size() + " plan sessions for "
                + client.id + " with " + request.therapist() + (dryRun ? " (dry run: nothing was booked)" : "") + ":");
        for (int i = 0; i < booked.size(); i++) {
            var p = proposal.placed().get(i);
            out.println("  " + line(booked.get(i), zone) + (p.moved() ? "  (planned " + p.visit().date() + ", moved to the nearest free time)" : ""));
        }
        if (!proposal.notPlaced().isEmpty()) {
            out.println("Could not place:");
            proposal.notPlaced().forEach(n -> out.println("  session " + n.visit().session() + " (planned " + n.visit().date() + "): " + n.why()));
        }
        if (!request.cautions().isEmpty()) {
            out.println("Cautions on each visit: " + String.join("; ", request.cautions()));
        }
    }

    static String line(Appointment a, ZoneId zone) {
        var day = a.start().getDayOfWeek().toString().substring(0, 3).toLowerCase(Locale.ROOT);
        return (a.id() == 0 ? "" : "#" + a.id() + "  ") + day + " " + a.start().toLocalDate() + " " + a.start().toLocalTime()
                + "-" + a.end(zone).toLocalTime() + a.room().map(r -> "  room " + r).orElse("")
                + a.planSession().map(s -> "  session " + s).orElse("");
    }

    private Username therapist(Database db) {
        if (therapist != null) {
            return therapist;
        }
        return db.accounts().therapistOf(client.id).orElseThrow(() -> new BadInputException("cannot book", List.of(
                new Problem("--therapist", "required: no therapist cares for " + client.id + " yet"))));
    }

    private Optional<DayOfWeek> weekday() {
        if (weekday == null) {
            return Optional.empty();
        }
        for (var day : DayOfWeek.values()) {
            if (day.toString().substring(0, 3).equalsIgnoreCase(weekday.strip())) {
                return Optional.of(day);
            }
        }
        throw new BadInputException("cannot book", List.of(new Problem("--weekday", "'" + weekday + "' is not a day: use mon, tue, wed, thu, fri, sat or sun")));
    }
}

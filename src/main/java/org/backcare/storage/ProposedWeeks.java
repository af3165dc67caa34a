package org.backcare.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.Equipment;
import org.backcare.booking.PlanToBook;
import org.backcare.booking.ScreeningGate;
import org.backcare.clients.ClientId;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.Session;

/**
 * Proposed weeks and their booking, the same from the command line and the web: the book as a proposal is made
 * (to tell a stale one later), and accepting it, all of it or none, by the rules of booking by hand.
 */
public final class ProposedWeeks {
    /** The book changed since the proposal was made: each line says what. Nothing was booked. */
    public static final class StaleProposalException extends RuntimeException {
        private final List<String> changes;

        StaleProposalException(long id, List<String> changes) {
            super("proposal " + id + " is stale: the book changed since it was made; plan the week again");
            this.changes = List.copyOf(changes);
        }

        public List<String> changes() {
            return changes;
        }
    }

    private final Database database;
    private final KnowledgeBase knowledge;
    private final SqlAppointments desk;

    public ProposedWeeks(Database database, KnowledgeBase knowledge) {
        this.database = database;
        this.knowledge = knowledge;
        this.desk = database.appointments(Equipment.neededBy(knowledge));
    }

    /** The book in those days as it stands: what a proposal made now is checked against when it is accepted. */
    public List<String> bookState(LocalDate firstDay, int days) {
        return SqlWeekProposals.bookState(desk.between(firstDay, firstDay.plusDays(days - 1L), Optional.empty()));
    }

    /**
     * Books the kept proposal and removes it; empty when there is no such proposal. Refused, with nothing booked,
     * when stale ({@link StaleProposalException}) or by the booking rules (the desk's own exceptions).
     */
    public Optional<List<Appointment>> accept(long id, String actor, Instant now) {
        var proposals = new SqlWeekProposals(database);
        var kept = proposals.find(id);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        var changes = changes(kept.get().bookState(), bookState(kept.get().firstDay(), kept.get().days()));
        if (!changes.isEmpty()) {
            throw new StaleProposalException(id, changes);
        }
        var booked = desk.book(appointments(kept.get()), actor, now);
        proposals.remove(id);
        return Optional.of(booked);
    }

    private static List<String> changes(List<String> then, List<String> now) {
        var changes = new ArrayList<String>();
        now.stream().filter(l -> !then.contains(l)).forEach(l -> changes.add("booked since: " + l));
        then.stream().filter(l -> !now.contains(l)).forEach(l -> changes.add("no longer as it was: " + l));
        return changes;
    }

    /** Each placed session as an appointment, with the plan's techniques and the screening's cautions (or a refusal). */
    private List<Appointment> appointments(SqlWeekProposals.Kept kept) {
        var book = database.clientBook(knowledge.vocabulary());
        var wanted = new ArrayList<Appointment>();
        for (var s : kept.sessions()) {
            var client = new ClientId(s.client());
            var plan = new PlanToBook(knowledge).upcoming(book.history(client).orElseThrow(), kept.firstDay());
            var cautions = ScreeningGate.admit(plan.screening());
            var techniques = plan.schedule().sessions().stream().filter(p -> p.number() == s.planSession())
                    .map(Session::techniques).findFirst().orElse(List.of());
            wanted.add(Appointment.booked(client, new Username(s.therapist()), Optional.ofNullable(s.room()), s.start(),
                    s.minutes(), Optional.of(s.planSession()), techniques, cautions));
        }
        return wanted;
    }
}

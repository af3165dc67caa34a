package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.scheduling.Fixtures.MONDAY_7_DEC;
import static org.backcare.scheduling.Fixtures.monday;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.backcare.accounts.Username;
import org.backcare.booking.AppointmentBook;
import org.backcare.booking.Clash;
import org.backcare.booking.ClinicSettings;
import org.backcare.booking.Equipment;
import org.backcare.booking.WeeklyHours;
import org.backcare.booking.WorkingWeek;
import org.backcare.clients.ClientId;
import org.backcare.files.KnowledgeFiles;
import org.backcare.files.PlannerWeightsFile;
import org.backcare.intake.Pressure;
import org.backcare.knowledge.EquipmentNeeded;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Outcome;
import org.backcare.planning.CarePlanner;
import org.junit.jupiter.api.Test;

/**
 * The week planner and the appointment book agree on rooms: for every technique in the knowledge base, and every
 * session of the examples' plans, in a room with any combination of the equipment the techniques name, the planner
 * offers the room and does not penalise it exactly when booking finds no missing equipment. (A proposal that put a
 * hot-stone session in a room booking refuses could not be accepted.)
 */
class EquipmentAgreementTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeFiles.bundled();
    private static final EquipmentNeeded NEEDS = EquipmentNeeded.by(KNOWLEDGE);
    private static final Username MEI = new Username("mei");

    private final ConstraintVerifier<WeekPlannerConstraints, WeekSchedule> verifier = ConstraintVerifier.build(
            new WeekPlannerConstraints(), WeekSchedule.class, Visit.class);

    @Test
    void everyTechniqueInEveryRoomIsAllowedByThePlannerExactlyWhenBookingAllowsIt() {
        assertThat(NEEDS.byTechnique()).containsKeys("hot-stone", "kati-basti", "swedana");
        int checked = 0;
        for (var technique : KNOWLEDGE.techniques()) {
            checked += agreeInEveryRoom(List.of(technique.id()));
        }
        assertThat(checked).isEqualTo(KNOWLEDGE.techniques().size() * rooms().size());
    }

    @Test
    void everySessionOfTheExamplesPlansIsAllowedByThePlannerExactlyWhenBookingAllowsIt() {
        var planner = new CarePlanner(KNOWLEDGE);
        var sessions = Examples.intakes().stream().map(i -> planner.plan(i, MONDAY_7_DEC))
                .flatMap(p -> p.schedule().sessions().stream()).toList();
        assertThat(sessions).anySatisfy(s -> assertThat(NEEDS.forSession(s.techniques())).isNotEmpty());
        sessions.forEach(s -> agreeInEveryRoom(s.techniques()));
    }

    private int agreeInEveryRoom(List<String> techniques) {
        int checked = 0;
        for (var equipment : rooms()) {
            var room = new Room("room", equipment);
            boolean bookingAllows = booking(techniques, equipment).stream()
                    .noneMatch(c -> c.kind() == Clash.Kind.ROOM_LACKS_EQUIPMENT);
            var due = due(techniques);
            var therapist = new Therapist("mei", Set.of(techniques.get(0)), 40 * 60, Fixtures.WEEKDAYS_9_TO_17);
            verifier.verifyThat(WeekPlannerConstraints::roomNotEquipped)
                    .given(Fixtures.visit(due, monday("10:00"), therapist, room))
                    .penalizesBy(bookingAllows ? 0 : 1);
            var visit = WeekProblem.of(new ClinicWeek(MONDAY_7_DEC, 1, List.of(therapist), List.of(room), List.of(),
                    List.of(due), List.of(), false), PlannerWeightsFile.bundled()).visits().get(0);
            boolean offered = !visit.getPossibleStarts().isEmpty() && visit.getPossibleRooms().contains(room);
            assertThat(offered).as(techniques + " in a room with " + equipment).isEqualTo(bookingAllows);
            checked++;
        }
        return checked;
    }

    /** The due session as {@link DueSessions} makes it from a plan session with these techniques. */
    private static DueSession due(List<String> techniques) {
        return new DueSession("asha", 1, 60, techniques.get(0), Pressure.MODERATE, NEEDS.forSession(techniques), null,
                MONDAY_7_DEC, 1, Fixtures.WEEKDAYS_9_TO_17, List.of(), Outcome.CLEAR);
    }

    private static List<Clash> booking(List<String> techniques, Set<String> equipment) {
        var book = new AppointmentBook(ClinicSettings.defaults(ZoneOffset.UTC),
                Map.of(MEI, WorkingWeek.of(WeeklyHours.parse("mon-fri 09:00-17:00"))),
                List.of(new org.backcare.booking.Room("room", equipment)), Equipment.neededBy(KNOWLEDGE), List.of());
        var appointment = org.backcare.booking.Appointment.booked(new ClientId("asha"), MEI, Optional.of("room"),
                monday("10:00"), 60, Optional.of(1), techniques, List.of());
        return book.clashes(appointment, Instant.EPOCH);
    }

    /** Every combination of the equipment the knowledge base names, from none to all of it. */
    private static List<Set<String>> rooms() {
        var items = new ArrayList<>(new TreeSet<>(NEEDS.byTechnique().values().stream().flatMap(Set::stream).toList()));
        var rooms = new ArrayList<Set<String>>();
        for (int mask = 0; mask < 1 << items.size(); mask++) {
            var room = new TreeSet<String>();
            for (int i = 0; i < items.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    room.add(items.get(i));
                }
            }
            rooms.add(room);
        }
        return rooms;
    }
}

package org.backcare.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.backcare.RandomIntakes;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.backcare.files.KnowledgeFiles;
import org.backcare.planning.CarePlanner;
import org.junit.jupiter.api.Test;

/**
 * The booking invariants over generated weeks: random working weeks, rooms and a stream of booking attempts (single
 * appointments and series) into the book, each kept only when the book shows no clash, as the storage keeps them.
 */
class BookingProperties {
    private static final int WEEKS = 100;
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 22); // the week before the clocks change
    private static final List<String> TECHNIQUES = List.of("swedish", "hot-stone", "kati-basti", "deep-tissue");

    private record Generated(AppointmentBook book, List<Appointment> kept, Map<Username, WorkingWeek> weeks) {
    }

    private static void forEveryWeek(long seed, Consumer<Generated> property) {
        var random = new Random(seed);
        for (int i = 0; i < WEEKS; i++) {
            var generated = generate(random);
            try {
                property.accept(generated);
            } catch (AssertionError e) {
                throw new AssertionError("fails for week #" + i + " of seed " + seed, e);
            }
        }
    }

    private static Generated generate(Random random) {
        var weeks = new HashMap<Username, WorkingWeek>();
        for (int t = 0; t < 1 + random.nextInt(4); t++) {
            weeks.put(new Username("therapist-" + t), randomWeek(random));
        }
        var therapists = new ArrayList<>(weeks.keySet());
        var book = new AppointmentBook(Clinic.SETTINGS, weeks, Clinic.ROOMS, Clinic.NEEDS, List.of());
        var kept = new ArrayList<Appointment>();
        for (int attempt = 0; attempt < 60; attempt++) {
            var wanted = Appointment.booked(new ClientId("client-" + random.nextInt(8)),
                    therapists.get(random.nextInt(therapists.size())),
                    random.nextInt(3) == 0 ? Optional.empty() : Optional.of(Clinic.ROOMS.get(random.nextInt(2)).name()),
                    MONDAY.plusDays(random.nextInt(14)).atTime(6 + random.nextInt(14), random.nextInt(4) * 15),
                    15 * (2 + random.nextInt(6)), Optional.empty(),
                    List.of(TECHNIQUES.get(random.nextInt(TECHNIQUES.size()))), List.of());
            var current = book;
            var placed = random.nextBoolean()
                    ? Optional.of(wanted).filter(a -> current.clashes(a, Clinic.NOW).isEmpty())
                    : book.nearestFree(wanted, MONDAY, MONDAY.plusDays(13), Clinic.NOW);
            if (placed.isPresent()) {
                var id = kept.size() + 1;
                kept.add(placed.get().withId(id));
                book = book.with(placed.get().withId(id));
            }
        }
        return new Generated(book, kept, weeks);
    }

    private static WorkingWeek randomWeek(Random random) {
        var spec = new StringBuilder();
        for (var day : DayOfWeek.values()) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            int open = 7 + random.nextInt(4);
            int close = open + 4 + random.nextInt(6);
            spec.append(day.name().substring(0, 3).toLowerCase()).append(String.format(" %02d:00-%02d:00", open, close));
            if (random.nextBoolean()) {
                spec.append(String.format(" break %02d:00-%02d:30", open + 2, open + 2));
            }
            spec.append("; ");
        }
        var week = WorkingWeek.of(WeeklyHours.parse(spec.toString()));
        return random.nextBoolean() ? week : week.withDaysOff(new DaysOff(MONDAY.plusDays(random.nextInt(14)),
                MONDAY.plusDays(random.nextInt(14)).plusDays(14)));
    }

    @Test
    void noTwoAppointmentsOfOneTherapistOrOneRoomEverOverlap() {
        forEveryWeek(11, generated -> {
            var zone = Clinic.SETTINGS.zone();
            var kept = generated.kept();
            for (int i = 0; i < kept.size(); i++) {
                for (int j = i + 1; j < kept.size(); j++) {
                    var a = kept.get(i);
                    var b = kept.get(j);
                    boolean overlap = a.startsAt(zone).isBefore(b.endsAt(zone)) && b.startsAt(zone).isBefore(a.endsAt(zone));
                    if (overlap) {
                        assertThat(a.therapist()).isNotEqualTo(b.therapist());
                        assertThat(a.client()).isNotEqualTo(b.client());
                        if (a.room().isPresent()) {
                            assertThat(a.room()).isNotEqualTo(b.room());
                        }
                    }
                }
            }
        });
    }

    @Test
    void noAppointmentIsOutsideItsTherapistsWorkingHoursOrInARoomWithoutItsEquipment() {
        var booked = new int[1];
        forEveryWeek(12, generated -> {
            booked[0] += generated.kept().size();
            for (var a : generated.kept()) {
                var hours = generated.weeks().get(a.therapist()).hoursOn(a.start().toLocalDate());
                var end = a.end(Clinic.SETTINGS.zone());
                assertThat(end.toLocalDate()).isEqualTo(a.start().toLocalDate());
                assertThat(hours).anyMatch(r -> r.contains(a.start().toLocalTime(), end.toLocalTime()));
                a.room().ifPresent(room -> a.techniques().forEach(t -> assertThat(Clinic.ROOMS.stream()
                        .filter(r -> r.name().equals(room)).findFirst().orElseThrow().equipment())
                        .containsAll(Clinic.NEEDS.getOrDefault(t, Set.of()))));
            }
        });
        assertThat(booked[0]).as("appointments booked in all the weeks").isGreaterThan(WEEKS * 10);
    }

    @Test
    void noAppointmentIsEverBookedForAReferOrUrgentPlan() {
        var knowledge = KnowledgeFiles.bundled();
        var planner = new CarePlanner(knowledge);
        var intakes = new RandomIntakes(knowledge.vocabulary(), 13);
        var week = WorkingWeek.of(WeeklyHours.parse("mon-sat 08:00-20:00"));
        int refused = 0;
        for (int i = 0; i < 500; i++) {
            var plan = planner.plan(intakes.next(), MONDAY);
            var book = new AppointmentBook(Clinic.SETTINGS, Map.of(Clinic.MIRA, week), Clinic.ROOMS, Map.of(), List.of());
            if (plan.screening().outcome().stopsMassage()) {
                refused++;
                assertThat(plan.schedule().sessions()).isEmpty();
                assertThatThrownBy(() -> ScreeningGate.admit(plan.screening())).isInstanceOf(ScreeningRefusedException.class);
                continue;
            }
            var cautions = ScreeningGate.admit(plan.screening());
            var proposal = SeriesBooking.propose(book, PlanVisits.of(plan), new SeriesRequest(Clinic.ASHA, Clinic.MIRA,
                    Optional.empty(), LocalTime.of(10, 0), Optional.empty(), cautions), Clinic.NOW);
            assertThat(proposal.placed()).allSatisfy(p -> assertThat(p.appointment().cautions()).isEqualTo(cautions));
        }
        assertThat(refused).isGreaterThan(50);
    }
}

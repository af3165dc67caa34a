package org.backcare.benchmark;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentBook;
import org.backcare.booking.ClinicSettings;
import org.backcare.booking.PlannedVisit;
import org.backcare.booking.Room;
import org.backcare.booking.SeriesBooking;
import org.backcare.booking.SeriesProposal;
import org.backcare.booking.SeriesRequest;
import org.backcare.booking.Tolerance;
import org.backcare.booking.WeeklyHours;
import org.backcare.booking.WorkingWeek;
import org.backcare.clients.ClientId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Free slots for a 10-session weekly series in a clinic of 10 therapists with 2,000 appointments on file (about four
 * a day each over ten weeks, the wanted time often taken): the proposal on a book already read, and with the book
 * built from the appointments first. Run with {@code bench/free-slot-benchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FreeSlotBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate MONDAY = LocalDate.of(2030, 1, 7);
    private static final Instant NOW = MONDAY.minusDays(1).atStartOfDay(ZONE).toInstant();

    private final ClinicSettings settings = new ClinicSettings(ZONE, Duration.ofMinutes(10), Duration.ofHours(24));
    private final Map<Username, WorkingWeek> weeks = new HashMap<>();
    private final List<Appointment> onFile = new ArrayList<>();
    private final List<Room> rooms = List.of(new Room("Blue", Set.of("heated-table")), new Room("Green", Set.of()));
    private AppointmentBook book;
    private List<PlannedVisit> series;
    private SeriesRequest request;

    @Setup
    public void aBusyClinic() {
        var random = new Random(7);
        var usual = WeeklyHours.parse("mon-thu 09:00-17:00 break 12:30-13:15; fri 09:00-13:00");
        for (int t = 0; t < 10; t++) {
            weeks.put(new Username("therapist-" + t), WorkingWeek.of(usual));
        }
        var therapists = List.copyOf(weeks.keySet());
        var empty = new AppointmentBook(settings, weeks, rooms, Map.of(), List.of());
        var growing = empty;
        while (onFile.size() < 2_000) {
            var day = MONDAY.plusDays(random.nextInt(70));
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            var wanted = Appointment.booked(new ClientId("client-" + random.nextInt(500)),
                    therapists.get(random.nextInt(therapists.size())), Optional.empty(),
                    day.atTime(LocalTime.of(9 + random.nextInt(7), random.nextBoolean() ? 0 : 30)), 45, Optional.empty(),
                    List.of("swedish"), List.of());
            if (growing.clashes(wanted, NOW).isEmpty()) {
                var kept = wanted.withId(onFile.size() + 1);
                onFile.add(kept);
                growing = growing.with(kept);
            }
        }
        book = growing;
        series = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            series.add(new PlannedVisit(s + 1, MONDAY.plusDays(1 + 7L * s), 45, List.of("swedish"), Tolerance.days(7)));
        }
        request = new SeriesRequest(new ClientId("asha-rao"), therapists.get(0), Optional.empty(), LocalTime.of(10, 0),
                Optional.empty(), List.of());
    }

    @Benchmark
    public SeriesProposal seriesOnABookAlreadyRead() {
        return SeriesBooking.propose(book, series, request, NOW);
    }

    @Benchmark
    public SeriesProposal seriesWithTheBookBuiltFromTheAppointments() {
        return SeriesBooking.propose(new AppointmentBook(settings, weeks, rooms, Map.of(), onFile), series, request, NOW);
    }
}

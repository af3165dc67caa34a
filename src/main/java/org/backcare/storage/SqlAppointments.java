package org.backcare.storage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.backcare.accounts.Role;
import org.backcare.accounts.UnknownAccountException;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentBook;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.BookingRefusedException;
import org.backcare.booking.Clash;
import org.backcare.booking.ClinicSettings;
import org.backcare.booking.DaysOff;
import org.backcare.booking.ExtraDay;
import org.backcare.booking.FrontDesk;
import org.backcare.booking.HeldSessions;
import org.backcare.booking.Room;
import org.backcare.booking.Status;
import org.backcare.booking.TimeRange;
import org.backcare.booking.WeeklyHours;
import org.backcare.booking.WorkingWeek;
import org.backcare.clients.AuditEntry;
import org.backcare.clients.ClientId;
import org.backcare.clients.UnknownClientException;
import org.backcare.knowledge.EquipmentNeeded;
import org.jdbi.v3.core.Handle;

/**
 * The appointment book kept in a {@link Database}: settings, working weeks, rooms and appointments. Every method is
 * one transaction; a booking or a move takes the book's lock, checks for clashes and writes, so of two people booking
 * the same time at once exactly one wins. Every change to an appointment is in the audit log.
 */
public final class SqlAppointments implements AppointmentDesk {
    private final Database database;
    private final Map<String, Set<String>> equipmentNeeded;

    SqlAppointments(Database database, Map<String, Set<String>> equipmentNeeded) {
        this.database = database;
        this.equipmentNeeded = Map.copyOf(equipmentNeeded);
    }

    @Override
    public ClinicSettings settings() {
        return database.readOne("read the clinic's settings", this::settings);
    }

    private ClinicSettings settings(Handle handle) {
        return handle.createQuery("select zone, turnover_minutes, notice_minutes from clinic_settings where id = 1")
                .map((row, ctx) -> new ClinicSettings(ZoneId.of(row.getString("zone")),
                        Duration.ofMinutes(row.getInt("turnover_minutes")), Duration.ofMinutes(row.getInt("notice_minutes"))))
                .findOne().orElseGet(() -> ClinicSettings.defaults(ZoneId.systemDefault()));
    }

    @Override
    public void settings(ClinicSettings settings) {
        database.transaction("keep the clinic's settings", handle -> handle.createUpdate("""
                        insert into clinic_settings (id, zone, turnover_minutes, notice_minutes) values (1, :zone, :turnover, :notice)
                        on conflict (id) do update set zone = excluded.zone, turnover_minutes = excluded.turnover_minutes,
                                                       notice_minutes = excluded.notice_minutes""")
                .bind("zone", settings.zone().getId()).bind("turnover", settings.turnover().toMinutes())
                .bind("notice", settings.lateNotice().toMinutes()).execute());
    }

    /** Sets the therapist's usual week; fails with {@link UnknownAccountException} unless they have a staff account. */
    @Override
    public void hours(Username therapist, WeeklyHours usual) {
        database.transaction("keep the hours of " + therapist, handle -> {
            requireStaff(handle, therapist);
            return handle.createUpdate("""
                            insert into working_weeks (therapist, usual) values (:therapist, :usual)
                            on conflict (therapist) do update set usual = excluded.usual""")
                    .bind("therapist", therapist.value()).bind("usual", usual.toString()).execute();
        });
    }

    @Override
    public void daysOff(Username therapist, DaysOff off) {
        database.transaction("keep days off of " + therapist, handle -> {
            requireStaff(handle, therapist);
            return handle.createUpdate("insert into days_off (therapist, first_day, last_day) values (:therapist, :first, :last)")
                    .bind("therapist", therapist.value()).bind("first", database.dialect().date(off.first()))
                    .bind("last", database.dialect().date(off.last())).execute();
        });
    }

    @Override
    public void takeBackDaysOff(Username therapist, DaysOff off) {
        database.transaction("take back days off of " + therapist, handle -> {
            requireStaff(handle, therapist);
            int taken = handle.createUpdate("delete from days_off where therapist = :therapist and first_day = :first"
                            + " and last_day = :last")
                    .bind("therapist", therapist.value()).bind("first", database.dialect().date(off.first()))
                    .bind("last", database.dialect().date(off.last())).execute();
            if (taken == 0) {
                throw new IllegalArgumentException("off: " + therapist + " has no days off " + off + " on file");
            }
            return taken;
        });
    }

    @Override
    public void extraDay(Username therapist, ExtraDay extra) {
        database.transaction("keep an extra day of " + therapist, handle -> {
            requireStaff(handle, therapist);
            return handle.createUpdate("""
                            insert into extra_days (therapist, day, hours) values (:therapist, :day, :hours)
                            on conflict (therapist, day) do update set hours = excluded.hours""")
                    .bind("therapist", therapist.value()).bind("day", database.dialect().date(extra.day()))
                    .bind("hours", String.join(",", extra.hours().stream().map(TimeRange::toString).toList())).execute();
        });
    }

    private static void requireStaff(Handle handle, Username therapist) {
        var role = handle.createQuery("select role from accounts where username = :username")
                .bind("username", therapist.value()).mapTo(String.class).findOne();
        if (role.isEmpty() || role.get().equals(Role.CLIENT.id())) {
            throw new UnknownAccountException(therapist);
        }
    }

    /** Every therapist's working week. */
    @Override
    public Map<Username, WorkingWeek> weeks() {
        return database.read("read the working weeks", this::weeks);
    }

    private Map<Username, WorkingWeek> weeks(Handle handle) {
        var dialect = database.dialect();
        var weeks = new HashMap<Username, WorkingWeek>();
        handle.createQuery("select therapist, usual from working_weeks").map((row, ctx) -> Map.entry(
                        new Username(row.getString("therapist")), WorkingWeek.of(WeeklyHours.parse(row.getString("usual")))))
                .forEach(e -> weeks.put(e.getKey(), e.getValue()));
        handle.createQuery("select therapist, first_day, last_day from days_off").map((row, ctx) -> Map.entry(
                        new Username(row.getString("therapist")),
                        new DaysOff(dialect.date(row, "first_day"), dialect.date(row, "last_day"))))
                .forEach(e -> weeks.compute(e.getKey(), (t, w) -> orNone(w).withDaysOff(e.getValue())));
        handle.createQuery("select therapist, day, hours from extra_days").map((row, ctx) -> Map.entry(
                        new Username(row.getString("therapist")), new ExtraDay(dialect.date(row, "day"),
                                Arrays.stream(row.getString("hours").split(",")).map(TimeRange::parse).toList())))
                .forEach(e -> weeks.compute(e.getKey(), (t, w) -> orNone(w).withExtraDay(e.getValue())));
        return weeks;
    }

    private static WorkingWeek orNone(WorkingWeek week) {
        return week == null ? WorkingWeek.of(WeeklyHours.none()) : week;
    }

    @Override
    public void addRoom(Room room) {
        database.transaction("add the room " + room.name(), handle -> {
            if (rooms(handle).stream().anyMatch(r -> r.name().equalsIgnoreCase(room.name()))) {
                throw new IllegalArgumentException("name: there is already a room named " + room.name());
            }
            return handle.createUpdate("insert into rooms (name, equipment) values (:name, :equipment)")
                    .bind("name", room.name()).bind("equipment", String.join(",", new TreeSet<>(room.equipment()))).execute();
        });
    }

    @Override
    public void equipRoom(Room room, Instant now) {
        database.transaction("equip the room " + room.name(), handle -> {
            lock(handle);
            var names = rooms(handle).stream().map(Room::name).toList();
            var name = names.stream().filter(n -> n.equalsIgnoreCase(room.name())).findFirst()
                    .orElseThrow(() -> noRoomNamed("name", room.name(), names));
            var needs = new EquipmentNeeded(equipmentNeeded);
            var from = LocalDateTime.ofInstant(now, settings(handle).zone());
            for (var visit : rows(handle).inRoomFrom(name, from)) {
                for (var technique : visit.status().holdsTime() ? visit.techniques() : List.<String>of()) {
                    var missing = needs.missing(technique, room.equipment());
                    if (!missing.isEmpty()) {
                        throw new IllegalArgumentException("equipment: " + visit.named() + " needs it (room " + name
                                + " would have no " + String.join(", ", missing) + ", which " + technique + " needs)");
                    }
                }
            }
            return handle.createUpdate("update rooms set equipment = :equipment where name = :name").bind("name", name)
                    .bind("equipment", String.join(",", new TreeSet<>(room.equipment()))).execute();
        });
    }

    @Override
    public List<Room> rooms() {
        return database.read("list the rooms", SqlAppointments::rooms);
    }

    private static List<Room> rooms(Handle handle) {
        return handle.createQuery("select name, equipment from rooms order by name")
                .map((row, ctx) -> new Room(row.getString("name"), row.getString("equipment").isEmpty() ? Set.of()
                        : Set.of(row.getString("equipment").split(","))))
                .list();
    }

    @Override
    public void skills(Username therapist, Set<String> techniques) {
        database.transaction("keep the skills of " + therapist, handle -> {
            requireStaff(handle, therapist);
            return handle.createUpdate("""
                            insert into therapist_skills (therapist, techniques) values (:therapist, :techniques)
                            on conflict (therapist) do update set techniques = excluded.techniques""")
                    .bind("therapist", therapist.value()).bind("techniques", String.join(",", new TreeSet<>(techniques)))
                    .execute();
        });
    }

    /** Every therapist's skills; a therapist without any is not in the map. */
    @Override
    public Map<Username, Set<String>> skills() {
        return database.read("read the therapists' skills", handle -> handle
                .createQuery("select therapist, techniques from therapist_skills")
                .map((row, ctx) -> Map.entry(new Username(row.getString("therapist")), row.getString("techniques").isEmpty()
                        ? Set.<String>of() : Set.of(row.getString("techniques").split(","))))
                .collectToMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The weekly times the client can come, replacing what was kept before; fails for a client not on file. */
    @Override
    public void clientTimes(ClientId client, WeeklyHours times) {
        database.transaction("keep the times of a client", handle -> {
            if (handle.createQuery("select count(*) from clients where id = :id").bind("id", client.value())
                    .mapTo(Integer.class).one() == 0) {
                throw new UnknownClientException(client);
            }
            return handle.createUpdate("""
                            insert into client_times (client_id, times) values (:client, :times)
                            on conflict (client_id) do update set times = excluded.times""")
                    .bind("client", client.value()).bind("times", times.toString()).execute();
        });
    }

    @Override
    public Map<ClientId, WeeklyHours> clientTimes() {
        return database.read("read the clients' times", handle -> handle
                .createQuery("select client_id, times from client_times")
                .map((row, ctx) -> Map.entry(new ClientId(row.getString("client_id")), WeeklyHours.parse(row.getString("times"))))
                .collectToMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The book from the first day to the last, as it stands, to propose a series or find free time in. */
    @Override
    public AppointmentBook book(LocalDate first, LocalDate last) {
        return database.read("read the appointment book", handle -> book(handle, first, last));
    }

    private AppointmentBook book(Handle handle, LocalDate first, LocalDate last) {
        return new AppointmentBook(settings(handle), weeks(handle), rooms(handle), equipmentNeeded,
                rows(handle).between(first.minusDays(1), last.plusDays(1), Optional.empty()));
    }

    /**
     * Books them all, or none: each is checked against the book and the ones before it. Fails with
     * {@link BookingRefusedException} naming every clash, writing nothing.
     */
    @Override
    public List<Appointment> book(List<Appointment> wanted, String actor, Instant now) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        return database.transaction("book " + wanted.size() + " appointment(s)", handle -> {
            lock(handle);
            var first = wanted.stream().map(a -> a.start().toLocalDate()).min(Comparator.naturalOrder()).orElseThrow();
            var last = wanted.stream().map(a -> a.start().toLocalDate()).max(Comparator.naturalOrder()).orElseThrow();
            var book = book(handle, first, last);
            requireTherapists(handle, wanted);
            requireRooms(handle, wanted);
            var clashes = new ArrayList<Clash>();
            for (var appointment : wanted) {
                clashes.addAll(book.clashes(appointment, now));
                book = book.with(appointment);
            }
            clashes.addAll(HeldSessions.clashes(wanted, ofClients(handle, wanted),
                    LocalDate.ofInstant(now, book.settings().zone())));
            if (!clashes.isEmpty()) {
                throw new BookingRefusedException(clashes);
            }
            var booked = new ArrayList<Appointment>();
            for (var appointment : wanted) {
                var reference = ClientRows.lock(handle, appointment.client());
                var kept = appointment.withId(rows(handle).insert(appointment, book.settings().zone(), now));
                booked.add(kept);
                audit(handle, actor, "book appointment", reference, now);
                outbox(handle).booked(kept, book.settings().zone(), now);
            }
            return booked;
        });
    }

    /** Every appointment of the clients who want a plan session booked. */
    private List<Appointment> ofClients(Handle handle, List<Appointment> wanted) {
        return wanted.stream().filter(a -> a.planSession().isPresent()).map(Appointment::client).distinct()
                .flatMap(client -> rows(handle).ofClient(client).stream()).toList();
    }

    /** Each appointment's therapist is staff, as {@link #requireStaff} asks, said of the booking's field. */
    private static void requireTherapists(Handle handle, List<Appointment> wanted) {
        for (var therapist : wanted.stream().map(Appointment::therapist).distinct().toList()) {
            try {
                requireStaff(handle, therapist);
            } catch (UnknownAccountException e) {
                throw new IllegalArgumentException("therapist: there is no therapist named " + therapist.value());
            }
        }
    }

    private void requireRooms(Handle handle, List<Appointment> wanted) {
        var names = rooms(handle).stream().map(Room::name).toList();
        wanted.stream().flatMap(a -> a.room().stream()).filter(r -> !names.contains(r)).findFirst().ifPresent(r -> {
            throw noRoomNamed("room", r, names);
        });
    }

    /** A room asked for by a name none has, said of {@code field}, with the rooms there are. */
    private static IllegalArgumentException noRoomNamed(String field, String name, List<String> names) {
        return new IllegalArgumentException(field + ": there is no room named " + name
                + (names.isEmpty() ? " (no rooms yet)" : " (rooms: " + String.join(", ", names) + ")"));
    }

    /** Moves to a new start, keeping the history; refused with every clash at the new time. */
    public Appointment move(long id, LocalDateTime to, String actor, Instant now) {
        return move(id, to, actor, now, OptionalLong.empty());
    }

    @Override
    public Appointment move(long id, LocalDateTime to, String actor, Instant now, OptionalLong expectedClientVersion) {
        return database.transaction("move appointment " + id, handle -> {
            lock(handle);
            var before = find(handle, id);
            var after = FrontDesk.move(before, to, actor, now);
            var clashes = book(handle, to.toLocalDate(), to.toLocalDate()).clashes(after, now);
            if (!clashes.isEmpty()) {
                throw new BookingRefusedException(clashes);
            }
            if (expectedClientVersion.isPresent()) {
                new ClientRows(handle, database.dialect(), null).lock(before.client(), expectedClientVersion.getAsLong());
            }
            outbox(handle).moved(before, after, settings(handle).zone(), now);
            return change(handle, before, after, actor, "move appointment", now);
        });
    }

    @Override
    public Appointment cancel(long id, String actor, String reason, Instant now) {
        return database.transaction("cancel appointment " + id, handle -> {
            var before = find(handle, id);
            var after = FrontDesk.cancel(before, actor, reason, now, settings(handle));
            outbox(handle).cancelled(after, now);
            return change(handle, before, after, actor, after.cancellation().orElseThrow().late()
                    ? "cancel appointment late" : "cancel appointment", now);
        });
    }

    @Override
    public Appointment mark(long id, Status status, String actor, Instant now) {
        return database.transaction("mark appointment " + id + " " + status.id(), handle -> {
            var before = find(handle, id);
            var after = FrontDesk.mark(before, status, now, settings(handle).zone());
            return change(handle, before, after, actor, "mark appointment " + status.id(), now);
        });
    }

    /** After a new red flag: the client's visits still to come need review before them. */
    @Override
    public List<Appointment> flagForReview(ClientId client, String actor, Instant now) {
        return database.transaction("flag the appointments of " + client, handle -> {
            var clock = LocalDateTime.ofInstant(now, settings(handle).zone());
            var flagged = FrontDesk.needingReview(rows(handle).ofClient(client), clock);
            for (var after : flagged) {
                change(handle, after, after, actor, "flag appointment for review", now);
            }
            return flagged;
        });
    }

    @Override
    public Optional<Appointment> find(long id) {
        return database.read("find appointment " + id, handle -> rows(handle).find(id));
    }

    /** The appointments starting from the first day to the last, by start; of one therapist, or everyone's. */
    @Override
    public List<Appointment> between(LocalDate first, LocalDate last, Optional<Username> therapist) {
        return database.read("read the appointments", handle -> rows(handle).between(first, last, therapist));
    }

    @Override
    public List<Appointment> ofClient(ClientId client) {
        return database.read("read the appointments of " + client, handle -> rows(handle).ofClient(client));
    }

    private Appointment find(Handle handle, long id) {
        return rows(handle).find(id).orElseThrow(() -> new IllegalArgumentException("appointment: there is no appointment " + id));
    }

    private Appointment change(Handle handle, Appointment before, Appointment after, String actor, String action, Instant now) {
        var reference = ClientRows.lock(handle, after.client());
        rows(handle).update(before, after);
        audit(handle, actor, action, reference, now);
        return after;
    }

    private void audit(Handle handle, String actor, String action, String reference, Instant now) {
        new ClientRows(handle, database.dialect(), null).insert(new AuditEntry(now, actor, action, reference));
    }

    /** Bookings and moves take turns: a check for clashes and the write after it cannot interleave with another's. */
    private void lock(Handle handle) {
        var lock = database.dialect().lockingTheTable("appointments");
        if (!lock.isEmpty()) {
            handle.execute(lock);
        }
    }

    private OutboxRows outbox(Handle handle) {
        return new OutboxRows(handle, database.dialect());
    }

    private AppointmentRows rows(Handle handle) {
        return new AppointmentRows(handle, database.dialect());
    }
}

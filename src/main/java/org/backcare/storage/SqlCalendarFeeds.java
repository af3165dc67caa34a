package org.backcare.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.clients.ClientId;
import org.backcare.mail.AppointmentFacts;
import org.backcare.mail.CalendarFeeds;
import org.jdbi.v3.core.Handle;

/** Calendar feeds kept in a {@link Database} by their token's hash; a feed goes with its therapist or client. */
public final class SqlCalendarFeeds implements CalendarFeeds {
    private final Database database;

    SqlCalendarFeeds(Database database) {
        this.database = database;
    }

    @Override
    public void renew(Owner owner, String tokenHash, Instant now) {
        database.transaction("turn a calendar feed on", handle -> {
            delete(handle, owner);
            return handle.createUpdate("""
                    insert into calendar_feeds (token_hash, therapist, client_id, created)
                    values (:hash, :therapist, :client, :created)""")
                    .bind("hash", tokenHash).bind("therapist", owner.therapist().map(Username::value).orElse(null))
                    .bind("client", owner.client().map(ClientId::value).orElse(null))
                    .bind("created", now.toEpochMilli()).execute();
        });
    }

    @Override
    public void revoke(Owner owner) {
        database.transaction("turn a calendar feed off", handle -> delete(handle, owner));
    }

    @Override
    public boolean isOn(Owner owner) {
        return database.transaction("look for a calendar feed", handle -> handle.createQuery(
                        "select count(*) from calendar_feeds where " + column(owner) + " = :owner")
                .bind("owner", value(owner)).mapTo(Long.class).one() > 0);
    }

    @Override
    public Optional<List<Event>> events(String tokenHash, LocalDate today) {
        return database.transaction("read a calendar feed", handle -> handle.createQuery(
                        "select therapist, client_id from calendar_feeds where token_hash = :hash")
                .bind("hash", tokenHash)
                .map((row, ctx) -> row.getString("therapist") != null ? Owner.of(new Username(row.getString("therapist")))
                        : Owner.of(new ClientId(row.getString("client_id"))))
                .findOne().map(owner -> events(handle, owner, today)));
    }

    private List<Event> events(Handle handle, Owner owner, LocalDate today) {
        var rows = new AppointmentRows(handle, database.dialect());
        var first = today.minusDays(DAYS_BACK);
        var last = today.plusDays(DAYS_AHEAD);
        var appointments = owner.therapist().isPresent() ? rows.between(first, last, owner.therapist())
                : rows.ofClient(owner.client().orElseThrow()).stream()
                        .filter(a -> !a.start().toLocalDate().isBefore(first) && !a.start().toLocalDate().isAfter(last))
                        .toList();
        var clients = new ClientRows(handle, database.dialect(), null);
        return appointments.stream().map(a -> {
            var facts = SqlOutbox.facts(handle, a, Optional.empty());
            return new Event(facts, owner.therapist().isPresent() ? shortName(clients, a) : "Massage with "
                    + facts.therapistFirstName());
        }).toList();
    }

    /** A therapist's calendar names the client by first name and initial only: "Asha R.". */
    private static String shortName(ClientRows clients, Appointment a) {
        var name = clients.name(a.client()).orElse("").strip();
        var words = name.split("\\s+");
        return words.length < 2 ? words[0] : words[0] + " " + words[words.length - 1].charAt(0) + ".";
    }

    private static int delete(Handle handle, Owner owner) {
        return handle.createUpdate("delete from calendar_feeds where " + column(owner) + " = :owner")
                .bind("owner", value(owner)).execute();
    }

    private static String column(Owner owner) {
        return owner.therapist().isPresent() ? "therapist" : "client_id";
    }

    private static String value(Owner owner) {
        return owner.therapist().map(Username::value).orElseGet(() -> owner.client().orElseThrow().value());
    }
}

package org.backcare.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import org.backcare.mail.AppointmentFacts;

/**
 * Appointments as iCalendar (RFC 5545), for a mail's attachment and for calendar feeds: on the clinic's clock with
 * its VTIMEZONE, one stable UID per appointment, SEQUENCE raised by each move, STATUS:CANCELLED once cancelled.
 * The title is given by the caller and says who, never anything about health.
 */
public final class AppointmentCalendar {
    static final String PRODUCT = "-//Backcare//Appointments//EN";

    private AppointmentCalendar() {}

    /**
     * Who a mailed appointment is between, as iTIP (RFC 5546) wants a REQUEST or CANCEL to say: the clinic's sending
     * address, with its name when it has one, as the organiser, and the client's address as the one invited.
     */
    public record Parties(String clinicAddress, String clinicName, String clientAddress) {}

    /**
     * One appointment, as a mail's invitation (METHOD:REQUEST) or its withdrawal (METHOD:CANCEL). The client is
     * invited as having accepted, with no reply asked: the time was agreed when it was booked.
     */
    public static String invitation(AppointmentFacts visit, String title, Parties parties, Instant stamp) {
        var method = visit.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST;
        return ics(List.of(visit), v -> title, stamp, method, Optional.of(parties));
    }

    /** A feed: every appointment given, each titled by {@code title}. */
    public static String feed(Collection<AppointmentFacts> visits, Function<AppointmentFacts, String> title, Instant stamp) {
        return ics(visits, title, stamp, Method.VALUE_PUBLISH, Optional.empty());
    }

    private static String ics(Collection<AppointmentFacts> visits, Function<AppointmentFacts, String> title,
            Instant stamp, String method, Optional<Parties> parties) {
        var calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        calendar.add(new Method(method));
        var registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        var zones = new TreeSet<String>();
        visits.stream().map(AppointmentFacts::zone).map(AppointmentCalendar::named).map(ZoneId::getId).forEach(zones::add);
        zones.forEach(zone -> calendar.add(registry.getTimeZone(zone).getVTimeZone()));
        var dtStamp = new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS));
        visits.forEach(visit -> calendar.add(event(visit, title.apply(visit), dtStamp, parties)));
        var text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static VEvent event(AppointmentFacts visit, String title, DtStamp stamp, Optional<Parties> parties) {
        var zone = named(visit.zone());
        var event = new VEvent(visit.start().atZone(visit.zone()).withZoneSameInstant(zone),
                visit.end().atZone(visit.zone()).withZoneSameInstant(zone), title);
        event.replace(stamp);
        event.add(new Uid(visit.uid()));
        event.add(new Sequence(visit.sequence()));
        event.add(visit.cancelled() ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        visit.room().ifPresent(room -> event.add(new Location("Room " + room)));
        parties.ifPresent(p -> {
            var organizer = new Organizer(URI.create("mailto:" + p.clinicAddress()));
            if (!p.clinicName().isEmpty()) {
                organizer.add(new Cn(p.clinicName()));
            }
            event.add(organizer);
            event.add(new Attendee(URI.create("mailto:" + p.clientAddress())).add(Role.REQ_PARTICIPANT)
                    .add(PartStat.ACCEPTED).add(Rsvp.FALSE));
        });
        return event;
    }

    /** A zone the tz database names: a bare offset ("Z", "+05:30") has no VTIMEZONE, so its times go out in UTC. */
    static ZoneId named(ZoneId zone) {
        return zone instanceof ZoneOffset ? ZoneId.of("Etc/UTC") : zone;
    }
}

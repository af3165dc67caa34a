package org.backcare.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import org.backcare.clients.ClientId;
import org.backcare.planning.CarePlan;
import org.backcare.planning.Session;

/**
 * The planned sessions as an iCalendar file (RFC 5545) for the client's calendar app: one all-day event per session,
 * since the plan gives the day, not the hour. Each event's UID is the client, the plan's start and the session's
 * number ({@code asha-rao-2026-12-01-session-3@backcare}), so importing the same plan again updates its events
 * instead of adding copies; a plan with another start date is another plan.
 */
public final class SessionCalendar {
    static final String PRODUCT = "-//Backcare//Session calendar//EN";

    private SessionCalendar() {}

    /**
     * The calendar, {@code stamp} being when it is made (each event's DTSTAMP; the same arguments give the same text).
     *
     * @throws IllegalArgumentException if the plan has no sessions: screening stopped massage (urgent or refer), and
     *     an iCalendar file must hold at least one event
     */
    public static String ics(CarePlan plan, ClientId client, Instant stamp) {
        if (!plan.hasSessions()) {
            throw new IllegalArgumentException("there are no sessions to put in a calendar: the screening outcome is "
                    + plan.screening().outcome().id() + " (" + PlanReport.meaning(plan.screening().outcome()) + ")");
        }
        var calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        var lines = new SessionLines(plan);
        var dtStamp = new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS));
        for (var session : plan.schedule().sessions()) {
            calendar.add(event(session, lines, client + "-" + plan.start() + "-session-" + session.number() + "@backcare",
                    dtStamp));
        }
        var text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static VEvent event(Session session, SessionLines lines, String uid, DtStamp stamp) {
        var summary = "Back massage session " + session.number() + ": " + session.minutes() + " min, pressure "
                + session.pressure().id();
        var event = new VEvent(session.date(), session.date().plusDays(1), summary);
        event.replace(stamp);
        event.add(new Uid(uid));
        event.add(new Description(String.join("\n", lines.areas(session)) + "\nPhase: " + session.phase() + "."));
        return event;
    }
}

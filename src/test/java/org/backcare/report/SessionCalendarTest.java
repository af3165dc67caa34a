package org.backcare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.backcare.clients.ClientId;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.CarePlan;
import org.backcare.planning.CarePlanner;
import org.junit.jupiter.api.Test;

class SessionCalendarTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeFiles.bundled();
    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final ClientId ASHA = new ClientId("asha-rao");
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30.250Z");

    @Test
    void oneAllDayEventPerPlannedSessionWithItsSummaryAreasAndStableUid() throws Exception {
        var plan = plan("desk-worker", START);
        var calendar = parse(SessionCalendar.ics(plan, ASHA, NOW));

        assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Backcare//Session calendar//EN");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        List<VEvent> events = calendar.getComponents("VEVENT");
        var sessions = plan.schedule().sessions();
        assertThat(events).hasSize(sessions.size());
        for (int i = 0; i < events.size(); i++) {
            var event = events.get(i);
            var session = sessions.get(i);
            Temporal start = event.getDateTimeStart().getDate();
            assertThat(start).as("all day: a date, no time").isEqualTo(session.date());
            assertThat(event.getDateTimeEnd().getDate()).isEqualTo(session.date().plusDays(1));
            assertThat(event.getUid().orElseThrow().getValue())
                    .isEqualTo("asha-rao-2026-12-01-session-" + session.number() + "@backcare");
            assertThat(event.getDateStamp().orElseThrow().getDate()).isEqualTo(Instant.parse("2026-11-21T10:15:30Z"));
        }
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Back massage session 1: 30 min, pressure light");
        assertThat(events.get(1).getSummary().getValue()).isEqualTo("Back massage session 2: 30 min, pressure moderate");
        assertThat(events.get(1).getDescription().getValue()).isEqualTo("""
                Upper back and shoulders 16 min: Swedish massage, Trigger point therapy
                Lower back, left 14 min: Swedish massage, Trigger point therapy
                Phase: initial.""");
    }

    @Test
    void exportingTheSamePlanAgainGivesTheSameEventsAndTheSameTextAtTheSameStamp() throws Exception {
        var plan = plan("chronic-low-back", START);
        var first = SessionCalendar.ics(plan, ASHA, NOW);
        var later = SessionCalendar.ics(plan, ASHA, NOW.plusSeconds(86_400));

        assertThat(uids(parse(later))).isEqualTo(uids(parse(first))).doesNotHaveDuplicates();
        assertThat(SessionCalendar.ics(plan, ASHA, NOW)).isEqualTo(first);
        assertThat(uids(parse(SessionCalendar.ics(plan("chronic-low-back", START.plusDays(7)), ASHA, NOW))))
                .as("a plan from another start is another plan").doesNotContainAnyElementsOf(uids(parse(first)));
    }

    @Test
    void anUrgentPlanHasNoSessionsAndGivesNoCalendar() {
        var plan = plan("red-flags", START);
        assertThatThrownBy(() -> SessionCalendar.ics(plan, ASHA, NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no sessions").hasMessageContaining("urgent");
    }

    @Test
    void linesEndInCrLfAsRfc5545Asks() {
        var text = SessionCalendar.ics(plan("desk-worker", START), ASHA, NOW);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    private static CarePlan plan(String example, LocalDate start) {
        var intake = IntakeFile.read(Path.of("examples", example + ".yaml"), KNOWLEDGE.vocabulary()).intake();
        return new CarePlanner(KNOWLEDGE).plan(intake, start);
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).orElseThrow().getValue();
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
    }
}

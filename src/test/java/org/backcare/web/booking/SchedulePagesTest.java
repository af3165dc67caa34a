package org.backcare.web.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.RunningServer.json;

import java.net.http.HttpRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.Equipment;
import org.backcare.clients.ClientId;
import org.backcare.web.progress.CareTeam;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The staff's schedule pages over real HTTP: Tess books Daniel through the API, then reads the day and the week. */
class SchedulePagesTest {
    private static final CareTeam TEAM = new CareTeam();
    private static final LocalDate DAY = LocalDate.of(2030, 1, 8);

    static {
        for (var therapist : new String[] {"tess", "theo"}) {
            var hours = TEAM.admin.send(TEAM.admin.request("/api/therapists/" + therapist + "/hours")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"hours\": \"mon-fri 08:00-18:00\"}")).build());
            assertThat(hours.statusCode()).as(hours.body()).isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() {
        TEAM.close();
    }

    private long book(ClientId client, String time) {
        var booked = TEAM.tess.postJson("/api/appointments", Map.of("client", client.value(), "start", DAY + "T" + time,
                "therapist", "tess"));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return json(booked.body()).get("id").asLong();
    }

    @Test
    void theDaySheetListsTheBookedAppointmentWithItsLinks() {
        var daniel = TEAM.newClient();
        var id = book(daniel, "09:00");

        var sheet = TEAM.tess.page("/schedule?day=" + DAY);

        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.body()).contains("id=\"appointment-" + id + "\"", "09:00",
                "<a href=\"/clients/" + daniel + "\">Daniel Okafor</a>",
                "href=\"/appointments/" + id + "\">Move or cancel</a>",
                "href=\"/schedule?day=" + DAY.minusDays(1) + "\"", "href=\"/schedule?day=" + DAY.plusDays(1) + "\"",
                "<a href=\"/schedule\">Schedule</a>");
        assertThat(TEAM.tess.page("/schedule?day=" + DAY.plusDays(1)).body()).doesNotContain("appointment-" + id);
    }

    @Test
    void anotherTherapistSeesTheAppointmentOnlyAsBusy() {
        var daniel = TEAM.newClient();
        var id = book(daniel, "11:00");

        var theos = TEAM.theo.page("/schedule?day=" + DAY).body();
        var admins = TEAM.admin.page("/schedule?day=" + DAY).body();

        assertThat(theos).contains("11:00", "busy").doesNotContain(daniel.value(), "appointment-" + id);
        assertThat(admins).contains("appointment-" + id, "/clients/" + daniel);
    }

    @Test
    void theWeekShowsMondayToSundayWithTheAppointment() {
        var daniel = TEAM.newClient();
        book(daniel, "14:00");

        var week = TEAM.tess.page("/schedule/week?week=" + DAY).body();

        var monday = LocalDate.of(2030, 1, 7);
        for (int i = 0; i < 7; i++) {
            assertThat(week).contains("id=\"day-" + monday.plusDays(i) + "\"");
        }
        assertThat(week).doesNotContain("id=\"day-" + monday.plusDays(7) + "\"")
                .contains("Monday 7 January 2030", "Sunday 13 January 2030", "14:00", "/clients/" + daniel + "\"");
    }

    @Test
    void aVisitWhoseTechniquesTheTherapistIsNotTrainedInSaysWhichOnTheDaySheet() {
        var daniel = TEAM.newClient();
        var id = book(daniel, "15:00");
        var desk = TEAM.running.database.appointments(Equipment.neededBy(CareTeam.KNOWLEDGE));
        var techniques = desk.find(id).orElseThrow().techniques();
        assertThat(techniques).hasSizeGreaterThan(1);

        desk.skills(new Username("tess"), Set.of(techniques.get(0)));
        var sheet = TEAM.tess.page("/schedule?day=" + DAY).body();
        desk.skills(new Username("tess"), Set.copyOf(techniques));
        var trained = TEAM.tess.page("/schedule?day=" + DAY).body();

        var untrained = techniques.subList(1, techniques.size());
        assertThat(sheet).contains("tess is not trained in " + String.join(", ", untrained) + " (skills on file)");
        assertThat(trained).doesNotContain("is not trained in");
    }

    @Test
    void theAdminPlansTheWeekShownWhileItLiesAheadNextWeekFromThisOneAndNoWeekFromAPastOne() {
        var thisMonday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var nextMonday = thisMonday.plusWeeks(1);

        assertThat(TEAM.admin.page("/schedule/week?week=" + nextMonday.plusWeeks(2)).body())
                .contains("href=\"/schedule/plan?week=" + nextMonday.plusWeeks(2) + "\">Plan this week</a>");
        assertThat(TEAM.admin.page("/schedule/week?week=" + thisMonday).body())
                .contains("href=\"/schedule/plan?week=" + nextMonday + "\">Plan next week</a>");
        assertThat(TEAM.admin.page("/schedule/week?week=" + thisMonday.minusWeeks(1)).body())
                .doesNotContain("/schedule/plan?week=");
        assertThat(TEAM.tess.page("/schedule/week?week=" + nextMonday).body()).as("planning is the admin's")
                .doesNotContain("/schedule/plan?week=");
    }

    @Test
    void aBadDayIsRefusedNamingTheField() {
        var bad = TEAM.tess.page("/schedule?day=tomorrow");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("<strong>day</strong>", "YYYY-MM-DD");
    }

    @Test
    void aVisitOverAndNotMarkedIsShownToItsTherapistAndTheAdminUntilItIsMarked() {
        var daniel = TEAM.newClient();
        var zone = TEAM.running.database.appointments(Equipment.neededBy(CareTeam.KNOWLEDGE)).settings().zone();
        var day = LocalDate.now(zone).minusDays(1);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.minusDays(1);
        }
        var desk = TEAM.running.database.appointments(Equipment.neededBy(CareTeam.KNOWLEDGE));
        var visit = desk.book(List.of(Appointment.booked(daniel, new Username("tess"), Optional.empty(),
                day.atTime(10, 0), 45, Optional.of(1), List.of("swedish"), List.of())), "desk",
                day.minusDays(7).atStartOfDay(zone).toInstant()).get(0);

        var notice = "<a href=\"/schedule/unmarked\">1 visit that is over is not logged or marked</a>";
        assertThat(TEAM.tess.page("/schedule").body()).contains(notice);
        assertThat(TEAM.tess.page("/schedule/week").body()).contains(notice);
        assertThat(TEAM.admin.page("/schedule/plan").body()).contains(notice, "Log or mark them first");
        assertThat(TEAM.theo.page("/schedule").body()).as("not Theo's visit").doesNotContain("/schedule/unmarked");
        var list = TEAM.tess.page("/schedule/unmarked").body();
        assertThat(list).contains("id=\"unmarked-" + visit.id() + "\"", "Daniel Okafor",
                "href=\"/schedule?day=" + day + "#appointment-" + visit.id() + "\"",
                "href=\"/clients/" + daniel + "/sessions/new?appointment=" + visit.id() + "\">Log this visit</a>");
        assertThat(TEAM.admin.page("/schedule/unmarked").body()).contains("id=\"unmarked-" + visit.id() + "\"");
        assertThat(TEAM.theo.page("/schedule/unmarked").body()).contains("None: every visit").doesNotContain("Daniel");

        assertThat(json(TEAM.tess.get("/api/appointments?unmarked=true").body()).get("appointments"))
                .singleElement().satisfies(a -> assertThat(a.get("id").asLong()).isEqualTo(visit.id()));
        assertThat(json(TEAM.admin.get("/api/appointments?unmarked=true&therapist=tess").body()).get("appointments"))
                .hasSize(1);
        assertThat(json(TEAM.theo.get("/api/appointments?unmarked=true").body()).get("appointments")).isEmpty();
        for (var bad : List.of("unmarked=yes", "unmarked=true&day=" + day)) {
            var refused = TEAM.tess.get("/api/appointments?" + bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(json(refused.body()).get("errors").get(0).get("field").asText()).isEqualTo("unmarked");
        }

        var marked = TEAM.tess.postForm("/appointments/" + visit.id() + "/no-show", Map.of());

        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(303);
        assertThat(TEAM.tess.page("/schedule/unmarked").body()).doesNotContain("unmarked-" + visit.id());
        assertThat(TEAM.tess.page("/schedule").body()).doesNotContain("/schedule/unmarked");
    }
}

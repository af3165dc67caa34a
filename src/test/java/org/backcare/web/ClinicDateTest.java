package org.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.ClinicElsewhere;
import org.backcare.booking.Equipment;
import org.backcare.booking.Status;
import org.backcare.clients.ClientId;
import org.backcare.web.progress.CareTeam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Records are dated by the clinic's date, not the server's: the server runs on UTC, the clinic is in a zone where it is
 * now another day, and a visit held today there is logged on that day.
 */
class ClinicDateTest {
    private final ZoneId clinic = ClinicElsewhere.onAnotherDateThan(ZoneOffset.UTC);
    private final LocalDate clinicToday = LocalDate.now(clinic);
    private final CareTeam team = new CareTeam(new RunningServer(clinic));
    private final AppointmentDesk desk = team.running.database.appointments(Equipment.neededBy(CareTeam.KNOWLEDGE));

    @AfterEach
    void close() {
        team.close();
    }

    @Test
    void aVisitHeldTodayWhereTheClinicIsIsLoggedOnThatDayAndNotOnTheServersDate() {
        var client = team.newClient();
        var visit = visitTodayWithTess(client);
        assertThat(team.tess.page("/schedule").body()).contains("appointment-" + visit.id());

        var form = team.tess.page("/clients/" + client + "/sessions/new?appointment=" + visit.id());
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(dateOffered(form.body())).isEqualTo(clinicToday.toString());

        var tomorrow = team.tess.postForm("/clients/" + client + "/sessions/new", session(visit, clinicToday.plusDays(1)));
        assertThat(tomorrow.statusCode()).isEqualTo(422);
        var logged = team.tess.postForm("/clients/" + client + "/sessions/new", session(visit, clinicToday));
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(303);
        assertThat(team.history(client).sessions()).singleElement()
                .satisfies(s -> assertThat(s.date()).isEqualTo(clinicToday));
        assertThat(desk.ofClient(client)).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(Status.ATTENDED));
    }

    @Test
    void aClientAddedTodayHasConsentAndTheirFirstIntakeDatedWhereTheClinicIs() {
        var tomorrow = team.tess.postJson("/api/clients", newClient("Asha Rao", clinicToday.plusDays(1)));
        assertThat(tomorrow.statusCode()).as(tomorrow.body()).isEqualTo(422);
        assertThat(tomorrow.body()).contains("consentGiven");

        var added = team.tess.postJson("/api/clients", newClient("Asha Rao", clinicToday));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(team.history(new ClientId("asha-rao")).intakes()).singleElement()
                .satisfies(intake -> assertThat(intake.recorded()).isEqualTo(clinicToday));
    }

    /** Booked the day before, in a day Tess works around the clock, so that it is due whatever the hour. */
    private Appointment visitTodayWithTess(ClientId client) {
        var hours = team.admin.send(team.admin.request("/api/therapists/tess/hours")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"hours\": \"mon-sun 00:00-23:59\"}")).build());
        assertThat(hours.statusCode()).as(hours.body()).isEqualTo(200);
        var start = clinicToday.atTime(0, 5);
        return desk.book(List.of(Appointment.booked(client, new Username("tess"), Optional.empty(), start, 10,
                Optional.empty(), List.of(), List.of())), "tess", start.minusDays(1).atZone(clinic).toInstant()).get(0);
    }

    private static String dateOffered(String form) {
        var date = Pattern.compile("name=\"date\"[^>]*value=\"([^\"]*)\"").matcher(form);
        return date.find() ? date.group(1) : "(no date field)";
    }

    private static Map<String, String> session(Appointment visit, LocalDate date) {
        return Map.of("date", date.toString(), "therapist", "Tess Moreau", "minutes", "45", "pressure", "light",
                "painBefore", "5", "painAfter", "3", "area-lower-back", "30", "appointment", Long.toString(visit.id()));
    }

    private static Map<String, Object> newClient(String name, LocalDate consent) {
        var body = new HashMap<String, Object>();
        body.put("name", name);
        body.put("consentGiven", consent.toString());
        body.put("intake", RunningServer.JSON.convertValue(RunningServer.json(RunningServer.exampleAsJson("desk-worker.yaml")),
                Map.class));
        return body;
    }
}

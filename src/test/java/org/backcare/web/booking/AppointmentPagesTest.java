package org.backcare.web.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.booking.BookingTeam.TUESDAY;
import static org.backcare.web.booking.BookingTeam.hidden;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.ClinicSettings;
import org.backcare.booking.Status;
import org.backcare.clients.ClientId;
import org.backcare.files.IntakeFile;
import org.backcare.web.progress.CareTeam;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Single appointments over real HTTP: book one, move and cancel (each after a confirmation), arrived and no-show
 * from the day sheet; every refusal shows its message and writes nothing.
 */
class AppointmentPagesTest {
    private static final BookingTeam BOOKING = new BookingTeam();
    private static final CareTeam TEAM = BOOKING.team;

    @AfterAll
    static void stop() {
        BOOKING.close();
    }

    private static Appointment bookOne(ClientId client, String time) {
        var booked = TEAM.tess.postForm("/clients/" + client + "/appointments", Map.of("date", TUESDAY.toString(),
                "at", time, "therapist", "tess"));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(303);
        return BOOKING.appointments(client).get(0);
    }

    private static Appointment now(Appointment appointment) {
        return BOOKING.desk().find(appointment.id()).orElseThrow();
    }

    @Test
    void oneAppointmentIsBookedFromTheFormAndTheDaySheetCardOffersWhatCanBeDoneWithIt() {
        var daniel = TEAM.newClient();
        var page = TEAM.tess.page("/clients/" + daniel + "/appointments");

        var booked = bookOne(daniel, "08:00");

        assertThat(page.body()).contains("No appointments yet.", "Book one appointment", "href=\"/clients/" + daniel + "/book\"");
        assertThat(booked.start()).isEqualTo(TUESDAY.atTime(8, 0));
        assertThat(booked.minutes()).as("the plan's next session").isGreaterThan(0);
        assertThat(TEAM.tess.page("/clients/" + daniel + "/appointments?booked=1").body())
                .contains("Booked 1 appointment.", "href=\"/appointments/" + booked.id() + "\"");
        var card = TEAM.tess.page("/schedule?day=" + TUESDAY).body();
        assertThat(card).contains("href=\"/appointments/" + booked.id() + "\">Move or cancel</a>")
                .as("arrived and logged on its day, a no-show once it has begun")
                .doesNotContain("sessions/new?appointment=" + booked.id(),
                        "action=\"/appointments/" + booked.id() + "/arrived\"",
                        "action=\"/appointments/" + booked.id() + "/no-show\"");
    }

    @Test
    void aBookingThatClashesOrIsBadOrForAReferredClientIsRefusedWithItsMessageAndWritesNothing() {
        var daniel = TEAM.newClient();
        var other = TEAM.newClient();
        var taken = bookOne(other, "11:00");
        var form = "/clients/" + daniel + "/appointments";

        var clash = TEAM.tess.postForm(form, Map.of("date", TUESDAY.toString(), "at", "11:00", "therapist", "tess"));
        var outside = TEAM.tess.postForm(form, Map.of("date", TUESDAY.toString(), "at", "06:00", "therapist", "tess"));
        var bad = TEAM.tess.postForm(form, Map.of("date", "next week", "at", "11:00", "therapist", "tess",
                "minutes", "900"));
        var rita = BOOKING.referredClient();
        var referred = TEAM.tess.postForm("/clients/" + rita + "/appointments", Map.of("date", TUESDAY.toString(),
                "at", "14:00", "therapist", "tess"));

        assertThat(clash.statusCode()).isEqualTo(409);
        assertThat(clash.body()).contains("Refused, nothing was booked or changed", "tess is booked",
                "(appointment " + taken.id() + ")");
        assertThat(outside.statusCode()).isEqualTo(409);
        assertThat(outside.body()).contains("outside tess");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Date: required", "Minutes: a whole number from 10 to 240");
        assertThat(referred.statusCode()).isEqualTo(422);
        assertThat(referred.body()).contains("Screening says ", "massage is not booked");
        assertThat(BOOKING.appointments(daniel)).isEmpty();
        assertThat(BOOKING.appointments(rita)).isEmpty();
    }

    @Test
    void aMoveIsAskedToBeConfirmedThenDoneKeepingWhereItWas() {
        var daniel = TEAM.newClient();
        var booked = bookOne(daniel, "12:00");
        var path = "/appointments/" + booked.id();

        var asked = TEAM.tess.postForm(path + "/move", Map.of("date", TUESDAY.plusDays(1).toString(), "at", "15:00"));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Move this appointment to", "15:00", "name=\"confirmed\" value=\"yes\"");
        assertThat(now(booked).start()).as("not moved before confirming").isEqualTo(booked.start());

        var moved = TEAM.tess.postForm(path + "/move", fields(asked.body(), "date", "at", "version", "confirmed"));

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(303);
        assertThat(now(booked).start()).isEqualTo(TUESDAY.plusDays(1).atTime(15, 0));
        assertThat(now(booked).moves()).hasSize(1);
        assertThat(TEAM.tess.page(path + "?done=moved").body()).contains("Moved. Where it was is kept below.",
                "Moved from " + TUESDAY.getDayOfMonth());
    }

    @Test
    void aMoveIntoAClashOrAfterSomeoneElsesChangeIsRefusedAndChangesNothing() {
        var daniel = TEAM.newClient();
        var booked = bookOne(daniel, "13:00");
        var path = "/appointments/" + booked.id();
        var asked = TEAM.tess.postForm(path + "/move", Map.of("date", TUESDAY.toString(), "at", "16:00"));
        var stale = new LinkedHashMap<>(fields(asked.body(), "date", "at", "version", "confirmed"));
        TEAM.tess.postForm("/clients/" + daniel + "/appointments", Map.of("date", TUESDAY.plusDays(2).toString(),
                "at", "09:00", "therapist", "tess"));

        var outside = TEAM.tess.postForm(path + "/move", Map.of("date", TUESDAY.toString(), "at", "19:00",
                "confirmed", "yes"));
        var changed = TEAM.tess.postForm(path + "/move", stale);
        var bad = TEAM.tess.postForm(path + "/move", Map.of("date", "", "at", "16:00"));

        assertThat(outside.statusCode()).isEqualTo(409);
        assertThat(outside.body()).contains("outside tess");
        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(changed.body()).contains("Someone changed this client");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("New date: required");
        assertThat(now(booked).start()).isEqualTo(booked.start());
        assertThat(now(booked).moves()).isEmpty();
    }

    @Test
    void aCancellationIsConfirmedWithItsReasonAndALateOneIsShownAsLate() {
        var daniel = TEAM.newClient();
        var soon = CareTeam.today().plusDays(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        var booked = TEAM.tess.postForm("/clients/" + daniel + "/appointments", Map.of("date", soon.toString(),
                "at", "10:00", "therapist", "tess"));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(303);
        var appointment = BOOKING.appointments(daniel).get(0);
        var path = "/appointments/" + appointment.id();
        var usual = BOOKING.desk().settings();
        BOOKING.desk().settings(new ClinicSettings(usual.zone(), usual.turnover(), Duration.ofDays(14)));
        try {
            var asked = TEAM.tess.postForm(path + "/cancel", Map.of("reason", "client away"));
            assertThat(asked.body()).contains("Cancel this appointment (client away)?", "This is a late cancellation",
                    "inside the clinic's notice of 14 days.");
            assertThat(now(appointment).status()).isEqualTo(Status.BOOKED);

            var cancelled = TEAM.tess.postForm(path + "/cancel", fields(asked.body(), "reason", "confirmed"));

            assertThat(cancelled.statusCode()).isEqualTo(303);
            assertThat(now(appointment).status()).isEqualTo(Status.CANCELLED);
            assertThat(now(appointment).cancellation().orElseThrow().late()).isTrue();
            assertThat(TEAM.tess.page(path + "?done=cancelled").body()).contains("Cancelled: a late cancellation.",
                    "Late cancellation by tess", "client away");
        } finally {
            BOOKING.desk().settings(usual);
        }
    }

    /** A short visit today with theo, who works round the clock, booked the day before. */
    private static Appointment today(ClientId client, String time) {
        var zone = BOOKING.desk().settings().zone();
        var start = LocalDate.now(zone).atTime(LocalTime.parse(time));
        return BOOKING.desk().book(List.of(Appointment.booked(client, new Username("theo"), Optional.empty(), start, 10,
                Optional.empty(), List.of(), List.of())), "tess", start.minusDays(1).atZone(zone).toInstant()).get(0);
    }

    @Test
    void arrivedAndNoShowAreMarkedFromTheDaySheetWhenDueAndAClosedOneIsRefused() {
        var daniel = TEAM.newClient();
        var other = TEAM.newClient();
        var arriving = today(daniel, "23:00");
        var missing = today(other, "00:00");
        var later = bookOne(TEAM.newClient(), "14:00");
        var sheet = TEAM.admin.page("/schedule?day=" + arriving.start().toLocalDate()).body(); // theo's, in full

        var arrived = TEAM.tess.postForm("/appointments/" + arriving.id() + "/arrived", Map.of());
        var noShow = TEAM.tess.postForm("/appointments/" + missing.id() + "/no-show", Map.of());
        var again = TEAM.tess.postForm("/appointments/" + missing.id() + "/arrived", Map.of());
        var early = TEAM.tess.postForm("/appointments/" + later.id() + "/no-show", Map.of());

        assertThat(sheet).contains("action=\"/appointments/" + arriving.id() + "/arrived\"",
                "action=\"/appointments/" + missing.id() + "/no-show\"");
        assertThat(arrived.statusCode()).isEqualTo(303);
        assertThat(arrived.headers().firstValue("Location"))
                .hasValue("/schedule?day=" + arriving.start().toLocalDate() + "#appointment-" + arriving.id());
        assertThat(now(arriving).status()).isEqualTo(Status.ARRIVED);
        assertThat(noShow.statusCode()).isEqualTo(303);
        assertThat(now(missing).status()).isEqualTo(Status.NO_SHOW);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("is no-show and cannot be marked arrived");
        assertThat(now(missing).status()).isEqualTo(Status.NO_SHOW);
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("has not begun: mark a no-show once it has");
        assertThat(now(later).status()).isEqualTo(Status.BOOKED);
    }

    @Test
    void onlyTheClientsCareTeamMayChangeAnAppointmentAndOnlyFromOurOwnForms() {
        var daniel = TEAM.newClient();
        var booked = bookOne(daniel, "17:00");
        var path = "/appointments/" + booked.id();
        var himself = TEAM.clientAccount();

        assertThat(TEAM.theo.page(path).statusCode()).isEqualTo(404);
        assertThat(TEAM.theo.postForm(path + "/cancel", Map.of("confirmed", "yes")).statusCode()).isEqualTo(404);
        assertThat(TEAM.theo.postForm(path + "/arrived", Map.of()).statusCode()).isEqualTo(404);
        assertThat(TEAM.theo.postForm("/clients/" + daniel + "/appointments", Map.of("date", TUESDAY.toString(),
                "at", "08:00", "therapist", "theo")).statusCode()).isEqualTo(404);
        assertThat(TEAM.tess.postForm(path + "/cancel", Map.of("confirmed", "yes", "_csrf", "forged")).statusCode())
                .isEqualTo(403);
        assertThat(himself.visitor().page(path).statusCode()).isEqualTo(403);
        assertThat(himself.visitor().postForm(path + "/no-show", Map.of()).statusCode()).isEqualTo(403);
        assertThat(TEAM.admin.page(path).body()).contains("Move", "Cancel");
        assertThat(BOOKING.appointments(daniel)).hasSize(1);
        assertThat(now(booked).status()).isEqualTo(Status.BOOKED);
    }

    @Test
    void aTherapistCoveringForAColleagueOpensTheClientFromTheirDaySheetAndLogsTheVisitUntilItIsCancelled() {
        var daniel = TEAM.newClient(); // in Tess's care
        var visit = today(daniel, "11:00");
        var day = visit.start().toLocalDate();

        var sheet = TEAM.theo.page("/schedule?day=" + day).body();

        assertThat(sheet).contains("href=\"/clients/" + daniel + "\"");
        for (var path : List.of("/clients/" + daniel, "/clients/" + daniel + "/plan", "/appointments/" + visit.id(),
                "/clients/" + daniel + "/sessions/new?appointment=" + visit.id())) {
            assertThat(TEAM.theo.page(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(TEAM.theo.page("/clients").body()).as("the list is Theo's own care").doesNotContain(daniel.value());
        var other = TEAM.newClient();
        assertThat(TEAM.theo.page("/clients/" + other).statusCode()).isEqualTo(404);

        var cancelled = TEAM.tess.postForm("/appointments/" + visit.id() + "/cancel", Map.of("confirmed", "yes"));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(303);
        assertThat(TEAM.theo.page("/clients/" + daniel).statusCode()).as("a cancelled visit opens nothing").isEqualTo(404);
    }

    private static Appointment theosVisit(ClientId client, LocalDate day, String time) {
        var booked = TEAM.theo.postForm("/clients/" + client + "/appointments", Map.of("date", day.toString(),
                "at", time, "therapist", "theo"));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(303);
        return BOOKING.appointments(client).stream().filter(a -> a.start().toLocalDate().equals(day)).findFirst()
                .orElseThrow();
    }

    private static Map<String, String> session(long appointment, String... more) {
        var fields = new LinkedHashMap<String, String>(Map.of("date", CareTeam.today().toString(), "therapist", "Theo Lind",
                "minutes", "45", "pressure", "light", "painBefore", "5", "painAfter", "3", "area-lower-back", "30",
                "appointment", Long.toString(appointment)));
        for (int i = 0; i < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        return fields;
    }

    @Test
    void logThisVisitOpensTheSessionFormForTodaysAppointmentAndLoggingItMarksItAttended() {
        var client = BOOKING.theosClient();
        var visit = today(client, "10:00");
        var link = "/clients/" + client + "/sessions/new?appointment=" + visit.id();

        var sheet = TEAM.theo.page("/schedule?day=" + visit.start().toLocalDate()).body();
        var form = TEAM.theo.page(link).body();
        var logged = TEAM.theo.postForm("/clients/" + client + "/sessions/new", session(visit.id()));

        assertThat(sheet).contains("href=\"" + link + "\"");
        assertThat(form).contains("For the appointment of " + visit.start().toLocalDate() + " at 10:00 with theo",
                "(number 1,", "name=\"appointment\" value=\"" + visit.id() + "\"");
        assertThat(hidden(form, "appointment")).isEqualTo(Long.toString(visit.id()));
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(303);
        assertThat(now(visit).status()).isEqualTo(Status.ATTENDED);
        assertThat(TEAM.history(client).sessions()).hasSize(1);
    }

    @Test
    void aVisitAheadIsLoggedOnItsDayNotBeforeAndNothingIsLoggedOrMarkedEarly() {
        var client = BOOKING.theosClient();
        var ahead = theosVisit(client, CareTeam.today().plusDays(3), "10:00");
        var why = "appointment " + ahead.id() + " on " + ahead.start().toLocalDate() + " at 10:00 is not today: log it"
                + " on its day, or move it first";

        var sheet = TEAM.theo.page("/schedule?day=" + ahead.start().toLocalDate()).body();
        var form = TEAM.theo.page("/clients/" + client + "/sessions/new?appointment=" + ahead.id());
        var refused = TEAM.theo.postForm("/clients/" + client + "/sessions/new", session(ahead.id()));

        assertThat(sheet).contains("id=\"appointment-" + ahead.id() + "\"").doesNotContain("Log this visit");
        assertThat(TEAM.theo.page("/appointments/" + ahead.id()).body()).contains("Move").doesNotContain("Log this visit");
        assertThat(form.statusCode()).isEqualTo(409);
        assertThat(form.body()).contains("This visit cannot be logged yet: " + why);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Appointment: " + why);
        assertThat(TEAM.history(client).sessions()).isEmpty();
        assertThat(now(ahead).status()).isEqualTo(Status.BOOKED);
    }

    @Test
    void aSessionForAnAppointmentNotTheClientsIsRefusedAndNothingIsLogged() {
        var client = BOOKING.theosClient();
        var other = BOOKING.theosClient();
        var othersVisit = theosVisit(other, CareTeam.today().plusDays(2), "10:00");

        var page = TEAM.theo.page("/clients/" + client + "/sessions/new?appointment=" + othersVisit.id());
        var refused = TEAM.theo.postForm("/clients/" + client + "/sessions/new", session(othersVisit.id()));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Appointment: " + othersVisit.id() + " is not an appointment of this client")
                .doesNotContain("For the appointment of");
        assertThat(TEAM.history(client).sessions()).isEmpty();
        assertThat(now(othersVisit).status()).isEqualTo(Status.BOOKED);
    }

    @Test
    void theDaySheetShowsThePlansPressureAndAreasAndANewRedFlagMarksTheVisitsToComeForReview() {
        var client = BOOKING.theosClient();
        var visit = today(client, "12:00");
        var later = theosVisit(client, CareTeam.today().plusDays(9), "12:00");
        var laterSheet = "/schedule?day=" + CareTeam.today().plusDays(9);
        var before = TEAM.theo.page(laterSheet).body();

        var logged = TEAM.theo.postForm("/clients/" + client + "/sessions/new",
                session(visit.id(), "after-effect-numbness", "on"));

        assertThat(before).contains("id=\"appointment-" + later.id() + "\"", "class=\"planned\">Pressure ", "areas: ",
                "lower-back").doesNotContain("Needs review before the visit");
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(303);
        assertThat(now(later).needsReview()).isTrue();
        assertThat(TEAM.theo.page(laterSheet).body()).contains("Needs review before the visit");
    }

    @Test
    void aPlanThatNowRefersMarksTheVisitsToComeForReviewOnTheDaySheet() {
        var client = BOOKING.theosClient();
        var later = theosVisit(client, CareTeam.today().plusDays(10), "14:00");
        var redFlags = IntakeFile.read(Path.of("examples", "red-flags.yaml"),
                CareTeam.KNOWLEDGE.vocabulary()).intake();

        TEAM.book().addIntake(client, CareTeam.today(), redFlags);

        assertThat(now(later).needsReview()).as("nothing stored changed").isFalse();
        var sheet = TEAM.theo.page("/schedule?day=" + CareTeam.today().plusDays(10)).body();
        assertThat(sheet).contains("id=\"appointment-" + later.id() + "\"", "Needs review before the visit")
                .doesNotContain("class=\"planned\"");
    }

    /** The hidden fields of a confirmation page, as its button sends them. */
    private static Map<String, String> fields(String page, String... names) {
        var fields = new LinkedHashMap<String, String>();
        for (var name : names) {
            fields.put(name, hidden(page, name));
        }
        return fields;
    }
}

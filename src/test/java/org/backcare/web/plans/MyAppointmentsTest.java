package org.backcare.web.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Pattern;
import org.backcare.booking.Status;
import org.backcare.clients.ClientId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A client books their plan's next session on /me/appointments, cancels within the notice rules, and screening stops it. */
class MyAppointmentsTest {
    static final Pattern OFFER = Pattern.compile(
            "name=\"therapist\" value=\"([a-z]+)\">\\s*<input type=\"hidden\" name=\"start\" value=\"([0-9T:-]+)\">");
    private final SelfBookingClinic clinic = new SelfBookingClinic();

    @AfterEach
    void stop() {
        clinic.close();
    }

    @Test
    void theClientBooksAnOfferedTimeOfTheirPlansNextSessionAndCancelsItBeforeTheNotice() {
        var ashaIn = clinic.fixture.clientAccount("asha", "asha-rao");
        var page = ashaIn.page("/me/appointments");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Book session 1 of your plan").contains("with tom");
        var offer = OFFER.matcher(page.body());
        assertThat(offer.find()).isTrue();

        var booked = ashaIn.postForm("/me/appointments", Map.of("therapist", offer.group(1), "start", offer.group(2)));
        assertThat(booked.statusCode()).isEqualTo(303);
        var kept = clinic.desk.ofClient(clinic.asha);
        assertThat(kept).singleElement().satisfies(a -> {
            assertThat(a.start()).isEqualTo(LocalDateTime.parse(offer.group(2)));
            assertThat(a.planSession()).hasValue(1);
        });
        var after = ashaIn.page("/me/appointments?done=booked").body();
        assertThat(after).contains("Booked.").contains("Book session 2 of your plan").contains("Cancel this appointment");

        var again = ashaIn.postForm("/me/appointments", Map.of("therapist", offer.group(1), "start", offer.group(2)));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("is not one offered");

        assertThat(ashaIn.postForm("/me/appointments/" + kept.get(0).id() + "/cancel", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(clinic.desk.find(kept.get(0).id()).orElseThrow().status()).isEqualTo(Status.CANCELLED);
    }

    @Test
    void twoWindowsBookingTwoTimesAtOnceNeverBookOneSessionTwice() throws Exception {
        var ashaIn = clinic.fixture.clientAccount("asha", "asha-rao");
        for (int round = 0; round < 8; round++) {
            var offers = OFFER.matcher(ashaIn.page("/me/appointments").body());
            var all = new ArrayList<Map<String, String>>();
            while (offers.find()) {
                all.add(Map.of("therapist", offers.group(1), "start", offers.group(2)));
            }
            var times = List.of(all.get(0), all.get(all.size() - 1)); // days apart: no clash but the session's
            assertThat(times.get(0).get("start").substring(0, 10)).isNotEqualTo(times.get(1).get("start").substring(0, 10));
            var start = new CyclicBarrier(2);
            var answers = new ConcurrentLinkedQueue<HttpResponse<String>>();
            var windows = times.stream().map(time -> new Thread(() -> {
                try {
                    start.await();
                    answers.add(ashaIn.postForm("/me/appointments", time));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            })).toList();
            windows.forEach(Thread::start);
            for (var window : windows) {
                window.join();
            }

            var open = clinic.desk.ofClient(clinic.asha).stream().filter(a -> a.status().isOpen()).toList();
            assertThat(open).extracting(a -> a.planSession().orElseThrow()).as("round %d", round).doesNotHaveDuplicates();
            assertThat(answers).hasSize(2).allSatisfy(answer -> assertThat(answer.statusCode()).isIn(303, 409, 422));
            answers.stream().filter(answer -> answer.statusCode() == 409).forEach(answer -> assertThat(answer.body())
                    .contains("That session was booked a moment ago, perhaps in another window"));
            open.forEach(a -> clinic.desk.cancel(a.id(), "asha", "test round over", Instant.now()));
        }
    }

    @Test
    void theFreeTimesFoldByDayWithOnlyThePlansDayOpen() {
        var body = clinic.fixture.clientAccount("asha", "asha-rao").page("/me/appointments").body();
        var planned = Pattern.compile("Your plan has it on ([A-Za-z]+ [0-9]+ [A-Za-z]+);").matcher(body);
        assertThat(planned.find()).as(body).isTrue();
        var days = body.split("<details class=\"offer-day\"");
        assertThat(days).as("a day folds with its times").hasSizeGreaterThan(2);
        var open = Arrays.stream(days).skip(1).filter(day -> day.startsWith(" open>")).toList();
        var listed = Arrays.stream(days).skip(1).map(MyAppointmentsTest::summarised).toList();
        // The plan has session 1 today; late in the day today has no free time left, and the nearest day is the next
        var nearest = listed.contains(planned.group(1)) ? planned.group(1) : listed.get(0);
        assertThat(open).singleElement().asString().contains("<summary>" + nearest + " · ")
                .containsPattern("· [0-9]+ free times?</summary>");
    }

    /** The day a folded day's summary names, as "Monday 7 December". */
    private static String summarised(String day) {
        var summary = Pattern.compile("<summary>([^<]+) · [0-9]+ free times?</summary>").matcher(day);
        assertThat(summary.find()).as(day).isTrue();
        return summary.group(1);
    }

    @Test
    void theClientMovesTheirAppointmentToAnotherFreeTimeOfTheSameTherapist() {
        var ashaIn = clinic.fixture.clientAccount("asha", "asha-rao");
        var offer = OFFER.matcher(ashaIn.page("/me/appointments").body());
        assertThat(offer.find()).isTrue();
        ashaIn.postForm("/me/appointments", Map.of("therapist", offer.group(1), "start", offer.group(2)));
        var id = clinic.desk.ofClient(clinic.asha).get(0).id();
        assertThat(ashaIn.page("/me/appointments").body()).contains("href=\"/me/appointments/" + id + "/move\"");

        var page = ashaIn.page("/me/appointments/" + id + "/move").body();
        var move = Pattern.compile("name=\"start\" value=\"([0-9T:-]+)\">\\s*<button type=\"submit\">Move to")
                .matcher(page);
        assertThat(move.find()).as(page).isTrue();
        var refused = ashaIn.postForm("/me/appointments/" + id + "/move", Map.of("start", "2099-01-01T10:00"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(clinic.desk.find(id).orElseThrow().start()).isEqualTo(LocalDateTime.parse(offer.group(2)));

        var moved = ashaIn.postForm("/me/appointments/" + id + "/move", Map.of("start", move.group(1)));

        assertThat(moved.statusCode()).isEqualTo(303);
        assertThat(clinic.desk.find(id).orElseThrow().start()).isEqualTo(LocalDateTime.parse(move.group(1)));
        assertThat(clinic.desk.find(id).orElseThrow().moves()).hasSize(1);
        assertThat(ashaIn.page("/me/appointments?done=moved").body()).contains("Moved.");
    }

    @Test
    void insideTheNoticeTheClientIsToldToCallAndNothingIsCancelled() {
        var ashaIn = clinic.fixture.clientAccount("asha", "asha-rao");
        var offer = OFFER.matcher(ashaIn.page("/me/appointments").body());
        assertThat(offer.find()).isTrue();
        ashaIn.postForm("/me/appointments", Map.of("therapist", offer.group(1), "start", offer.group(2)));
        clinic.notice(Duration.ofDays(14));
        var id = clinic.desk.ofClient(clinic.asha).get(0).id();

        assertThat(ashaIn.page("/me/appointments").body()).doesNotContain("Cancel this appointment")
                .contains("call the clinic on +44 117 496 0000");
        var refused = ashaIn.postForm("/me/appointments/" + id + "/cancel", Map.of());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("notice of 14 days").contains("+44 117 496 0000");
        assertThat(clinic.desk.find(id).orElseThrow().status()).isEqualTo(Status.BOOKED);
        assertThat(ashaIn.postForm("/me/appointments/999/cancel", Map.of()).statusCode()).isEqualTo(404);
        assertThat(ashaIn.page("/me/appointments/" + id + "/move").statusCode()).isEqualTo(422);
        assertThat(ashaIn.postForm("/me/appointments/" + id + "/move", Map.of("start", "2099-01-01T10:00"))
                .statusCode()).isEqualTo(422);
    }

    @Test
    void aClientWhoseScreeningStopsMassageIsOfferedNothingAndToldWhatToDo() {
        var tomIn = clinic.fixture.clientAccount("tomb", "tom-becker");
        var page = tomIn.page("/me/appointments").body();
        assertThat(page).contains("Massage cannot be booked now").doesNotContain("name=\"start\"");
        var start = LocalDateTime.now(ZoneOffset.UTC).plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0);
        var refused = tomIn.postForm("/me/appointments", Map.of("therapist", "tom", "start", start.toString()));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(clinic.desk.ofClient(new ClientId("tom-becker"))).isEmpty();
    }

    @Test
    void withSelfBookingOffTheClientSeesTheirAppointmentsAndThePhoneNumber() {
        clinic.selfBooking(false);
        var ashaIn = clinic.fixture.clientAccount("asha", "asha-rao");
        assertThat(ashaIn.page("/me/appointments").body()).contains("To book, call the clinic on +44 117 496 0000")
                .doesNotContain("name=\"start\"");
        assertThat(ashaIn.postForm("/me/appointments", Map.of("therapist", "tom", "start", "bad")).statusCode())
                .isEqualTo(422);
        assertThat(clinic.fixture.running.signIn("tom", PlanFixture.PASSWORD).page("/me/appointments").statusCode())
                .isEqualTo(403);
    }
}

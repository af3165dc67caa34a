package org.backcare.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.accounts.Username;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.ClinicSettings;
import org.backcare.booking.DaysOff;
import org.backcare.booking.Equipment;
import org.backcare.files.KnowledgeFiles;
import org.backcare.mail.ClinicProfile;
import org.backcare.web.Clinic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin sets up who can be booked and when, and the rooms, on the web: what the command line's therapist and room commands do. */
class ClinicPagesTest {
    private static final Username TOM = new Username("tom");
    private final Clinic clinic = new Clinic();
    private final AppointmentDesk desk = clinic.running.database.appointments(Equipment.neededBy(KnowledgeFiles.bundled()));

    @AfterEach
    void stop() {
        clinic.close();
    }

    private HttpResponse<String> skills(String body) {
        return clinic.admin.send(clinic.admin.request("/admin/clinic/tom/skills").header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(body)).build());
    }

    @Test
    void theAdminGivesATherapistTheirUsualWeekDaysOffAndSkills() {
        clinic.therapist("tom");
        var next = LocalDate.now().plusDays(10);

        var hours = clinic.admin.postForm("/admin/clinic/tom/hours", Map.of("hours", "mon-thu 09:00-17:00; fri 09:00-13:00"));
        var off = clinic.admin.postForm("/admin/clinic/tom/off", Map.of("off", next + ".." + next.plusDays(2)));
        var trained = skills("skill=swedish&skill=hot-stone");
        var extra = clinic.admin.postForm("/admin/clinic/tom/extra", Map.of("extra", next.plusDays(5) + "=10:00-14:00"));

        assertThat(hours.statusCode()).isEqualTo(303);
        assertThat(off.statusCode()).isEqualTo(303);
        assertThat(trained.statusCode()).isEqualTo(303);
        assertThat(extra.statusCode()).isEqualTo(303);
        var week = desk.weeks().get(TOM);
        assertThat(week.hoursOn(next.plusDays(5))).extracting(Object::toString).containsExactly("10:00-14:00");
        assertThat(week.usual().toString()).isEqualTo("mon-thu 09:00-17:00; fri 09:00-13:00");
        assertThat(week.daysOff()).containsExactly(new DaysOff(next, next.plusDays(2)));
        assertThat(desk.skills().get(TOM)).isEqualTo(Set.of("swedish", "hot-stone"));
        var page = clinic.admin.page("/admin/clinic?done=skills&account=tom").body();
        assertThat(page).contains("Saved the skills of tom.", "value=\"mon-thu 09:00-17:00; fri 09:00-13:00\"",
                "Take back the days off " + next + ".." + next.plusDays(2) + " of tom", "name=\"skill\" value=\"hot-stone\" checked",
                "Extra days to come: " + next.plusDays(5) + "=10:00-14:00");
    }

    @Test
    void aBadWeekDaysOffOrSkillIsRefusedNamingItKeepingWhatWasTypedAndSavingNothing() {
        clinic.therapist("tom");
        clinic.admin.postForm("/admin/clinic/tom/hours", Map.of("hours", "mon-fri 09:00-17:00"));

        var hours = clinic.admin.postForm("/admin/clinic/tom/hours", Map.of("hours", "mon-thu 9-5"));
        var off = clinic.admin.postForm("/admin/clinic/tom/off", Map.of("off", "2030-01-10..2030-01-01"));
        var skill = skills("skill=swedish&skill=levitation");
        var extra = clinic.admin.postForm("/admin/clinic/tom/extra", Map.of("extra", "2030-01-05=14:00-10:00"));
        var nobody = clinic.admin.postForm("/admin/clinic/ghost/hours", Map.of("hours", "mon 09:00-12:00"));

        assertThat(hours.statusCode()).isEqualTo(422);
        assertThat(hours.body()).contains("tom: hours: '9-5' is not a time range like 09:00-17:00. Nothing was saved.",
                "value=\"mon-thu 9-5\"");
        assertThat(off.body()).contains("tom: off: 2030-01-10..2030-01-01 ends before it starts");
        assertThat(skill.body()).contains("tom: skills: levitation is not a technique of the knowledge base");
        assertThat(extra.body()).contains("tom: extra: 14:00-10:00 ends before it starts", "value=\"2030-01-05=14:00-10:00\"");
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(desk.weeks().get(TOM).usual().toString()).isEqualTo("mon-fri 09:00-17:00");
        assertThat(desk.weeks().get(TOM).daysOff()).isEmpty();
        assertThat(desk.weeks().get(TOM).extraDays()).isEmpty();
        assertThat(desk.skills()).doesNotContainKey(TOM);
    }

    @Test
    void theAdminAddsARoomWithItsEquipmentAndATherapistMayNot() {
        var tom = clinic.therapist("tom");

        var added = clinic.admin.send(clinic.admin.request("/admin/clinic/rooms").header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("name=Stone+room&equipment=heated-table")).build());
        var twice = clinic.admin.postForm("/admin/clinic/rooms", Map.of("name", "stone room"));
        var odd = clinic.admin.postForm("/admin/clinic/rooms", Map.of("name", "Blue", "equipment", "jacuzzi"));

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).hasValue("/admin/clinic?done=room#rooms");
        assertThat(desk.rooms()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Stone room");
            assertThat(r.equipment()).containsExactly("heated-table");
        });
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("there is already a room named stone room");
        assertThat(odd.body()).contains("jacuzzi is not equipment any technique needs", "value=\"Blue\"");
        assertThat(clinic.admin.page("/admin/clinic").body()).contains("Stone room: heated-table");
        assertThat(tom.page("/admin/clinic").statusCode()).isEqualTo(403);
        assertThat(tom.postForm("/admin/clinic/tom/hours", Map.of("hours", "mon 09:00-12:00")).statusCode()).isEqualTo(403);
    }

    @Test
    void theAdminTakesBackDaysOffAndReequipsARoomUnlessABookedVisitNeedsWhatItWouldLose() {
        clinic.therapist("tom");
        var next = LocalDate.now().plusDays(10);
        clinic.admin.postForm("/admin/clinic/tom/off", Map.of("off", next.toString()));
        clinic.admin.postForm("/admin/clinic/tom/off", Map.of("off", next.plusDays(7).toString()));
        clinic.admin.postForm("/admin/clinic/rooms", Map.of("name", "Stone room"));

        var takenBack = clinic.admin.postForm("/admin/clinic/tom/off/take-back", Map.of("off", next.toString()));
        var never = clinic.admin.postForm("/admin/clinic/tom/off/take-back", Map.of("off", next.plusDays(1).toString()));
        var equipped = clinic.admin.send(clinic.admin.request("/admin/clinic/rooms/equipment").header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("name=Stone+room&equipment=heated-table&equipment=stone-heater")).build());
        var noRoom = clinic.admin.postForm("/admin/clinic/rooms/equipment", Map.of("name", "Red"));

        assertThat(takenBack.statusCode()).isEqualTo(303);
        assertThat(desk.weeks().get(TOM).daysOff()).containsExactly(new DaysOff(next.plusDays(7), next.plusDays(7)));
        assertThat(never.statusCode()).isEqualTo(422);
        assertThat(never.body()).contains("tom: off: tom has no days off " + next.plusDays(1) + " on file. Nothing was saved.");
        assertThat(equipped.statusCode()).isEqualTo(303);
        assertThat(desk.rooms()).singleElement().satisfies(r -> assertThat(r.equipment())
                .containsExactlyInAnyOrder("heated-table", "stone-heater"));
        assertThat(noRoom.body()).contains("The room: name: there is no room named Red (rooms: Stone room)");
        assertThat(clinic.admin.page("/admin/clinic?done=taken-back&account=tom").body()).contains(
                "Took back the days off of tom.", "Stone room: heated-table, stone-heater",
                "name=\"equipment\" value=\"stone-heater\" checked");
    }

    @Test
    void theAdminSetsTheBookingSettingsAndTheClinicsDetailsAndABadValueSavesNothing() {
        var settings = clinic.admin.postForm("/admin/clinic/settings", Map.of("zone", "Europe/Paris", "turnover", "15",
                "notice", "90m"));
        var details = clinic.admin.postForm("/admin/clinic/details", Map.of("name", "Harbour Massage",
                "address", "1 Quay Street\nBristol BS1 4DJ", "phone", "+44 117 496 0000", "self-booking", "yes",
                "reminder", "24", "second-reminder", "2"));

        assertThat(settings.statusCode()).isEqualTo(303);
        assertThat(details.statusCode()).isEqualTo(303);
        assertThat(desk.settings()).isEqualTo(new ClinicSettings(ZoneId.of("Europe/Paris"), Duration.ofMinutes(15),
                Duration.ofMinutes(90)));
        var kept = clinic.running.database.clinic().profile();
        assertThat(kept).isEqualTo(new ClinicProfile("Harbour Massage", "1 Quay Street\nBristol BS1 4DJ",
                "+44 117 496 0000", true, Duration.ofHours(24), Optional.of(Duration.ofHours(2))));
        assertThat(clinic.admin.page("/admin/clinic").body()).contains("value=\"Europe/Paris\"", "value=\"90m\"",
                "value=\"Harbour Massage\"", "name=\"self-booking\" value=\"yes\" checked");

        var badZone = clinic.admin.postForm("/admin/clinic/settings", Map.of("zone", "Mars/Olympus", "turnover", "15",
                "notice", "90m"));
        var badTurnover = clinic.admin.postForm("/admin/clinic/settings", Map.of("zone", "Europe/Paris", "turnover",
                "ten", "notice", "90m"));
        var badPhone = clinic.admin.postForm("/admin/clinic/details", Map.of("name", "Elsewhere", "phone", "call us",
                "reminder", "24"));
        var noReminder = clinic.admin.postForm("/admin/clinic/details", Map.of("name", "Elsewhere", "reminder", "0"));

        assertThat(badZone.statusCode()).isEqualTo(422);
        assertThat(badZone.body()).contains("The booking settings: zone: 'Mars/Olympus' is not a time zone id",
                "value=\"Mars/Olympus\"");
        assertThat(badTurnover.body()).contains("turnover: 'ten' is not a whole number of minutes");
        assertThat(badPhone.statusCode()).isEqualTo(422);
        assertThat(badPhone.body()).contains("The clinic's details: phone:", "value=\"Elsewhere\"");
        assertThat(noReminder.body()).contains("reminder: from 1 to 336 hours before the appointment");
        assertThat(desk.settings().zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(clinic.running.database.clinic().profile()).isEqualTo(kept);
    }
}

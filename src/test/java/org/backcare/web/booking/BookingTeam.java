package org.backcare.web.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Pattern;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.Equipment;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.IntakeFile;
import org.backcare.web.progress.CareTeam;

/**
 * The care team with working hours (Tess Monday to Friday 08:00-18:00; Theo every day, all day, so that a visit can
 * be booked for tomorrow and logged today) and what the booking tests read.
 */
final class BookingTeam implements AutoCloseable {
    /** A Tuesday a week or more away: inside hours, never in the past, far from any late-cancellation notice. */
    static final LocalDate TUESDAY = CareTeam.today().plusDays(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));

    final CareTeam team = new CareTeam();
    private final AppointmentDesk desk = team.running.database.appointments(Equipment.neededBy(CareTeam.KNOWLEDGE));
    private int referred;

    BookingTeam() {
        hours("tess", "mon-fri 08:00-18:00");
        hours("theo", "mon-sun 00:00-23:59");
    }

    private void hours(String therapist, String spec) {
        var hours = team.admin.send(team.admin.request("/api/therapists/" + therapist + "/hours")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"hours\": \"" + spec + "\"}")).build());
        assertThat(hours.statusCode()).as(hours.body()).isEqualTo(200);
    }

    /** A Daniel Okafor in Theo's care. */
    ClientId theosClient() {
        var id = team.newClient();
        team.running.database.accounts().assign(id, new Username("theo"));
        return id;
    }

    List<Appointment> appointments(ClientId client) {
        return desk.ofClient(client);
    }

    AppointmentDesk desk() {
        return desk;
    }

    /** A client in Tess's care whose intake has red flags: screening refers them, so massage is not booked. */
    ClientId referredClient() {
        var id = new ClientId("rita-red-" + ++referred);
        var intake = IntakeFile.read(Path.of("examples", "red-flags.yaml"), CareTeam.KNOWLEDGE.vocabulary()).intake();
        team.book().add(new ClientRecord(id, "Rita Red", CareTeam.CONSENT), new IntakeVersion(1, CareTeam.CONSENT, intake));
        team.running.database.accounts().assign(id, new Username("tess"));
        return id;
    }

    /** The value of a hidden field of a page. */
    static String hidden(String page, String name) {
        var matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(matcher.find()).as("field " + name + " on the page").isTrue();
        return matcher.group(1);
    }

    @Override
    public void close() {
        team.close();
    }
}

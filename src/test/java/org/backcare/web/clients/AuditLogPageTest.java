package org.backcare.web.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.backcare.AnIntake;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Region;
import org.backcare.web.Clinic;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin's audit log: times in the clinic's zone, filters, and repeated reads folded into one row. */
class AuditLogPageTest {
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private final RunningServer running = new RunningServer(AUCKLAND);
    private final RunningServer.Visitor admin = running.setUpAdmin();
    private final ClientBook book = running.database.clientBook(KnowledgeFiles.bundled().vocabulary());

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void timesAreInTheClinicsZoneFiltersNarrowAndRepeatedReadsFold() {
        var asha = onFile("Asha Rao");
        var ben = onFile("Ben Okafor");
        var noon = Instant.parse("2026-11-30T23:00:00Z"); // 12:00 on 1 December in Auckland
        for (int i = 0; i < 5; i++) {
            book.audit(asha, "tom", "read client", noon.plusSeconds(i));
        }
        book.audit(ben, "ann", "add intake", noon.plusSeconds(60));
        book.audit(asha, "ann", "read plan", Instant.parse("2026-12-02T23:00:00Z"));

        var all = admin.page("/admin/audit").body();
        assertThat(all).contains("times in Pacific/Auckland", "2026-12-01 12:00:04", "5 times since 2026-12-01 12:00:00")
                .doesNotContain("2026-11-30T23:00");

        var toms = admin.page("/admin/audit?who=tom").body();
        assertThat(toms).contains("<td>read client</td>").doesNotContain("<td>add intake</td>", "<td>read plan</td>");
        var aboutBen = admin.page("/admin/audit?client=ben-okafor").body();
        assertThat(aboutBen).contains("<td>add intake</td>").doesNotContain("<td>read client</td>");
        var oneDay = admin.page("/admin/audit?from=2026-12-03&to=2026-12-03").body();
        assertThat(oneDay).contains("<td>read plan</td>", "2026-12-03 12:00:00").doesNotContain("<td>add intake</td>");
        var byAction = RunningServer.json(admin.get("/api/audit?action=add+intake").body());
        assertThat(byAction.get("total").asInt()).isEqualTo(1);
        var wrongDate = admin.get("/api/audit?from=+99999-01-01");
        assertThat(wrongDate.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(wrongDate.body()).get("errors").get(0).get("field").asText()).isEqualTo("from");
    }

    private ClientId onFile(String name) {
        var id = ClientId.fromName(name);
        var intake = AnIntake.aged(44).hurting(Region.LOWER_BACK, 6, 10, "stiffness").build();
        book.add(new ClientRecord(id, name, Clinic.CONSENT), new IntakeVersion(1, Clinic.CONSENT, intake));
        return id;
    }

}

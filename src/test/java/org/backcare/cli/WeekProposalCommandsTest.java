package org.backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schedule propose and accept on the small demo clinic: the proposal is kept, booked by booking's rules, once. */
class WeekProposalCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Cli run(String... args) {
        return new Backcare(dir.resolve("demo.db")).run(args);
    }

    private Cli ok(String... args) {
        return new Backcare(dir.resolve("demo.db")).ok(args);
    }

    @Test
    void aProposedWeekIsAcceptedOnceAndAStaleOneIsRefused() throws Exception {
        ok("demo", "--clinic", "small", "--seed", "2");
        var monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).toString();

        JsonNode first = JSON.readTree(ok("schedule", "propose", "--week", monday, "--seconds", "3", "--format", "json").out());
        assertThat(first.get("score").asText()).matches("-?\\d+hard/-?\\d+medium/-?\\d+soft");
        assertThat(first.get("sessions")).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("start").asText()).startsWith(monday.substring(0, 4));
            assertThat(s.get("why")).isNotEmpty();
        });
        assertThat(first.get("unplanned")).allSatisfy(u -> assertThat(u.get("reason").asText()).isNotBlank());
        var second = ok("schedule", "propose", "--week", monday, "--seconds", "1");
        assertThat(second.out()).contains("Book it with: backcare schedule accept ");

        var accepted = ok("schedule", "accept", first.get("proposal").asText());
        int placed = first.get("sessions").size();
        assertThat(accepted.out()).startsWith("Booked " + placed + " appointments of proposal");
        var sessionOne = first.get("sessions").get(0);
        assertThat(ok("schedule", "--week", monday).out()).contains(sessionOne.get("client").asText() + " with "
                + sessionOne.get("therapist").asText()).contains(sessionOne.get("start").asText().substring(11));

        var again = run("schedule", "accept", first.get("proposal").asText());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("there is no proposal");
        String secondId = second.out().replaceAll("(?s).*schedule accept (\\d+).*", "$1");
        var stale = run("schedule", "accept", secondId);
        assertThat(stale.exitCode()).isEqualTo(2);
        assertThat(stale.err()).contains("is stale", "booked since: appointment");
        assertThat(ok("schedule", "--week", monday, "--format", "json").out().split("\"id\"")).hasSize(placed + 1);
    }

    /**
     * The small demo clinic, as someone trying Backcare out would: its week is proposed feasibly, few of its
     * sessions are left to the screening (its clients improve as real ones do), and every placed one is booked.
     */
    @Test
    void theSmallDemoClinicsWeekIsBookedWholeAndFewAreLeftToTheScreening() throws Exception {
        var made = ok("demo", "--clinic", "small", "--seed", "1");
        var monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).toString();
        assertThat(made.out()).contains("wants 40 sessions");

        JsonNode proposal = JSON.readTree(ok("schedule", "propose", "--week", monday, "--seconds", "5", "--format",
                "json").out());
        int placed = proposal.get("sessions").size();
        int due = placed + proposal.get("unplanned").size();
        long referred = 0;
        for (var unplanned : proposal.get("unplanned")) {
            referred += unplanned.get("reason").asText().equals("not planned: see the screening (refer)") ? 1 : 0;
        }
        assertThat(due).isEqualTo(40);
        assertThat(proposal.get("feasible").asBoolean()).as(proposal.get("score").asText()).isTrue();
        assertThat((double) referred / due).as(referred + " of " + due + " referred").isLessThan(0.15);
        assertThat(proposal.get("unplanned")).as("only the screening leaves a session out")
                .allSatisfy(u -> assertThat(u.get("reason").asText()).startsWith("not planned: see the screening"));

        var accepted = ok("schedule", "accept", proposal.get("proposal").asText());
        assertThat(accepted.out()).startsWith("Booked " + placed + " appointments of proposal");
        assertThat(ok("schedule", "--week", monday, "--format", "json").out().split("\"id\"")).hasSize(placed + 1);
    }

    @Test
    void aWeekOverIsRefusedNamingTheWeekToPlanAndNothingIsKept() {
        ok("demo", "--clinic", "small", "--seed", "1");
        var thisMonday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        var refused = run("schedule", "propose", "--week", thisMonday.minusDays(1).toString(), "--seconds", "1");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--week: the week of " + thisMonday.minusWeeks(1) + " is over",
                "plan the week of " + thisMonday.plusWeeks(1));
        assertThat(run("schedule", "accept", "1").err()).contains("there is no proposal");
    }

    @Test
    void ofTheWeekUnderWayOnlyTheDaysAfterTodayAreProposed() {
        var today = LocalDate.now();
        var thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ok("demo", "--clinic", "small", "--seed", "1");
        if (today.getDayOfWeek() == DayOfWeek.SUNDAY) {
            assertThat(run("schedule", "propose", "--week", today.toString()).err())
                    .contains("--week: the week of " + thisMonday + " ends today");
            return;
        }

        var proposed = ok("schedule", "propose", "--week", thisMonday.toString(), "--seconds", "2").out();

        assertThat(proposed).contains("for the rest of the week of " + thisMonday + " (" + today.plusDays(1));
        if (today.getDayOfWeek() == DayOfWeek.SATURDAY) {
            assertThat(proposed).as("only Sunday is left, and no one in the demo clinic works on Sundays")
                    .contains(" 0 of ");
            return;
        }
        var days = Pattern.compile("^  [a-z]{3} (\\d{4}-\\d{2}-\\d{2}) ", Pattern.MULTILINE).matcher(proposed).results()
                .map(m -> LocalDate.parse(m.group(1))).toList();
        assertThat(days).as(proposed).isNotEmpty()
                .allSatisfy(d -> assertThat(d).isAfter(today).isBeforeOrEqualTo(thisMonday.plusDays(6)));
    }
}

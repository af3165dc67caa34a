package org.backcare.web.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.progress.CareTeam.today;

import java.util.HashMap;
import org.backcare.clients.MeasureEntry;
import org.backcare.files.ClinicWordingFiles;
import org.backcare.files.QuestionnaireTextsFile;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire forms in the words the clinic supplied ({@code serve --questionnaire-texts}): each item's question
 * and, for the ODI, its answer statements, so a client can fill the form in on screen.
 */
class QuestionnaireWordingPagesTest {
    private static final CareTeam TEAM = new CareTeam(new RunningServer(QuestionnaireTextsFile
            .read(ClinicWordingFiles.write(ClinicWordingFiles.licensedInstruments())).wording()));

    @AfterAll
    static void stop() {
        TEAM.close();
    }

    @Test
    void theOdiShowsEachSectionsQuestionAndItsSixStatementsAsTheAnswers() {
        var client = TEAM.newClient();
        var page = TEAM.tess.page("/clients/" + client + "/measures/new?instrument=odi").body();

        assertThat(page).contains("The clinic's ODI instructions", "<legend>1. ODI 1 question</legend>",
                "<legend>10. ODI 10 question</legend>", "ODI notice from the clinic's licence")
                .containsPattern("id=\"item-3-0\"[^>]*>ODI 3 answer 0</label>")
                .containsPattern("id=\"item-3-5\"[^>]*>ODI 3 answer 5</label>")
                .doesNotContain("0 = the first statement", "has not supplied");
        var answers = new HashMap<String, String>();
        answers.put("date", today().toString());
        for (int n = 1; n <= 10; n++) {
            answers.put("item-" + n, n == 8 ? "-" : "2");
        }
        assertThat(TEAM.tess.postForm("/clients/" + client + "/measures/new?instrument=odi", answers).statusCode())
                .isEqualTo(303);
        assertThat(TEAM.history(client).measures()).containsExactly(new MeasureEntry("odi", today(),
                "2,2,2,2,2,2,2,-,2,2"));
    }

    @Test
    void theRmdqAndStartBackShowEachStatementAndQuestion() {
        var client = TEAM.newClient();
        var rmdq = TEAM.tess.page("/clients/" + client + "/measures/new?instrument=rmdq").body();
        var startBack = TEAM.tess.page("/clients/" + client + "/measures/new?instrument=start-back").body();

        assertThat(rmdq).contains("The clinic's RMDQ instructions", ">1. RMDQ 1 question</label>",
                ">24. RMDQ 24 question</label>");
        assertThat(startBack).contains("<legend>9. START-BACK 9 question</legend>", ">very much</label>")
                .doesNotContain("has not supplied");
    }
}

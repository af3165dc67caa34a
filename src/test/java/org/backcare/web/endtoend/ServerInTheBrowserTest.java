package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.backcare.files.KnowledgeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a person sees opening the server's addresses in chromium. */
class ServerInTheBrowserTest {
    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();

    @Test
    void healthShowsTheServerIsUpAndTheKnowledgeItPlansWith() {
        var response = browser.open("/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(shownJson()).isEqualTo(json(
                "{\"status\":\"ok\",\"database\":\"ok\",\"knowledgeVersion\":\"" + KnowledgeFiles.bundled().version() + "\"}"));
        assertThat(browser.screenshot("health")).isNotEmptyFile();
    }

    @Test
    void theApiDescriptionShowsThePlanAndHealthRoutes() {
        var response = browser.open("/openapi.json");

        assertThat(response.status()).isEqualTo(200);
        var document = shownJson();
        assertThat(document.get("openapi").asText()).startsWith("3.0");
        assertThat(document.get("paths").has("/api/plan")).isTrue();
        assertThat(document.get("paths").has("/health")).isTrue();
        browser.screenshot("openapi");
    }

    @Test
    void anAddressThatDoesNotExistShowsAPageThatSaysSo() {
        var response = browser.open("/plans/asha-rao");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headerValue("content-type")).startsWith("text/html");
        assertThat(browser.page().locator("h1").textContent()).isEqualTo("Not Found");
        assertThat(browser.page().locator("main").textContent()).contains("no such route");
        assertThat(browser.page().content()).doesNotContain("Exception", "at org.");
        browser.screenshot("not-found");
    }

    @Test
    void openingThePlanRouteInTheBrowserSaysItTakesAnotherMethod() {
        var response = browser.open("/api/plan");

        assertThat(response.status()).isEqualTo(405);
        assertThat(shownJson().get("title").asText()).isEqualTo("Method Not Allowed");
        browser.screenshot("plan-route-opened");
    }

    /** The JSON as chromium shows it: the raw text, in the one {@code pre} of its JSON viewer. */
    private static JsonNode shownJson() {
        return json(browser.page().locator("pre").innerText());
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The fixture itself, through test classes of its own run by JUnit (they are not run alone: no Test suffix). */
class BrowserFixtureTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void aFailingTestLeavesAFullScreenshotAndTheHtmlOfItsPage() throws IOException {
        var screenshot = BrowserFixture.FAILURES.resolve("FailsAfterOpeningHealth.failsOnPurpose.png");
        var html = BrowserFixture.FAILURES.resolve("FailsAfterOpeningHealth.failsOnPurpose.html");
        Files.deleteIfExists(screenshot);
        Files.deleteIfExists(html);

        run(FailsAfterOpeningHealth.class).assertStatistics(tests -> tests.started(1).failed(1));

        assertThat(Files.readAllBytes(screenshot)).startsWith(PNG_SIGNATURE);
        assertThat(html).content().contains("\"status\":\"ok\"");
    }

    @Test
    void everyTestStartsWithoutTheCookiesAndStorageOfTheOneBefore() {
        run(TwoVisits.class).assertStatistics(tests -> tests.started(2).succeeded(2));
    }

    private static Events run(Class<?> tests) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(tests)).execute().testEvents();
    }

    static class FailsAfterOpeningHealth {
        @RegisterExtension
        static final BrowserFixture browser = BrowserFixture.onBackcare();

        @Test
        void failsOnPurpose() {
            browser.open("/health");
            fail("on purpose, to leave the page in target/screenshots/failures/");
        }
    }

    @TestMethodOrder(OrderAnnotation.class)
    static class TwoVisits {
        @RegisterExtension
        static final BrowserFixture browser = BrowserFixture.onBackcare();

        @Test
        @Order(1)
        void theFirstLeavesACookieAndStoredData() {
            browser.open("/health");
            browser.page().evaluate("() => { document.cookie = 'therapist=maria'; localStorage.setItem('client', 'asha-rao'); }");
            browser.page().reload();
            assertThat(browser.page().evaluate("() => document.cookie + ' ' + localStorage.getItem('client')"))
                    .isEqualTo("therapist=maria asha-rao");
        }

        @Test
        @Order(2)
        void theSecondFindsNeither() {
            browser.open("/health");
            assertThat(browser.page().evaluate("() => document.cookie + ' ' + localStorage.length"))
                    .isEqualTo(" 0");
        }
    }
}

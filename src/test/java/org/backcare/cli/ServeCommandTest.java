package org.backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `backcare serve` as a clinic starts it: in its own process, stopped with SIGTERM. */
class ServeCommandTest {
    private static final Pattern SETUP_LINK = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/setup\\?token=[A-Za-z0-9_-]{43})");

    @TempDir
    Path folder;

    @Test
    void aQuestionnaireTextsFileWithAProblemStopsTheStartNamingTheItem() throws Exception {
        var texts = Files.createTempFile("texts", ".yaml");
        Files.writeString(texts, "rmdq:\n  items:\n    25:\n      question: a made-up statement\n");
        var db = Files.createTempDirectory("serve").resolve("backcare.db");

        var refused = Cli.run("serve", "--port", "0", "--db", db.toString(), "--questionnaire-texts", texts.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("rmdq item 25: there is no such item: the RMDQ has items 1 to 24",
                "rmdq item 1: missing").doesNotContain("Exception");
        assertThat(db).doesNotExist();
    }

    @Test
    void aPublicAddressThatIsNotOneIsRefusedNamingTheOptionBeforeAnythingIsWritten() {
        var db = folder.resolve("clinic.db");

        var refused = Cli.run("serve", "--port", "0", "--db", db.toString(), "--public-url", "care.example.org");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--public-url: 'care.example.org' is not an address like"
                + " https://care.example.org").doesNotContain("Exception");
        assertThat(db).doesNotExist();
    }

    @Test
    void mailFromAServerListeningOnEveryAddressNeedsThePublicAddressForItsLinks() {
        var db = folder.resolve("clinic.db");

        var refused = Cli.run("serve", "--host", "0.0.0.0", "--port", "0", "--db", db.toString(), "--smtp-host",
                "localhost", "--smtp-tls", "none", "--mail-from", "desk@example.org");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--public-url: needed when mail goes out and --host is 0.0.0.0")
                .doesNotContain("Exception");
        assertThat(db).doesNotExist();
    }

    @Test
    void theFirstStartPrintsAOneTimeSetupLinkAndSigtermStopsTheServerCleanly() throws Exception {
        assertThat(folder.resolve("clinic.db")).doesNotExist();
        var server = serve(folder.resolve("clinic.db"));
        try (var out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            var printed = new ArrayList<String>();
            var link = readSetupLink(out, printed);
            var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link))
                    .header("Accept", "text/html").build(), BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Create the admin account");
            assertThat(printed.get(0)).startsWith("Backcare serves on http://127.0.0.1:").contains("clinic.db");

            server.toHandle().destroy(); // SIGTERM, keeping its output readable
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(out.readLine()).startsWith("No email is sent: give --smtp-host and --mail-from");
            assertThat(out.readLine()).isEqualTo("Backcare stopped.");
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void aClinicWhoseTherapistsWereAddedBeforeTheFirstStartIsStillOfferedTheSetupLink() throws Exception {
        var db = folder.resolve("clinic.db");
        assertThat(Cli.run("therapist", "add", "mei", "--name", "Mei Lin", "--db", db.toString()).exitCode()).isZero();
        var server = serve(db);
        try (var out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            var printed = new ArrayList<String>();
            var link = readSetupLink(out, printed);
            assertThat(printed.get(printed.size() - 1)).startsWith("No admin yet: create the clinic's admin account at");
            var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link))
                    .header("Accept", "text/html").build(), BodyHandlers.ofString());
            assertThat(page.body()).contains("Create the admin account");
        } finally {
            server.destroyForcibly();
        }
    }

    private static String readSetupLink(BufferedReader out, List<String> printed) throws IOException {
        for (String line; (line = out.readLine()) != null; ) {
            printed.add(line);
            var link = SETUP_LINK.matcher(line);
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("serve printed no setup link: " + printed);
    }

    private static Process serve(Path database) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), BackcareCommand.class.getName(),
                "serve", "--port", "0", "--db", database.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}

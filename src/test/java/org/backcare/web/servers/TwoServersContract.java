package org.backcare.web.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import org.backcare.web.RunningServer;
import org.backcare.web.RunningServer.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two servers on one database, as behind a load balancer: whichever one a request reaches answers the same. */
abstract class TwoServersContract {
    static final String TOM_PASSWORD = "tom's long enough password";
    RunningServer one;
    RunningServer two;

    abstract String newLocation();

    @BeforeEach
    void startTwo() {
        var location = newLocation();
        one = new RunningServer(location);
        two = new RunningServer(location);
    }

    @AfterEach
    void stopBoth() {
        two.close();
        one.close();
    }

    @Test
    void signedInOnOneTheCookieWorksOnTheOtherAndSigningOutEndsItOnBoth() {
        var admin = one.setUpAdmin();
        var onTwo = admin.on(two);
        assertThat(onTwo.get("/api/session").statusCode()).isEqualTo(200);
        var added = onTwo.postJson("/api/clients", Map.of("name", "Asha Rao", "consentGiven", "2026-03-02",
                "intake", RunningServer.json(RunningServer.exampleAsJson("desk-worker.yaml"))));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(admin.get("/api/clients/asha-rao").statusCode()).as("written on two, read on one at once").isEqualTo(200);

        assertThat(admin.send(admin.request("/api/session").DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(onTwo.get("/api/session").statusCode()).isEqualTo(401);
    }

    @Test
    void anAdminSignsSomeoneOutEverywhereFromEitherServer() {
        var admin = one.setUpAdmin();
        addTom(admin);
        var tomOnOne = one.signIn("tom", TOM_PASSWORD);
        var tomOnTwo = two.signIn("tom", TOM_PASSWORD);

        var answer = admin.send(admin.request("/api/accounts/tom/sessions").DELETE().build());

        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(tomOnOne.get("/api/session").statusCode()).isEqualTo(401);
        assertThat(tomOnTwo.get("/api/session").statusCode()).isEqualTo(401);
        assertThat(admin.on(two).get("/api/session").statusCode()).isEqualTo(200);
    }

    @Test
    void failuresOnBothServersCountTogether() {
        one.setUpAdmin();
        for (int i = 0; i < 5; i++) {
            var server = i % 2 == 0 ? one : two;
            assertThat(signIn(server, "guess " + i).statusCode()).isEqualTo(401);
        }
        assertThat(signIn(one, RunningServer.ADMIN_PASSWORD).statusCode()).isEqualTo(429);
        assertThat(signIn(two, RunningServer.ADMIN_PASSWORD).statusCode()).isEqualTo(429);
    }

    @Test
    void ofTwoPeopleSettingUpThroughEachServersLinkAtOnceExactlyOneBecomesAdmin() throws Exception {
        var links = List.of(one.server.setupPath().orElseThrow(), two.server.setupPath().orElseThrow());
        var start = new CyclicBarrier(2);
        var answers = new ConcurrentLinkedQueue<Integer>();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 2; i++) {
            var server = i == 0 ? one : two;
            var path = links.get(i);
            var name = i == 0 ? "dana" : "mallory";
            var thread = new Thread(() -> {
                await(start);
                answers.add(server.anonymous().postForm("/setup", Map.of("token", path.substring(path.indexOf('=') + 1),
                        "name", "Someone", "username", name, "password", RunningServer.ADMIN_PASSWORD,
                        "password-again", RunningServer.ADMIN_PASSWORD)).statusCode());
            });
            thread.start();
            threads.add(thread);
        }
        for (var thread : threads) {
            thread.join();
        }
        assertThat(answers).containsExactlyInAnyOrder(303, 404);
        assertThat(one.database.accounts().all()).hasSize(1);
        assertThat(one.server.setupPath()).isEmpty();
        assertThat(two.server.setupPath()).isEmpty();
    }

    @Test
    void aRestartSignsNobodyOut() {
        var admin = one.setUpAdmin();
        one.close();
        one = new RunningServer(two.location);
        assertThat(admin.on(one).get("/api/session").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> signIn(RunningServer server, String password) {
        return server.anonymous().postJson("/api/session", Map.of("username", "dana", "password", password));
    }

    private static void addTom(Visitor admin) {
        var added = admin.postForm("/admin/accounts", Map.of("name", "Tom Berg", "username", "tom", "role", "therapist",
                "password", TOM_PASSWORD));
        assertThat(added.statusCode()).isEqualTo(303);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

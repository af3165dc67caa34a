package org.backcare.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.storage.OnFile.VOCABULARY;
import static org.backcare.storage.OnFile.client;
import static org.backcare.storage.OnFile.firstIntake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import org.backcare.accounts.Account;
import org.backcare.accounts.FailedSignIns;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.junit.jupiter.api.Test;

/** Sign-ins, one-time links and failed sign-ins, shared through the database: on SQLite and on PostgreSQL. */
abstract class SignInRecordsContract extends DatabaseContract {
    static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");
    static final Account MIRA = Account.staff(new Username("mira"), "Mira Shah", Role.THERAPIST);

    @Test
    void aSignInIsFoundByItsHashWithItsAccountAndEndsForEveryConnection() {
        database.accounts().add(MIRA, "hash");
        var signIns = database.signIns();
        signIns.start("hash-1", MIRA.username(), "csrf-1", NOON);
        signIns.start("hash-2", MIRA.username(), "csrf-2", NOON);
        var other = open(location).signIns();

        var found = other.find("hash-1").orElseThrow();
        assertThat(found.account()).isEqualTo(MIRA);
        assertThat(found.csrfToken()).isEqualTo("csrf-1");
        assertThat(found.started()).isEqualTo(NOON);
        other.seen("hash-1", NOON.plusSeconds(90));
        assertThat(signIns.find("hash-1").orElseThrow().lastSeen()).isEqualTo(NOON.plusSeconds(90));

        other.end("hash-1");
        assertThat(signIns.find("hash-1")).isEmpty();
        assertThat(signIns.find("hash-2")).isPresent();
        other.endAll(MIRA.username());
        assertThat(signIns.find("hash-2")).isEmpty();
    }

    @Test
    void aForgottenClientsSignInGoesWithTheirAccount() {
        var asha = new ClientId("asha-rao");
        var book = database.clientBook(VOCABULARY);
        book.add(client("Asha Rao"), firstIntake());
        database.accounts().add(Account.client(new Username("asha"), "Asha Rao", asha), "hash");
        database.signIns().start("hash-asha", new Username("asha"), "csrf", NOON);

        book.forget(asha, "admin", NOON);

        assertThat(database.signIns().find("hash-asha")).isEmpty();
        assertThat(rows("sign_ins")).isZero();
    }

    @Test
    void oldSignInsAreForgotten() {
        database.accounts().add(MIRA, "hash");
        var signIns = database.signIns();
        signIns.start("long-ago", MIRA.username(), "c", NOON.minus(Duration.ofHours(11)));
        signIns.start("idle", MIRA.username(), "c", NOON.minus(Duration.ofMinutes(61)));
        signIns.start("fresh", MIRA.username(), "c", NOON.minus(Duration.ofMinutes(5)));

        signIns.endExpired(NOON.minus(Duration.ofHours(10)), NOON.minus(Duration.ofMinutes(60)));

        assertThat(signIns.find("long-ago")).isEmpty();
        assertThat(signIns.find("idle")).isEmpty();
        assertThat(signIns.find("fresh")).isPresent();
    }

    @Test
    void aOneTimeLinkWorksOnceForItsPurposeUntilItExpires() {
        var links = database.oneTimeLinks();
        links.issue("password-reset", "hash-r", "mira", NOON.plusSeconds(60));

        assertThat(links.peek("setup", "hash-r", NOON)).isEmpty();
        assertThat(links.peek("password-reset", "hash-r", NOON)).hasValue("mira");
        assertThat(links.use("password-reset", "hash-r", NOON.plusSeconds(60))).as("expired").isEmpty();
        assertThat(links.use("password-reset", "hash-r", NOON)).hasValue("mira");
        assertThat(links.use("password-reset", "hash-r", NOON)).isEmpty();
        assertThat(links.peek("password-reset", "hash-r", NOON)).isEmpty();
    }

    @Test
    void ofManyUsingOneLinkAtOnceOnSeveralConnectionsExactlyOneWins() throws Exception {
        database.oneTimeLinks().issue("setup", "hash-s", "", NOON.plusSeconds(3600));
        var racers = 8;
        var start = new CyclicBarrier(racers);
        var won = new ConcurrentLinkedQueue<Optional<String>>();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < racers; i++) {
            var links = open(location).oneTimeLinks();
            var thread = new Thread(() -> {
                await(start);
                won.add(links.use("setup", "hash-s", NOON));
            });
            thread.start();
            threads.add(thread);
        }
        for (var thread : threads) {
            thread.join();
        }
        assertThat(won).hasSize(racers);
        assertThat(won.stream().filter(Optional::isPresent)).hasSize(1);
    }

    @Test
    void failedSignInsAreCountedByKeyAndClearedOnSuccess() {
        FailedSignIns failures = database.failedSignIns();
        for (int i = 0; i < 3; i++) {
            failures.add("account:mira", NOON.plusSeconds(i));
        }
        failures.add("address:10.0.0.1", NOON);
        var other = open(location).failedSignIns();

        assertThat(other.since("account:mira", NOON.minusSeconds(1)))
                .isEqualTo(new FailedSignIns.Count(3, Optional.of(NOON.plusSeconds(2))));
        assertThat(other.since("account:mira", NOON)).isEqualTo(new FailedSignIns.Count(2, Optional.of(NOON.plusSeconds(2))));
        assertThat(other.since("account:tom", NOON.minusSeconds(1))).isEqualTo(new FailedSignIns.Count(0, Optional.empty()));
        other.clear("account:mira", NOON.minusSeconds(1));
        assertThat(failures.since("account:mira", NOON.minusSeconds(1)).failures()).isZero();
        assertThat(failures.since("address:10.0.0.1", NOON.minusSeconds(1)).failures()).isEqualTo(1);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

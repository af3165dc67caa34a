package org.backcare.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.backcare.storage.OnFile.VOCABULARY;
import static org.backcare.storage.OnFile.client;
import static org.backcare.storage.OnFile.firstIntake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import org.backcare.accounts.Account;
import org.backcare.accounts.AccountExistsException;
import org.backcare.accounts.ClientHasSignInException;
import org.backcare.accounts.NotATherapistException;
import org.backcare.accounts.Role;
import org.backcare.accounts.UnknownAccountException;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.backcare.clients.UnknownClientException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts and who cares for whom, on SQLite and on a real PostgreSQL server: the same tests. */
abstract class AccountsContract extends DatabaseContract {
    static final ClientId ASHA = new ClientId("asha-rao");
    static final Account ADMIN = Account.staff(new Username("admin"), "Nora Admin", Role.ADMIN);
    static final Account MIRA = Account.staff(new Username("mira"), "Mira Shah", Role.THERAPIST);
    static final Account TOM = Account.staff(new Username("tom"), "Tom Berg", Role.THERAPIST);
    static final Account ASHA_HERSELF = Account.client(new Username("asha"), "Asha Rao", ASHA);

    SqlAccounts accounts;
    SqlClientBook book;

    @BeforeEach
    void openTheAccounts() {
        accounts = database.accounts();
        book = database.clientBook(VOCABULARY);
        book.add(client("Asha Rao"), firstIntake());
    }

    @Test
    void aDeactivatedAccountIsNotFoundUntilActivatedAgainButStaysListed() {
        accounts.add(TOM, "hash-tom");
        accounts.setActive(TOM.username(), false);

        assertThat(accounts.find(TOM.username())).isEmpty();
        assertThat(accounts.exists(TOM.username())).as("deactivated, the username stays taken").isTrue();
        assertThat(accounts.exists(new Username("nobody"))).isFalse();
        assertThat(accounts.deactivated()).containsExactly(TOM.username());
        assertThat(accounts.all()).containsExactly(TOM);
        assertThatThrownBy(() -> accounts.add(TOM, "hash-again")).isInstanceOf(AccountExistsException.class);
        assertThatThrownBy(() -> accounts.assign(ASHA, TOM.username())).isInstanceOf(NotATherapistException.class);

        accounts.setActive(TOM.username(), true);
        assertThat(accounts.find(TOM.username())).hasValue(TOM);
        assertThat(accounts.deactivated()).isEmpty();
        assertThatThrownBy(() -> accounts.setActive(new Username("nobody"), false)).isInstanceOf(UnknownAccountException.class);
    }

    @Test
    void aClientHasOneSignInAndASecondIsRefused() {
        accounts.add(ASHA_HERSELF, "hash-asha");
        var second = Account.client(new Username("asha2"), "Asha Rao", ASHA);

        assertThatThrownBy(() -> accounts.add(second, "hash-two")).isInstanceOf(ClientHasSignInException.class)
                .hasMessage("asha-rao already signs in as asha");
        assertThat(accounts.find(second.username())).isEmpty();
        assertThat(accounts.signInOf(ASHA)).hasValue(ASHA_HERSELF.username());
        assertThat(accounts.signInOf(new ClientId("nobody"))).isEmpty();
    }

    @Test
    void accountsAreKeptWithTheirHashAndListedStaffFirst() {
        accounts.add(TOM, "hash-tom");
        accounts.add(ASHA_HERSELF, "hash-asha");
        accounts.add(ADMIN, "hash-admin");
        accounts.add(MIRA, "hash-mira");

        assertThat(accounts.all()).containsExactly(ADMIN, MIRA, TOM, ASHA_HERSELF);
        assertThat(accounts.find(ASHA_HERSELF.username())).hasValue(ASHA_HERSELF);
        assertThat(accounts.find(new Username("nobody"))).isEmpty();
        assertThat(accounts.passwordHash(MIRA.username())).hasValue("hash-mira");
        assertThat(accounts.passwordHash(new Username("nobody"))).isEmpty();
    }

    @Test
    void aTakenUsernameOrAClientNotOnFileIsRefusedAndNothingIsAdded() {
        accounts.add(MIRA, "hash-mira");

        assertThatThrownBy(() -> accounts.add(Account.staff(MIRA.username(), "Another Mira", Role.ADMIN), "other"))
                .isInstanceOf(AccountExistsException.class).hasMessage("there is already an account named mira");
        assertThatThrownBy(() -> accounts.add(Account.client(new Username("ghost"), "Ghost", new ClientId("nobody")), "h"))
                .isInstanceOf(UnknownClientException.class);
        assertThatThrownBy(() -> accounts.add(TOM, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("passwordHash: required");
        assertThat(accounts.all()).containsExactly(MIRA);
        assertThat(accounts.passwordHash(MIRA.username())).hasValue("hash-mira");
    }

    @Test
    void aPasswordIsChangedOnlyForAnAccountThatExists() {
        accounts.add(MIRA, "old-hash");

        accounts.changePassword(MIRA.username(), "new-hash");

        assertThat(accounts.passwordHash(MIRA.username())).hasValue("new-hash");
        assertThatThrownBy(() -> accounts.changePassword(new Username("nobody"), "x"))
                .isInstanceOf(UnknownAccountException.class).hasMessage("there is no account named nobody");
    }

    @Test
    void theFirstAdminIsAddedOnlyToABookWithNoAdmin() {
        assertThat(accounts.noAdmin()).isTrue();
        assertThat(accounts.addFirstAdmin(ADMIN, "hash-admin")).isTrue();
        assertThat(accounts.noAdmin()).isFalse();
        assertThat(accounts.addFirstAdmin(Account.staff(new Username("late"), "Late Comer", Role.ADMIN), "hash-late")).isFalse();
        assertThatThrownBy(() -> accounts.addFirstAdmin(MIRA, "hash-mira")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("role: the first account is the clinic's admin, not a therapist");

        assertThat(accounts.all()).containsExactly(ADMIN);
    }

    @Test
    void therapistsAddedBeforeTheFirstAdminLeaveTheSetUpOpenAndKeepTheirUsernames() {
        accounts.add(MIRA, "hash-mira");
        assertThat(accounts.noAdmin()).isTrue();

        assertThatThrownBy(() -> accounts.addFirstAdmin(Account.staff(MIRA.username(), "Mira Admin", Role.ADMIN), "h"))
                .isInstanceOf(AccountExistsException.class).hasMessage("there is already an account named mira");
        assertThat(accounts.all()).containsExactly(MIRA);
        assertThat(accounts.addFirstAdmin(ADMIN, "hash-admin")).isTrue();

        assertThat(accounts.noAdmin()).isFalse();
        assertThat(accounts.all()).containsExactly(ADMIN, MIRA);
        assertThat(accounts.passwordHash(MIRA.username())).hasValue("hash-mira");
    }

    @Test
    void ofTwoPeopleRacingToBeTheFirstAdminExactlyOneWins() throws Exception {
        var rivals = List.of(open(location).accounts(), open(location).accounts());
        for (int round = 0; round < 20; round++) {
            var start = new CyclicBarrier(2);
            var won = new ConcurrentLinkedQueue<String>();
            var failures = new ConcurrentLinkedQueue<Throwable>();
            var threads = new ArrayList<Thread>();
            for (int i = 0; i < 2; i++) {
                var rival = rivals.get(i);
                var admin = Account.staff(new Username("admin-" + i), "Admin " + i, Role.ADMIN);
                threads.add(new Thread(() -> {
                    try {
                        start.await();
                        if (rival.addFirstAdmin(admin, "hash")) {
                            won.add(admin.username().value());
                        }
                    } catch (Exception e) {
                        failures.add(e);
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (var thread : threads) {
                thread.join();
            }

            assertThat(failures).as("round %d", round).isEmpty();
            assertThat(won).as("round %d", round).hasSize(1);
            assertThat(accounts.all()).as("round %d", round).extracting(a -> a.username().value()).containsExactlyElementsOf(won);
            database.transaction("start the race again", h -> h.execute("delete from accounts"));
        }
    }

    @Test
    void aClientIsCaredForByOneTherapistOrAdminAtATime() {
        var daniel = new ClientId("daniel-okafor");
        book.add(client("Daniel Okafor"), firstIntake());
        accounts.add(MIRA, "h");
        accounts.add(TOM, "h");
        accounts.add(ADMIN, "h");

        assertThat(accounts.therapistOf(ASHA)).isEmpty();
        accounts.assign(ASHA, MIRA.username());
        accounts.assign(daniel, MIRA.username());
        assertThat(accounts.caseload(MIRA.username())).isEqualTo(Set.of(ASHA, daniel));

        accounts.assign(ASHA, TOM.username());
        accounts.assign(daniel, ADMIN.username());

        assertThat(accounts.therapistOf(ASHA)).hasValue(TOM.username());
        assertThat(accounts.caseload(TOM.username())).containsExactly(ASHA);
        assertThat(accounts.caseload(ADMIN.username())).containsExactly(daniel);
        assertThat(accounts.caseload(MIRA.username())).isEmpty();
        assertThat(accounts.caseload(new Username("nobody"))).isEmpty();
        assertThat(accounts.therapistOf(new ClientId("nobody"))).isEmpty();
        assertThat(book.version(ASHA)).isEqualTo(3);
    }

    @Test
    void onlyATherapistOrAnAdminOnFileCaresForAClientOnFile() {
        accounts.add(ASHA_HERSELF, "h");
        accounts.add(MIRA, "h");

        assertThatThrownBy(() -> accounts.assign(ASHA, ASHA_HERSELF.username())).isInstanceOf(NotATherapistException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("therapist: 'asha' is a client's account; a client is cared for by a therapist or an admin");
        assertThatThrownBy(() -> accounts.assign(ASHA, new Username("nobody"))).isInstanceOf(NotATherapistException.class)
                .hasMessage("therapist: there is no account 'nobody'; a client is cared for by a therapist or an admin");
        assertThatThrownBy(() -> accounts.assign(new ClientId("nobody"), MIRA.username()))
                .isInstanceOf(UnknownClientException.class);
        assertThat(accounts.therapistOf(ASHA)).isEmpty();
        assertThat(rows("care_assignments")).isZero();
        assertThat(book.version(ASHA)).isEqualTo(1);
    }

    @Test
    void forgettingAClientRemovesTheirCareAndTheirAccountButKeepsTheAudit() {
        accounts.add(MIRA, "h");
        accounts.add(ASHA_HERSELF, "h");
        accounts.assign(ASHA, MIRA.username());
        var reference = book.reference(ASHA).orElseThrow();
        var at = Instant.parse("2026-12-02T09:00:00Z");
        book.audit(ASHA, "mira", "read progress", at);

        book.forget(ASHA, "admin", at.plusSeconds(60));

        assertThat(accounts.therapistOf(ASHA)).isEmpty();
        assertThat(accounts.caseload(MIRA.username())).isEmpty();
        assertThat(accounts.all()).containsExactly(MIRA);
        assertThat(book.auditTrail(0, 10).lines()).extracting(line -> line.entry().action(), line -> line.entry().clientReference(),
                        line -> line.client())
                .containsExactly(tuple("forget", reference, Optional.empty()),
                        tuple("read progress", reference, Optional.empty()));
    }

    @Test
    void accountsAndCareStayOutOfAnExport() {
        accounts.add(MIRA, "secret-hash-of-mira");
        accounts.add(ASHA_HERSELF, "secret-hash-of-asha");
        accounts.assign(ASHA, MIRA.username());

        var everything = new Archive(database, VOCABULARY).export(Optional.empty());
        var fresh = open(newLocation());
        new Archive(fresh, VOCABULARY).importJson(everything, "everything.json");

        assertThat(everything).doesNotContain("secret-hash").doesNotContain("\"mira\"").doesNotContain("\"asha\"");
        assertThat(fresh.accounts().all()).isEmpty();
        assertThat(fresh.clientBook(VOCABULARY).clients()).containsExactly(client("Asha Rao"));
    }
}

package org.backcare.web.clients;

import java.util.List;
import java.util.Optional;
import org.backcare.accounts.Account;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;

/** The staff a client may be put in the care of (therapists, and the admin who also treats), and who cares for whom. */
final class Carers {
    static final String RULE = "the username of a therapist or admin, as listed";
    private final Accounts accounts;

    Carers(Accounts accounts) {
        this.accounts = accounts;
    }

    List<Account> all() {
        return accounts.all().stream().filter(Account::isStaff).toList();
    }

    Optional<Account> named(String username) {
        var trimmed = username == null ? "" : username.strip();
        return Username.isValid(trimmed) ? accounts.find(new Username(trimmed)).filter(Account::isStaff) : Optional.empty();
    }

    Optional<Username> of(ClientId client) {
        return accounts.therapistOf(client);
    }

    void assign(ClientId client, Account carer) {
        accounts.assign(client, carer.username());
    }
}

package org.backcare.accounts;

import java.util.List;
import java.util.Optional;

/**
 * The people who may sign in, with their password hashes (never the passwords). Every method is one transaction.
 */
public interface Accounts {
    /** True until the first account, the clinic's admin, is created. */
    boolean none();

    /** Adds the account; fails with {@link AccountExistsException} if the username is taken. */
    void add(Account account, String passwordHash);

    /**
     * Adds the first admin, only if there is no account yet: of two people racing through the setup link, one wins.
     *
     * @return false when an account already exists (nothing was added)
     */
    boolean addFirstAdmin(Account admin, String passwordHash);

    Optional<Account> find(Username username);

    /** The stored hash, to check a password against when someone signs in. */
    Optional<String> passwordHash(Username username);

    void changePassword(Username username, String passwordHash);

    /** Everyone, staff first, then by username. */
    List<Account> all();
}

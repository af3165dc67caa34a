package org.backcare.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcare.clients.ClientId;

/**
 * The people who may sign in, with their password hashes (never the passwords), and which therapist cares for
 * which client. Every method is one transaction.
 */
public interface Accounts {
    /**
     * True until the clinic's first admin is created. Therapists added before that (on the command line, or by a
     * demo clinic) do not count: someone must still be able to set up the web app and give them their passwords.
     */
    boolean noAdmin();

    /**
     * Adds the account; fails with {@link AccountExistsException} if the username is taken, and with
     * {@link org.backcare.clients.UnknownClientException} if a client account names no client on file, and with
     * {@link ClientHasSignInException} if that client already has a sign-in.
     */
    void add(Account account, String passwordHash);

    /**
     * Adds the first admin, only while there is no admin: of two people racing through the setup link, one wins.
     * Fails with {@link AccountExistsException} if the username is taken (by a therapist added before).
     *
     * @return false when an admin already exists (nothing was added)
     */
    boolean addFirstAdmin(Account admin, String passwordHash);

    /**
     * The account, if it may be used: none for an unknown or deactivated one. Every request looks its visitor up here,
     * so a deactivated account's open sessions stop working at once.
     */
    Optional<Account> find(Username username);

    /** Whether the username is taken, by an account deactivated or not. */
    boolean exists(Username username);

    /** Deactivates the account (it can no longer sign in) or activates it again; fails with {@link UnknownAccountException}. */
    void setActive(Username username, boolean active);

    /** The accounts deactivated. */
    Set<Username> deactivated();

    /** The client's own sign-in, active or not. */
    Optional<Username> signInOf(ClientId client);

    /** The stored hash, to check a password against when someone signs in. */
    Optional<String> passwordHash(Username username);

    /** Fails with {@link UnknownAccountException} when there is no such account. */
    void changePassword(Username username, String passwordHash);

    /** Everyone, deactivated or not, staff first, then by username. */
    List<Account> all();

    /**
     * Puts the client in this therapist's care, in place of anyone before; a change to the client (their version goes
     * up). Fails with {@link NotATherapistException} unless the therapist has a therapist's or an admin's account, and
     * with {@link org.backcare.clients.UnknownClientException} when the client is not on file.
     */
    void assign(ClientId client, Username therapist);

    /** Who cares for the client; none when no one does yet, or the client is not on file. */
    Optional<Username> therapistOf(ClientId client);

    /** The clients in this therapist's care; none for an unknown username. */
    Set<ClientId> caseload(Username therapist);

    /** Keeps where a staff member's password reset link goes (none: they ask the admin instead). */
    void email(Username username, Optional<String> address);

    /** A staff member's address for password resets, if they gave one. */
    Optional<String> email(Username username);
}

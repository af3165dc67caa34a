package org.backcare.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.accounts.Account;
import org.backcare.accounts.AccountExistsException;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.ClientHasSignInException;
import org.backcare.accounts.NotATherapistException;
import org.backcare.accounts.Role;
import org.backcare.accounts.UnknownAccountException;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.backcare.clients.Contact;
import org.backcare.clients.UnknownClientException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The accounts kept in a {@link Database}, and who cares for which client: every method is one transaction. */
public final class SqlAccounts implements Accounts {
    private static final String COLUMNS = "username, name, role, client_id";
    static final RowMapper<Account> ACCOUNT = (row, ctx) -> account(row.getString("username"),
            row.getString("name"), row.getString("role"), row.getString("client_id"));

    private final Database database;

    SqlAccounts(Database database) {
        this.database = database;
    }

    @Override
    public boolean noAdmin() {
        return database.transaction("look for an admin", SqlAccounts::noAdmin);
    }

    private static boolean noAdmin(Handle handle) {
        return handle.createQuery("select count(*) from accounts where role = :admin").bind("admin", Role.ADMIN.id())
                .mapTo(Long.class).one() == 0;
    }

    @Override
    public void add(Account account, String passwordHash) {
        requireHash(passwordHash);
        database.transaction("add the account " + account.username(), handle -> {
            var lock = database.dialect().lockingTheTable("accounts");
            if (account.client().isPresent() && !lock.isEmpty()) {
                handle.execute(lock); // of two sign-ins made at once for one client, one is refused
            }
            if (find(handle, account.username(), false).isPresent()) {
                throw new AccountExistsException(account.username());
            }
            account.client().filter(id -> !onFile(handle, id)).ifPresent(id -> {
                throw new UnknownClientException(id);
            });
            account.client().ifPresent(id -> signInOf(handle, id).ifPresent(existing -> {
                throw new ClientHasSignInException(id, existing);
            }));
            insert(handle, account, passwordHash);
            return null;
        });
    }

    @Override
    public boolean addFirstAdmin(Account admin, String passwordHash) {
        if (admin.role() != Role.ADMIN) {
            throw new IllegalArgumentException("role: the first account is the clinic's admin, not a " + admin.role().id());
        }
        requireHash(passwordHash);
        return database.transaction("add the first admin", handle -> {
            var lock = database.dialect().lockingTheTable("accounts");
            if (!lock.isEmpty()) {
                handle.execute(lock);
            }
            if (!noAdmin(handle)) {
                return false;
            }
            if (find(handle, admin.username(), false).isPresent()) {
                throw new AccountExistsException(admin.username());
            }
            insert(handle, admin, passwordHash);
            return true;
        });
    }

    @Override
    public Optional<Account> find(Username username) {
        return database.transaction("find the account " + username, handle -> find(handle, username, true));
    }

    @Override
    public boolean exists(Username username) {
        return database.transaction("look for the account " + username,
                handle -> find(handle, username, false).isPresent());
    }

    @Override
    public void setActive(Username username, boolean active) {
        database.transaction((active ? "activate " : "deactivate ") + username, handle -> {
            if (handle.createUpdate("update accounts set active = :active where username = :username")
                    .bind("active", active).bind("username", username.value()).execute() == 0) {
                throw new UnknownAccountException(username);
            }
            return null;
        });
    }

    @Override
    public Set<Username> deactivated() {
        return database.transaction("list the deactivated accounts", handle -> handle
                .createQuery("select username from accounts where active = :active").bind("active", false)
                .mapTo(String.class).stream().map(Username::new).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public Optional<Username> signInOf(ClientId client) {
        return database.transaction("find the sign-in of " + client, handle -> signInOf(handle, client));
    }

    private static Optional<Username> signInOf(Handle handle, ClientId client) {
        return handle.createQuery("select username from accounts where client_id = :client order by username")
                .bind("client", client.value()).mapTo(String.class).findFirst().map(Username::new);
    }

    @Override
    public Optional<String> passwordHash(Username username) {
        return database.transaction("read the password of " + username, handle -> handle
                .createQuery("select password_hash from accounts where username = :username")
                .bind("username", username.value()).mapTo(String.class).findOne());
    }

    @Override
    public void changePassword(Username username, String passwordHash) {
        requireHash(passwordHash);
        database.transaction("change the password of " + username, handle -> {
            if (handle.createUpdate("update accounts set password_hash = :hash where username = :username")
                    .bind("hash", passwordHash).bind("username", username.value()).execute() == 0) {
                throw new UnknownAccountException(username);
            }
            return null;
        });
    }

    @Override
    public List<Account> all() {
        return database.transaction("list the accounts", handle -> handle.createQuery("select " + COLUMNS
                        + " from accounts order by case when role = 'client' then 1 else 0 end, username")
                .map(ACCOUNT)
                .list());
    }

    @Override
    public void assign(ClientId client, Username therapist) {
        database.transaction("assign " + client + " to " + therapist, handle -> {
            var carer = find(handle, therapist, true);
            if (carer.isEmpty() || !carer.get().isStaff()) {
                throw new NotATherapistException(therapist, carer.isPresent());
            }
            ClientRows.lock(handle, client);
            handle.createUpdate("""
                    insert into care_assignments (client_id, therapist) values (:client, :therapist)
                    on conflict (client_id) do update set therapist = excluded.therapist""")
                    .bind("client", client.value()).bind("therapist", therapist.value()).execute();
            return null;
        });
    }

    @Override
    public Optional<Username> therapistOf(ClientId client) {
        return database.read("read who cares for " + client, handle -> handle
                .createQuery("select therapist from care_assignments where client_id = :client")
                .bind("client", client.value()).mapTo(String.class).findOne().map(Username::new));
    }

    @Override
    public Set<ClientId> caseload(Username therapist) {
        return database.read("read the caseload of " + therapist, handle -> handle
                .createQuery("select client_id from care_assignments where therapist = :therapist")
                .bind("therapist", therapist.value()).mapTo(String.class).stream().map(ClientId::new)
                .collect(Collectors.toUnmodifiableSet()));
    }

    static Optional<Account> find(Handle handle, Username username, boolean onlyActive) {
        var query = handle.createQuery("select " + COLUMNS + " from accounts where username = :username"
                + (onlyActive ? " and active = :active" : "")).bind("username", username.value());
        return (onlyActive ? query.bind("active", true) : query)
                .map(ACCOUNT)
                .findOne();
    }

    private static Account account(String username, String name, String role, String client) {
        return new Account(new Username(username), name, Role.byId(role).orElseThrow(() -> new StorageException(
                "an account on file has a role this Backcare does not know (" + role + "); it was written by another version")),
                Optional.ofNullable(client).map(ClientId::new));
    }

    private static boolean onFile(Handle handle, ClientId client) {
        return handle.createQuery("select count(*) from clients where id = :id").bind("id", client.value())
                .mapTo(Long.class).one() > 0;
    }

    private void insert(Handle handle, Account account, String passwordHash) {
        handle.createUpdate("""
                insert into accounts (username, name, role, password_hash, client_id, created)
                values (:username, :name, :role, :hash, :client, :created)""")
                .bind("username", account.username().value()).bind("name", account.name()).bind("role", account.role().id())
                .bind("hash", passwordHash).bind("client", account.client().map(ClientId::value).orElse(null))
                .bind("created", database.dialect().time(ClientRows.auditTime(Instant.now()))).execute();
    }

    private static void requireHash(String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("passwordHash: required: the hash of the account's password");
        }
    }

    @Override
    public void email(Username username, Optional<String> address) {
        var checked = address.map(Contact::checkedEmail);
        database.transaction("keep the email address of " + username, handle -> {
            if (find(handle, username, true).isEmpty()) {
                throw new UnknownAccountException(username);
            }
            handle.createUpdate("delete from account_emails where username = :username")
                    .bind("username", username.value()).execute();
            checked.ifPresent(email -> handle.createUpdate(
                    "insert into account_emails (username, email) values (:username, :email)")
                    .bind("username", username.value()).bind("email", email).execute());
            return null;
        });
    }

    @Override
    public Optional<String> email(Username username) {
        return database.transaction("read the email address of " + username, handle -> handle
                .createQuery("select email from account_emails where username = :username")
                .bind("username", username.value()).mapTo(String.class).findOne());
    }
}

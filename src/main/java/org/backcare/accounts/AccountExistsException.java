package org.backcare.accounts;

public final class AccountExistsException extends RuntimeException {
    public AccountExistsException(Username username) {
        super("there is already an account named " + username);
    }
}

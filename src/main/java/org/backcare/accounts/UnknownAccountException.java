package org.backcare.accounts;

public final class UnknownAccountException extends RuntimeException {
    public UnknownAccountException(Username username) {
        super("there is no account named " + username);
    }
}

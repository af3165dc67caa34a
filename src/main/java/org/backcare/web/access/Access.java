package org.backcare.web.access;

import io.javalin.security.RouteRole;
import org.backcare.accounts.Account;
import org.backcare.accounts.Role;

/** Who may use a route. Every route names one; {@link Gate} checks it before the route runs. */
public enum Access implements RouteRole {
    /** Sign-in, setup, health, the stateless plan API, assets. */
    ANYONE,
    /** Anyone signed in, client or staff. */
    SIGNED_IN,
    /** Therapists and the admin; which clients they may see is checked by {@link Caseloads}. */
    STAFF,
    ADMIN;

    boolean admits(Account account) {
        return switch (this) {
            case ANYONE, SIGNED_IN -> true;
            case STAFF -> account.isStaff();
            case ADMIN -> account.role() == Role.ADMIN;
        };
    }
}

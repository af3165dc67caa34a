package org.backcare.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person may do in Backcare. */
public enum Role {
    /** Runs the clinic's Backcare: manages therapists, reads the audit log, and sees every client. */
    ADMIN,
    /** Sees and cares for the clients assigned to them. */
    THERAPIST,
    /** Sees only their own plan and handout, and logs their homework. */
    CLIENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> byId(String id) {
        return Arrays.stream(values()).filter(role -> role.id().equals(id)).findFirst();
    }
}

package org.backcare.accounts;

/** A client was to be put in the care of someone who is not a therapist or an admin. */
public final class NotATherapistException extends IllegalArgumentException {
    public NotATherapistException(Username username, boolean exists) {
        super("therapist: " + (exists ? "'" + username + "' is a client's account" : "there is no account '" + username + "'")
                + "; a client is cared for by a therapist or an admin");
    }
}

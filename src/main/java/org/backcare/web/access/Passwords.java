package org.backcare.web.access;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Passwords are kept only as Argon2id hashes (PHC strings), with OWASP's minimum parameters: 19 MiB of memory,
 * 2 passes, 1 lane. A sign-in for an unknown username still checks a hash, so its timing does not tell who exists.
 */
public final class Passwords {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    private static final String UNKNOWN_USER_HASH = hash("no such user, but check a hash all the same");

    private Passwords() {
    }

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public static boolean matches(String password, Optional<String> storedHash) {
        var hash = storedHash.orElse(UNKNOWN_USER_HASH);
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)) && storedHash.isPresent();
    }

    /** A password nobody knows, for an account whose owner chooses their own from an invitation's link. */
    public static String unknowable() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Why this password may not be chosen, if it may not. */
    public static Optional<String> weakness(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("use at least " + MIN_LENGTH + " characters (a few words make a good one)");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("use at most " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }
}

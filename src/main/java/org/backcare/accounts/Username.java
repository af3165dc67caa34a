package org.backcare.accounts;

import java.util.regex.Pattern;

/** The name a person signs in with: lower-case letters, digits, dots, dashes and underscores, 3 to 40 of them. */
public record Username(String value) {
    public static final String RULE = "3 to 40 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit";
    private static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    public Username {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a username: use " + RULE);
        }
    }

    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

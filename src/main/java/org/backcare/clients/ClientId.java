package org.backcare.clients;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How a client is named on the command line and in links: a kebab-case slug of their name, such as {@code asha-rao}. */
public record ClientId(String value) {
    /** Short enough for any link, header or file name that carries it. */
    public static final int MAX_LENGTH = 100;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ClientId {
        if (!SLUG.matcher(value).matches()) { // not isValid: a longer id kept by an older Backcare still reads
            throw new IllegalArgumentException("a client id is lower-case letters and digits joined by hyphens: " + value);
        }
    }

    /**
     * The slug of a name: accents dropped, anything else than letters and digits turned into single hyphens, cut to
     * {@value #MAX_LENGTH} characters.
     */
    public static ClientId fromName(String name) {
        var plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        var slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
        }
        slug = slug.replaceAll("-$", "");
        return new ClientId(slug.isEmpty() ? "client" : slug);
    }

    /** Whether a new id, or one asked for, is well formed and short enough. */
    public static boolean isValid(String value) {
        return value.length() <= MAX_LENGTH && SLUG.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

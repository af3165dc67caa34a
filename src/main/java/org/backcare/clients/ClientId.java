package org.backcare.clients;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How a client is named on the command line and in links: a kebab-case slug of their name, such as {@code asha-rao}. */
public record ClientId(String value) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ClientId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("a client id is lower-case letters and digits joined by hyphens: " + value);
        }
    }

    /** The slug of a name: accents dropped, anything else than letters and digits turned into single hyphens. */
    public static ClientId fromName(String name) {
        var plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        var slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return new ClientId(slug.isEmpty() ? "client" : slug);
    }

    public static boolean isValid(String value) {
        return SLUG.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

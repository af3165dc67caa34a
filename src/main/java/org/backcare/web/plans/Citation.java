package org.backcare.web.plans;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A source as a client reads it: the section of the guide it comes from, without the seed file's name
 * ({@code 002_a2e44ad849196633.txt § Workstation Setup} reads "the guide's section “Workstation Setup”"); a published
 * guideline is named as it is.
 */
final class Citation {
    private static final Pattern SEED = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt § (.+)");

    private Citation() {
    }

    static String plain(String source) {
        return Arrays.stream(source.split("; ")).map(String::strip).map(Citation::part).distinct()
                .collect(Collectors.joining("; "));
    }

    private static String part(String source) {
        var seed = SEED.matcher(source);
        return seed.matches() ? "the guide's section “" + seed.group(1) + "”" : source;
    }
}

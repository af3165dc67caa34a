package org.backcare.files;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the allowed word a misspelled one was probably meant to be. */
final class Spelling {
    private Spelling() {
    }

    /** The nearest option, if it is within a typing slip or two (more for longer words). */
    static Optional<String> closest(String word, List<String> options) {
        int tolerance = Math.max(1, Math.min(2, word.length() / 3));
        return options.stream()
                .filter(o -> Math.abs(o.length() - word.length()) <= tolerance) // also spares long words the full count
                .filter(o -> distance(word, o) <= tolerance)
                .min(Comparator.comparingInt(o -> distance(word, o)));
    }

    /** Edits (insert, delete, replace, swap two neighbours) that turn one word into the other. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int replace = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + replace);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

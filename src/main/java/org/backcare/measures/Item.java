package org.backcare.measures;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One question of a questionnaire, numbered from 1 as on the form, with the answers it takes: described in
 * {@code scale}, and listed in {@code choices} for a form to offer (each answer as written, and its words).
 */
public record Item(int number, String text, String scale, List<Choice> choices) {
    public Item {
        choices = List.copyOf(choices);
    }

    /** One answer a form offers: {@code answer} as it is written and scored, {@code label} as the client reads it. */
    public record Choice(String answer, String label) {}

    /** The whole numbers from 0 to {@code top}, the ends in words: "0 = no pain" ... "10 = worst possible pain". */
    static List<Choice> rating(int top, String bottomWords, String topWords) {
        return IntStream.rangeClosed(0, top).mapToObj(n -> new Choice(Integer.toString(n),
                n == 0 ? n + " = " + bottomWords : n == top ? n + " = " + topWords : Integer.toString(n))).toList();
    }
}

package org.backcare.measures;

import java.util.List;
import java.util.Optional;

/** An outcome measure as published: its items, its scoring and where both come from. */
public interface Questionnaire {
    Instrument instrument();

    List<Item> items();

    /**
     * Scores the answers as written on the command line, one per item ("-" for a skipped ODI section).
     *
     * @throws InvalidAnswersException listing every problem with the answers
     */
    Score score(List<String> answers);

    /** Empty for an instrument with no published minimal clinically important difference. */
    Optional<Mcid> mcid();

    /** The full citation of the instrument and its scoring. */
    String source();
}

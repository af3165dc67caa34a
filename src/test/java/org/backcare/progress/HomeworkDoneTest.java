package org.backcare.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HomeworkDoneTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void anExerciseIsNamedInAtMost200Characters() {
        assertThatThrownBy(() -> new HomeworkDone(DAY, " ", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exercise: required: what the client did, at most 200 characters");
        assertThatThrownBy(() -> new HomeworkDone(DAY, "x".repeat(201), "")).hasMessage("exercise: at most 200 characters (was 201)");
        assertThat(new HomeworkDone(DAY, "x".repeat(200), "").exercise()).hasSize(200);
    }

    @Test
    void aNoteMayBeEmptyAndHoldsAtMost2000Characters() {
        assertThat(new HomeworkDone(DAY, "cat-cow stretch", null).note()).isEmpty();
        assertThatThrownBy(() -> new HomeworkDone(DAY, "cat-cow stretch", "x".repeat(2001)))
                .hasMessage("note: at most 2000 characters (was 2001)");
    }

    @Test
    void theDayIsRequired() {
        assertThatThrownBy(() -> new HomeworkDone(null, "cat-cow stretch", "")).hasMessage("done: required: the day the homework was done");
    }
}

package org.backcare.progress;

import java.time.LocalDate;

/** Homework the client did between sessions, as they logged it: the day, the exercise, and a note (may be empty). */
public record HomeworkDone(LocalDate done, String exercise, String note) {
    public static final int MAX_EXERCISE = 200;
    public static final int MAX_NOTE = 2000;

    public HomeworkDone {
        if (done == null) {
            throw new IllegalArgumentException("done: required: the day the homework was done");
        }
        if (exercise == null || exercise.isBlank()) {
            throw new IllegalArgumentException("exercise: required: what the client did, at most " + MAX_EXERCISE + " characters");
        }
        if (exercise.length() > MAX_EXERCISE) {
            throw new IllegalArgumentException("exercise: at most " + MAX_EXERCISE + " characters (was " + exercise.length() + ")");
        }
        note = note == null ? "" : note;
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note: at most " + MAX_NOTE + " characters (was " + note.length() + ")");
        }
    }
}

package org.backcare.intake;

/** Something wrong with an input, named by the path of the field it concerns (for example {@code complaints[0].pain}). */
public record Problem(String field, String message) {
    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}

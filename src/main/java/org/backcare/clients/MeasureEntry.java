package org.backcare.clients;

import java.time.LocalDate;

/** A questionnaire as the client answered it, kept as written; its score is computed from the answers when read. */
public record MeasureEntry(String instrument, LocalDate date, String answers) {}

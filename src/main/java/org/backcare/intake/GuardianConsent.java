package org.backcare.intake;

import java.time.LocalDate;

/** A parent's or guardian's consent to massage for a client under 18: who gave it and when. */
public record GuardianConsent(String by, LocalDate date) {}

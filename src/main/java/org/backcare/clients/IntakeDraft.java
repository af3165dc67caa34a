package org.backcare.clients;

import java.time.Instant;
import java.time.LocalDate;
import org.backcare.intake.Intake;

/**
 * An intake the client filled in themselves before a visit, with the date they consented to keeping it: it waits for
 * their therapist to accept it as their next intake version, or to discard it.
 */
public record IntakeDraft(ClientId client, LocalDate consentGiven, Instant received, Intake intake) {}

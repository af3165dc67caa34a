package org.backcare.mail;

import java.util.Optional;

/** A mail ready to send: the same words as plain text and as HTML, and the appointment for its calendar file. */
public record Letter(String to, String subject, String text, String html, Optional<AppointmentFacts> calendar) {}

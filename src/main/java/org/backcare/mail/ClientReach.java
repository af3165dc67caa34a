package org.backcare.mail;

/**
 * What the server needs to reach clients beyond its pages: calendar feeds, the mail outbox, and the clinic's details
 * (whether clients book themselves, the phone number to call instead).
 */
public record ClientReach(CalendarFeeds feeds, Outbox outbox, ClinicDetails clinic) {}

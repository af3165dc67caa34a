package org.backcare.mail;

/**
 * How many mails are in the outbox and not sent, for the operator: {@code due} ones should be going out now (a
 * growing number means the mail server is not taking them), {@code later} ones wait for their time (reminders, and
 * retries after a failure), {@code failed} ones were given up on and wait for the admin.
 */
public record OutboxDepth(long due, long later, long failed) {}

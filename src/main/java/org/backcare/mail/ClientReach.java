package org.backcare.mail;

/** What the server needs to reach clients beyond its pages: calendar feeds and the mail outbox. */
public record ClientReach(CalendarFeeds feeds, Outbox outbox) {}

package org.backcare.clients;

import java.time.LocalDate;

/** A client on file, with the date they consented to their health data being stored. */
public record ClientRecord(ClientId id, String name, LocalDate consentGiven) {}

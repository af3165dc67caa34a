package org.backcare.clients;

/**
 * One state of one client's records: the client's version, which every write about them raises, with their opaque
 * reference, which a forgotten client's successor under the same id does not share. What was made from the records
 * at one such state can be shown again as long as it is the current one.
 */
public record RecordsVersion(ClientId client, String reference, long version) {}

package org.backcare.web.clients;

/** A row of the client list page: the client and where they stand. */
public record ListedClient(ClientRow row, ClientStanding standing) {}

package org.backcare.web;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.backcare.web.access.ClientAddress;

/**
 * How the server is run: what sits in front of it (the proxy whose X-Forwarded-For is believed), who may read its
 * metrics (by IP address; by default this machine only), and how to ask whether the database answers.
 */
public record Operations(ClientAddress clientAddress, Set<InetAddress> metricsFrom, BooleanSupplier databaseAnswers) {
    public static final List<String> LOOPBACK = List.of("127.0.0.1", "::1");

    /** Fails with IllegalArgumentException naming an address that is not an IP address. */
    public static Operations of(ClientAddress clientAddress, List<String> metricsFrom, BooleanSupplier databaseAnswers) {
        var allowed = metricsFrom.stream().map(ClientAddress::parse).collect(Collectors.toUnmodifiableSet());
        return new Operations(clientAddress, allowed, databaseAnswers);
    }

    /** Straight on this machine: no proxy, metrics for this machine only. */
    public static Operations direct(BooleanSupplier databaseAnswers) {
        return of(ClientAddress.direct(), LOOPBACK, databaseAnswers);
    }
}

package org.backcare.web;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.backcare.web.access.ClientAddress;
import org.backcare.web.access.SiteAddress;

/**
 * How the server is run: what sits in front of it (the proxy whose X-Forwarded-For is believed), who may read its
 * metrics (by IP address; by default this machine only), how to ask whether the database answers, and the address
 * for links shown to be opened elsewhere.
 */
public record Operations(ClientAddress clientAddress, Set<InetAddress> metricsFrom, BooleanSupplier databaseAnswers,
        SiteAddress site) {
    public static final List<String> LOOPBACK = List.of("127.0.0.1", "::1");

    /** Fails with IllegalArgumentException naming an address that is not an IP address. */
    public static Operations of(ClientAddress clientAddress, List<String> metricsFrom, BooleanSupplier databaseAnswers) {
        var allowed = metricsFrom.stream().map(ClientAddress::parse).collect(Collectors.toUnmodifiableSet());
        return new Operations(clientAddress, allowed, databaseAnswers, SiteAddress.asReached());
    }

    /** The same, with the public address clients and phones open ({@code serve --public-url}) in links shown. */
    public Operations reachedAt(String publicUrl) {
        return new Operations(clientAddress, metricsFrom, databaseAnswers, new SiteAddress(Optional.of(publicUrl)));
    }

    /** Straight on this machine: no proxy, metrics for this machine only. */
    public static Operations direct(BooleanSupplier databaseAnswers) {
        return of(ClientAddress.direct(), LOOPBACK, databaseAnswers);
    }
}

package org.backcare.web.access;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where a request comes from. Behind a reverse proxy every request comes from the proxy, which names the browser's
 * address last in {@code X-Forwarded-For}; that header is believed only from the proxy named with
 * {@code --trusted-proxy}, since anyone else can write anything in it.
 */
public final class ClientAddress {
    private final Optional<InetAddress> trustedProxy;

    public ClientAddress(Optional<String> trustedProxy) {
        this.trustedProxy = trustedProxy.map(ClientAddress::parse);
    }

    public static ClientAddress direct() {
        return new ClientAddress(Optional.empty());
    }

    public String of(Context ctx) {
        var forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || trustedProxy.isEmpty() || !trustedProxy.get().equals(parse(ctx.ip()))) {
            return ctx.ip();
        }
        var hops = forwarded.split(",");
        var last = hops[hops.length - 1].strip();
        return last.isEmpty() ? ctx.ip() : last;
    }

    /** An address written as numbers (never looked up by name: that would ask a DNS server). */
    public static InetAddress parse(String address) {
        if (!address.matches("[0-9a-fA-F.:]+")) {
            throw new IllegalArgumentException("'" + address + "' is not an IP address (such as 127.0.0.1 or ::1)");
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + address + "' is not an IP address (such as 127.0.0.1 or ::1)");
        }
    }
}

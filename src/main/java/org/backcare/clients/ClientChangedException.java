package org.backcare.clients;

/** A change made on an out-of-date view of the client: someone else changed them since it was read. Nothing was written. */
public class ClientChangedException extends RuntimeException {
    private final ClientId id;
    private final long expected;
    private final long actual;

    public ClientChangedException(ClientId id, long expected, long actual) {
        super(id + " was changed by someone else (version " + actual + ", you had " + expected + "); reload and try again");
        this.id = id;
        this.expected = expected;
        this.actual = actual;
    }

    public ClientId id() {
        return id;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}

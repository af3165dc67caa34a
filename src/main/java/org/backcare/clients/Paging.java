package org.backcare.clients;

/** How much of a long list one page shows: from an offset, at most a limit of rows. */
public final class Paging {
    public static final int MAX_LIMIT = 200;

    private Paging() {
    }

    public static void check(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset: must be 0 or more (was " + offset + ")");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: must be from 1 to " + MAX_LIMIT + " (was " + limit + ")");
        }
    }
}

package org.backcare.booking;

import java.util.List;
import java.util.stream.Collectors;

/** A booking, move or change that was refused, with everything it clashes with; nothing was written. */
public class BookingRefusedException extends RuntimeException {
    private final transient List<Clash> clashes;

    public BookingRefusedException(List<Clash> clashes) {
        super(clashes.stream().map(Clash::message).collect(Collectors.joining("; ")));
        this.clashes = List.copyOf(clashes);
    }

    public List<Clash> clashes() {
        return clashes;
    }
}

package org.backcare.booking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A plan session is booked once: the client's appointment still to come from today on holds its number until it is
 * kept, cancelled or marked. A visit in the past never marked holds nothing, so the session can be booked again.
 */
public final class HeldSessions {
    private HeldSessions() {
    }

    /** The client's appointment that holds this plan session, the earliest if several. */
    public static Optional<Appointment> holding(List<Appointment> ofClient, int planSession, LocalDate today) {
        return ofClient.stream()
                .filter(a -> a.status().isOpen() && !a.start().toLocalDate().isBefore(today)
                        && a.planSession().equals(Optional.of(planSession)))
                .min(Comparator.comparing(Appointment::start));
    }

    /**
     * What the wanted appointments clash with among those already in the book ({@code booked}, of the same clients)
     * and among each other: a plan session held already, or wanted twice.
     */
    public static List<Clash> clashes(List<Appointment> wanted, List<Appointment> booked, LocalDate today) {
        var clashes = new ArrayList<Clash>();
        var earlier = new ArrayList<Appointment>();
        for (var candidate : wanted) {
            if (candidate.planSession().isPresent()) {
                int session = candidate.planSession().get();
                var held = holding(sameClient(booked, candidate), session, today);
                if (held.isPresent()) {
                    clashes.add(Clash.with(Clash.Kind.SESSION_BOOKED, "session " + session + " is booked already: "
                            + held.get().named(), held.get().id()));
                } else if (holding(sameClient(earlier, candidate), session, today).isPresent()) {
                    clashes.add(Clash.of(Clash.Kind.SESSION_BOOKED, "session " + session + " is asked for twice"));
                }
            }
            earlier.add(candidate);
        }
        return clashes;
    }

    private static List<Appointment> sameClient(List<Appointment> appointments, Appointment candidate) {
        return appointments.stream().filter(a -> a.client().equals(candidate.client())).toList();
    }
}

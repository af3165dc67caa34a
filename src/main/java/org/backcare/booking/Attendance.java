package org.backcare.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How a client kept the visits booked for them up to a moment: "kept 6 of 8 booked, 1 late cancellation, 1 no-show".
 * Booked counts the visits that were due: kept, late-cancelled, missed, and those not marked yet; a cancellation
 * with notice is counted on its own.
 */
public record Attendance(int kept, int booked, int lateCancellations, int noShows, int cancelledWithNotice, int notMarked) {
    /** Up to the end of the day: the visits of that day count, whatever their hour. */
    public static Attendance byTheEndOf(LocalDate day, List<Appointment> ofClient) {
        return of(ofClient, day.plusDays(1).atStartOfDay());
    }

    public static Attendance of(List<Appointment> ofClient, LocalDateTime asOf) {
        int kept = 0;
        int late = 0;
        int noShows = 0;
        int early = 0;
        int notMarked = 0;
        for (var a : ofClient) {
            if (a.start().isAfter(asOf)) {
                continue;
            }
            switch (a.status()) {
                case ATTENDED, ARRIVED -> kept++;
                case NO_SHOW -> noShows++;
                case CANCELLED -> {
                    if (a.cancellation().map(Cancellation::late).orElse(false)) {
                        late++;
                    } else {
                        early++;
                    }
                }
                case BOOKED -> notMarked++;
            }
        }
        return new Attendance(kept, kept + late + noShows + notMarked, late, noShows, early, notMarked);
    }

    public boolean any() {
        return booked + cancelledWithNotice > 0;
    }

    @Override
    public String toString() {
        var parts = new ArrayList<String>();
        parts.add("kept " + kept + " of " + booked + " booked");
        add(parts, lateCancellations, "late cancellation");
        add(parts, noShows, "no-show");
        add(parts, cancelledWithNotice, "cancelled with notice");
        add(parts, notMarked, "not marked yet");
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, int count, String what) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 || what.startsWith("cancelled") || what.startsWith("not") ? what : what + "s"));
        }
    }
}

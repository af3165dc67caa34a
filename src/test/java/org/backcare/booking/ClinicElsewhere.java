package org.backcare.booking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A clinic's time zone where it is now another date than in the given zone, to tell the two dates apart. */
public final class ClinicElsewhere {
    /** UTC+14 and UTC-11: 25 hours apart, so at any moment at least one of them has another date than anywhere. */
    private static final List<ZoneId> FAR_APART = List.of(ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"));

    private ClinicElsewhere() {}

    public static ZoneId onAnotherDateThan(ZoneId here) {
        var today = LocalDate.now(here);
        return FAR_APART.stream().filter(zone -> !LocalDate.now(zone).equals(today)).findFirst().orElseThrow();
    }
}

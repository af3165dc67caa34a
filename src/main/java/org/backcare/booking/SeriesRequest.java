package org.backcare.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;

/** How a client's series is to be booked: with whom, where, at what time, on which weekday, carrying which cautions. */
public record SeriesRequest(ClientId client, Username therapist, Optional<String> room, LocalTime at,
        Optional<DayOfWeek> weekday, List<String> cautions) {
    public SeriesRequest {
        cautions = List.copyOf(cautions);
    }
}

package org.backcare.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;

/**
 * Private calendar feeds that calendar apps subscribe to: a therapist's appointments or a client's own, each feed
 * found by a hash of its token (the token itself is shown once and never kept). Renewing replaces the token, so the
 * old address stops working; revoking ends the feed.
 */
public interface CalendarFeeds {
    /** 30 days back, 180 ahead. */
    int DAYS_BACK = 30;
    int DAYS_AHEAD = 180;

    /** Whose feed: a therapist's or a client's, never both. */
    record Owner(Optional<Username> therapist, Optional<ClientId> client) {
        public Owner {
            if (therapist.isPresent() == client.isPresent()) {
                throw new IllegalArgumentException("a feed is a therapist's or a client's");
            }
        }

        public static Owner of(Username therapist) {
            return new Owner(Optional.of(therapist), Optional.empty());
        }

        public static Owner of(ClientId client) {
            return new Owner(Optional.empty(), Optional.of(client));
        }
    }

    /** One event of a feed: the appointment's facts and its title (who, never anything about health). */
    record Event(AppointmentFacts facts, String title) {}

    /** Turns the owner's feed on under this token's hash, replacing any earlier one. */
    void renew(Owner owner, String tokenHash, Instant now);

    void revoke(Owner owner);

    boolean isOn(Owner owner);

    /** The feed's events around {@code today}, or none when no feed has this hash. */
    Optional<List<Event>> events(String tokenHash, LocalDate today);
}

package org.backcare.booking;

import java.util.OptionalLong;

/** Why a time cannot be booked, and the appointment it clashes with when there is one. */
public record Clash(Kind kind, String message, OptionalLong with) {
    public enum Kind {
        THERAPIST_BUSY("therapist-busy"),
        ROOM_BUSY("room-busy"),
        CLIENT_BUSY("client-busy"),
        OUTSIDE_HOURS("outside-hours"),
        DAY_OFF("day-off"),
        ROOM_LACKS_EQUIPMENT("room-lacks-equipment"),
        IN_THE_PAST("in-the-past"),
        NOT_ON_THE_CLOCK("not-on-the-clock"),
        SESSION_BOOKED("session-booked");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    static Clash of(Kind kind, String message) {
        return new Clash(kind, message, OptionalLong.empty());
    }

    static Clash with(Kind kind, String message, long appointment) {
        return new Clash(kind, message, OptionalLong.of(appointment));
    }
}

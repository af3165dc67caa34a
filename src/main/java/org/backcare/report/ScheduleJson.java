package org.backcare.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.backcare.booking.Appointment;

/**
 * The schedule's JSON contract: {@code {"appointments": [{"id", "client", "therapist", "room", "start", "end",
 * "status", "planSession", "cautions"}]}}, start and end on the clinic's clock as YYYY-MM-DDTHH:MM, ordered by start.
 */
public final class ScheduleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ScheduleJson() {
    }

    public static ObjectNode tree(List<Appointment> appointments, ZoneId zone) {
        var root = MAPPER.createObjectNode();
        var list = root.putArray("appointments");
        appointments.stream().sorted(Comparator.comparing(Appointment::start).thenComparing(Appointment::id))
                .forEach(a -> appointment(list.addObject(), a, zone));
        return root;
    }

    public static void appointment(ObjectNode node, Appointment a, ZoneId zone) {
        node.put("id", a.id()).put("client", a.client().value()).put("therapist", a.therapist().value())
                .put("room", a.room().orElse(null)).put("start", time(a.start())).put("end", time(a.end(zone)))
                .put("status", a.status().id()).put("planSession", a.planSession().orElse(null));
        var cautions = node.putArray("cautions");
        a.cautions().forEach(cautions::add);
    }

    public static String text(List<Appointment> appointments, ZoneId zone) {
        try {
            return MAPPER.writeValueAsString(tree(appointments, zone)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String time(LocalDateTime time) {
        return time.format(MINUTES);
    }
}

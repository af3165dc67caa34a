package org.backcare.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.List;
import org.backcare.scheduling.WeekProposal;
import org.backcare.storage.SqlWeekProposals;

/**
 * A proposed week as JSON: the contract of {@code backcare schedule propose --format json} (README), the same for a
 * proposal kept by the web's "Plan next week".
 */
public final class WeekProposalJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WeekProposalJson() {}

    public static ObjectNode tree(long id, WeekProposal proposal) {
        var root = head(id, proposal.score(), proposal.feasible());
        var sessions = root.putArray("sessions");
        proposal.sessions().forEach(s -> session(sessions, s.client(), s.therapist(), s.room(), s.start(), s.end(),
                s.planSession(), s.why()));
        unplanned(root, proposal.unplanned());
        return root;
    }

    public static ObjectNode tree(SqlWeekProposals.Kept kept) {
        var root = head(kept.id(), kept.score(), kept.feasible());
        var sessions = root.putArray("sessions");
        kept.sessions().forEach(s -> session(sessions, s.client(), s.therapist(), s.room(), s.start(), s.end(),
                s.planSession(), s.why()));
        unplanned(root, kept.unplanned());
        return root;
    }

    private static ObjectNode head(long id, String score, boolean feasible) {
        var root = MAPPER.createObjectNode();
        root.put("proposal", id);
        root.put("score", score);
        root.put("feasible", feasible);
        return root;
    }

    private static void session(ArrayNode sessions, String client, String therapist, String room, LocalDateTime start,
            LocalDateTime end, int planSession, List<String> reasons) {
        var node = sessions.addObject();
        node.put("client", client);
        node.put("therapist", therapist);
        node.put("room", room);
        node.put("start", start.toString());
        node.put("end", end.toString());
        node.put("planSession", planSession);
        var why = node.putArray("why");
        reasons.forEach(why::add);
    }

    private static void unplanned(ObjectNode root, List<WeekProposal.Unplanned> list) {
        var unplanned = root.putArray("unplanned");
        list.forEach(u -> unplanned.addObject().put("client", u.client()).put("reason", u.reason()));
    }

    public static String text(long id, WeekProposal proposal) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(id, proposal)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

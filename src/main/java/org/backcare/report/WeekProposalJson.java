package org.backcare.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backcare.scheduling.WeekProposal;

/** A proposed week as JSON: the contract of {@code backcare schedule propose --format json} (README). */
public final class WeekProposalJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WeekProposalJson() {}

    public static ObjectNode tree(long id, WeekProposal proposal) {
        var root = MAPPER.createObjectNode();
        root.put("proposal", id);
        root.put("score", proposal.score());
        root.put("feasible", proposal.feasible());
        var sessions = root.putArray("sessions");
        for (var s : proposal.sessions()) {
            var node = sessions.addObject();
            node.put("client", s.client());
            node.put("therapist", s.therapist());
            node.put("room", s.room());
            node.put("start", s.start().toString());
            node.put("end", s.end().toString());
            node.put("planSession", s.planSession());
            var why = node.putArray("why");
            s.why().forEach(why::add);
        }
        var unplanned = root.putArray("unplanned");
        for (var u : proposal.unplanned()) {
            unplanned.addObject().put("client", u.client()).put("reason", u.reason());
        }
        return root;
    }

    public static String text(long id, WeekProposal proposal) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(id, proposal)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.backcare.knowledge;

import java.util.List;
import org.backcare.intake.Region;

/**
 * A piece of guidance for a client, on a topic (before, during, after, stretch, workstation…), given when its condition
 * holds. A self-massage tool names the regions it works on; other advice works on none.
 */
public record Advice(String id, String topic, String text, Condition when, String source, List<Region> worksOn) {
    public Advice {
        worksOn = List.copyOf(worksOn);
    }

    public Advice(String id, String topic, String text, Condition when, String source) {
        this(id, topic, text, when, source, List.of());
    }

    /** Whether this is a self-massage tool: something the client presses into their own back. */
    public boolean isTool() {
        return !worksOn.isEmpty();
    }
}

package org.backcare.progress;

import java.util.List;

/** What the client said of the techniques: which worked for them and which did not. */
public record Feedback(List<String> worked, List<String> didNotWork) {
    public Feedback {
        worked = List.copyOf(worked);
        didNotWork = List.copyOf(didNotWork);
    }

    public static Feedback none() {
        return new Feedback(List.of(), List.of());
    }
}

package org.backcare.booking;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The techniques a therapist is trained in, as kept on file. None on file means the clinic keeps no skills for them,
 * not that they know nothing: then nothing is said to be left out.
 */
public record Skills(Set<String> techniques) {
    public Skills {
        techniques = Set.copyOf(techniques);
    }

    /** Of the techniques wanted, each once and in their order, those the skills on file leave out. */
    public List<String> leaveOut(Collection<String> wanted) {
        if (techniques.isEmpty()) {
            return List.of();
        }
        return wanted.stream().distinct().filter(t -> !techniques.contains(t)).toList();
    }
}

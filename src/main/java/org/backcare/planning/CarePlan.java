package org.backcare.planning;

import java.time.LocalDate;
import java.util.List;
import org.backcare.knowledge.Advice;
import org.backcare.knowledge.AreaFocus;
import org.backcare.knowledge.ResponseTime;
import org.backcare.screening.ScreeningResult;

/**
 * A personal back-care plan. When screening stops massage, the plan holds the screening, what to do instead
 * and the disclaimer, and nothing else: no techniques, no frequency, no sessions, no homework.
 */
public record CarePlan(
        String client,
        LocalDate start,
        String knowledgeVersion,
        ScreeningResult screening,
        TechniqueChoice techniques,
        PressurePlan pressure,
        FrequencyChoice frequency,
        Schedule schedule,
        List<Advice> before,
        List<Advice> during,
        List<Advice> after,
        List<Advice> homeCare,
        List<ResponseTime> expectations,
        List<Reassessment> reassess,
        String disclaimer,
        List<EventNote> aroundEvent) {

    public CarePlan {
        before = List.copyOf(before);
        during = List.copyOf(during);
        after = List.copyOf(after);
        homeCare = List.copyOf(homeCare);
        expectations = List.copyOf(expectations);
        reassess = List.copyOf(reassess);
        aroundEvent = List.copyOf(aroundEvent);
    }

    public boolean hasSessions() {
        return !schedule.sessions().isEmpty();
    }

    /** What the sessions' areas concentrate on, each once, in the order the sessions first meet it. */
    public List<AreaFocus> focus() {
        return schedule.sessions().stream().flatMap(s -> s.areas().stream()).flatMap(a -> a.focus().stream())
                .distinct().toList();
    }
}

package org.backcare.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backcare.knowledge.FrequencyRule.PhaseTemplate;

/** Turns the chosen frequency into phases and concrete session dates, one phase after the other. */
final class Calendar {
    private Calendar() {}

    static List<Phase> phases(FrequencyChoice choice) {
        boolean more = choice.moreCare();
        return choice.rule().phases().stream().skip(choice.firstPhase()).map(t -> phase(t, more)).toList();
    }

    private static Phase phase(PhaseTemplate t, boolean moreCare) {
        Integer perWeek = t.sessionsPerWeek() == null ? null
                : moreCare ? t.sessionsPerWeek().max() : t.sessionsPerWeek().min();
        Integer interval = t.intervalDays() == null ? null
                : moreCare ? t.intervalDays().min() : t.intervalDays().max();
        int weeks = moreCare ? t.weeks().max() : t.weeks().min();
        return new Phase(t.name(), perWeek, interval, weeks);
    }

    /** The dates of every session, each paired with its phase name. */
    static List<Dated> dates(List<Phase> phases, LocalDate start) {
        var dates = new ArrayList<Dated>();
        var phaseStart = start;
        for (var phase : phases) {
            for (int offset : offsets(phase)) {
                dates.add(new Dated(phaseStart.plusDays(offset), phase.name()));
            }
            phaseStart = phaseStart.plusWeeks(phase.weeks());
        }
        return dates;
    }

    /** The days from the phase's start to each of its sessions. */
    private static int[] offsets(Phase phase) {
        if (phase.sessionsPerWeek() != null) {
            int n = phase.sessionsPerWeek();
            var offsets = new int[phase.weeks() * n];
            for (int week = 0; week < phase.weeks(); week++) {
                for (int i = 0; i < n; i++) {
                    offsets[week * n + i] = week * 7 + i * 7 / n;
                }
            }
            return offsets;
        }
        int days = phase.weeks() * 7;
        int interval = phase.intervalDays();
        var offsets = new int[(days + interval - 1) / interval];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = i * interval;
        }
        return offsets;
    }

    record Dated(LocalDate date, String phase) {}
}

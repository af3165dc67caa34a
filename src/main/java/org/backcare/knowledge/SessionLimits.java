package org.backcare.knowledge;

/** The numbers a session is built with, each from the seeds' best practice. */
public record SessionLimits(Range minutesPerArea, String minutesPerAreaSource, Range sessionMinutes,
        String sessionMinutesSource, int sessionsPerPressureStep, String pressureStepSource) {}

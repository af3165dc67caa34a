package org.backcare.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.backcare.wording.Counted;

/** Why each session is where it is, and why a wanted session could not be placed, in the clinic's words. */
final class Reasons {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private final ClinicWeek week;
    private final List<Visit> visits;

    Reasons(ClinicWeek week, List<Visit> visits) {
        this.week = week;
        this.visits = visits;
    }

    List<String> why(Visit visit) {
        var why = new ArrayList<String>();
        why.add(therapist(visit));
        why.add(interval(visit));
        if (!visit.due().preferred().isEmpty()) {
            why.add(visit.atPreferredTime() ? "at a time the client prefers"
                    : "not at a time the client prefers (" + windows(visit.due().preferred()) + "): those were taken");
        }
        if (!visit.due().equipment().isEmpty()) {
            why.add("in " + visit.room().id() + ": it has " + String.join(", ", visit.due().equipment()));
        }
        return why;
    }

    private String therapist(Visit visit) {
        var due = visit.due();
        String with = TIME.format(visit.start()) + " with " + visit.therapist().username();
        if (due.usualTherapist() == null) {
            return with + " (first time with the clinic's therapists)";
        }
        if (visit.withUsualTherapist()) {
            return with + ", as last time";
        }
        return with + ", not " + due.usualTherapist() + ": " + whyNotUsual(visit, due.usualTherapist());
    }

    private String whyNotUsual(Visit visit, String usual) {
        var therapist = week.therapists().stream().filter(t -> t.username().equals(usual)).findFirst();
        if (therapist.isEmpty()) {
            return usual + " does not work this week";
        }
        var t = therapist.get();
        if (!t.isTrainedIn(visit.due().mainTechnique())) {
            return usual + " is not trained in " + visit.due().mainTechnique();
        }
        if (!t.works(visit.start(), visit.end())) {
            return usual + " does not work then, and no time that suits the client fits " + usual + "'s hours";
        }
        boolean busy = visits.stream().anyMatch(o -> o != visit && o.isPlanned() && o.therapist().equals(t)
                && o.start().isBefore(visit.end()) && visit.start().isBefore(o.end()));
        return busy ? usual + " is with another client then"
                : usual + "'s week is fuller, this keeps the hours balanced";
    }

    private static String interval(Visit visit) {
        LocalDate ideal = visit.due().idealDate();
        int off = visit.daysOffPlan();
        if (off == 0) {
            return "on the plan's date (" + DAY.format(ideal) + ")";
        }
        String side = visit.day().isAfter(ideal) ? "after" : "before";
        String tolerance = (off <= visit.due().toleranceDays() ? ", within" : ", beyond") + " the plan's tolerance of "
                + Counted.of(visit.due().toleranceDays(), "day");
        return Counted.of(off, "day") + " " + side + " the plan's date (" + DAY.format(ideal) + ")" + tolerance
                + ": the closest the week allowed";
    }


    /** Why a wanted session has no place, from the most basic cause to a full week. */
    String unplanned(Visit visit) {
        var due = visit.due();
        if (due.screening().stopsMassage()) {
            return "not planned: see the screening (" + due.screening().id() + ")";
        }
        if (due.available().isEmpty()) {
            return "not planned: the client has given no times they can come";
        }
        var starts = WeekProblem.starts(week, due.available(), due.minutes());
        if (starts.isEmpty()) {
            return "not planned: none of the client's times (" + windows(due.available()) + ") falls in the week"
                    + " or is long enough for " + due.minutes() + " minutes";
        }
        if (week.therapists().stream().allMatch(t -> t.hours().isEmpty())) {
            return "not planned: no therapist has working hours this week";
        }
        var trained = week.therapists().stream().filter(t -> t.isTrainedIn(due.mainTechnique())).toList();
        if (trained.isEmpty()) {
            return "not planned: no therapist is trained in " + due.mainTechnique();
        }
        if (week.rooms().stream().noneMatch(r -> r.has(due.equipment()))) {
            return "not planned: no room has " + String.join(", ", due.equipment());
        }
        boolean fits = starts.stream()
                .anyMatch(s -> trained.stream().anyMatch(t -> t.works(s, s.plusMinutes(due.minutes()))));
        if (!fits) {
            return "not planned: no therapist trained in " + due.mainTechnique() + " works when the client can come ("
                    + windows(due.available()) + ")";
        }
        return "not planned: when the client can come (" + windows(due.available()) + "), every therapist trained in "
                + due.mainTechnique() + " or every room that suits is taken";
    }

    private static String windows(List<WeeklyWindow> windows) {
        return windows.stream().map(WeeklyWindow::toString).collect(Collectors.joining(", "));
    }

    static String time(LocalDateTime t) {
        return TIME.format(t);
    }
}

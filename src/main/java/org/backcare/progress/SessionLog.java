package org.backcare.progress;

import java.time.LocalDate;
import java.util.List;
import org.backcare.intake.Pressure;

/**
 * A session as it happened: who gave it and when, how long on which areas, which techniques at what pressure,
 * pain before and after (0-10), what followed it (after-effects such as soreness beyond 48 hours, bruising,
 * numbness), the client's feedback on the techniques, and the therapist's SOAP notes. A visit note records a visit
 * without massage (the client came and was referred, say): its minutes are the visit's, nothing was worked, its
 * pressure means nothing, and the review of progress leaves it out. A voided session ({@code voided} not null) stays
 * on file, marked, out of the review too.
 */
public record SessionLog(
        LocalDate date,
        String therapist,
        int minutes,
        List<AreaMinutes> areas,
        List<String> techniques,
        Pressure pressure,
        int painBefore,
        int painAfter,
        List<String> afterEffects,
        Feedback feedback,
        SoapNote notes,
        boolean massage,
        Voided voided) {

    /** A massage session. */
    public SessionLog(LocalDate date, String therapist, int minutes, List<AreaMinutes> areas, List<String> techniques,
            Pressure pressure, int painBefore, int painAfter, List<String> afterEffects, Feedback feedback,
            SoapNote notes) {
        this(date, therapist, minutes, areas, techniques, pressure, painBefore, painAfter, afterEffects, feedback, notes,
                true, null);
    }

    /** A visit without massage: the pain the client reports, and the notes. */
    public static SessionLog visit(LocalDate date, String therapist, int minutes, int pain, SoapNote notes) {
        return new SessionLog(date, therapist, minutes, List.of(), List.of(), Pressure.LIGHT, pain, pain, List.of(),
                Feedback.none(), notes, false, null);
    }

    /** Still counts: not voided. */
    public boolean kept() {
        return voided == null;
    }

    public SessionLog voided(Voided why) {
        return new SessionLog(date, therapist, minutes, areas, techniques, pressure, painBefore, painAfter, afterEffects,
                feedback, notes, massage, why);
    }

    public SessionLog {
        areas = List.copyOf(areas);
        techniques = List.copyOf(techniques);
        afterEffects = List.copyOf(afterEffects);
    }
}

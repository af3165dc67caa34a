package org.backcare.progress;

import java.time.LocalDate;
import java.util.List;
import org.backcare.intake.Pressure;

/**
 * A session as it happened: who gave it and when, how long on which areas, which techniques at what pressure,
 * pain before and after (0-10), what followed it (after-effects such as soreness beyond 48 hours, bruising,
 * numbness), the client's feedback on the techniques, and the therapist's SOAP notes.
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
        SoapNote notes) {

    public SessionLog {
        areas = List.copyOf(areas);
        techniques = List.copyOf(techniques);
        afterEffects = List.copyOf(afterEffects);
    }
}

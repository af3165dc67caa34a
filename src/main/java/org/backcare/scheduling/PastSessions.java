package org.backcare.scheduling;

import java.util.ArrayList;
import java.util.List;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.clients.MeasureEntry;
import org.backcare.intake.Intake;
import org.backcare.intake.Region;
import org.backcare.planning.Session;
import org.backcare.progress.AreaMinutes;
import org.backcare.progress.Feedback;
import org.backcare.progress.SessionLog;
import org.backcare.progress.SoapNote;

/**
 * A generated client's record, as a clinic would have kept it: each session of their plan they had, with the pain
 * they came with, and an ODI at the first session and at the latest. A client who responds comes with less pain
 * each time, down by half over the first four sessions and at least a point from the second, and their ODI falls
 * with it, so a clinically important change (NPRS 2 points or 30%, Childs 2005 and Farrar 2001; ODI 10 points,
 * Ostelo 2008) shows by the third or fourth session. One who does not respond keeps their first ratings.
 */
final class PastSessions {
    private static final int ODI_SECTIONS = 10;

    private final Intake intake;
    private final String therapist;
    private final boolean responds;
    private final int firstPain;

    PastSessions(Intake intake, String therapist, boolean responds) {
        this.intake = intake;
        this.therapist = therapist == null ? "" : therapist;
        this.responds = responds;
        this.firstPain = intake.complaints().stream().mapToInt(c -> c.pain()).max().orElse(0);
    }

    /** The record of a client who started on the record's date and had these sessions of their plan. */
    ClientHistory history(ClientRecord client, List<Session> had) {
        var sessions = new ArrayList<SessionLog>();
        for (int i = 0; i < had.size(); i++) {
            sessions.add(log(had.get(i), painBefore(i)));
        }
        var measures = new ArrayList<MeasureEntry>();
        if (firstPain > 0 && !had.isEmpty()) {
            measures.add(new MeasureEntry("odi", had.get(0).date(), odi(firstPain)));
        }
        if (firstPain > 0 && had.size() > 1) {
            int last = had.size() - 1;
            measures.add(new MeasureEntry("odi", had.get(last).date(), odi(painBefore(last))));
        }
        return new ClientHistory(client, List.of(new IntakeVersion(1, client.consentGiven(), intake)), sessions,
                measures, List.of());
    }

    int painBefore(int session) {
        return responds ? firstPain - (int) Math.ceil(firstPain * 0.5 * Math.min(1.0, session / 4.0)) : firstPain;
    }

    /** Ten ODI sections answered around half the pain rating (0 to 5 each), a little above and below it. */
    static String odi(int pain) {
        var answers = new ArrayList<String>();
        for (int section = 0; section < ODI_SECTIONS; section++) {
            answers.add(Integer.toString(Math.max(0, Math.min(5, (pain + 1) / 2 + section % 3 - 1))));
        }
        return String.join(",", answers);
    }

    private SessionLog log(Session session, int pain) {
        var areas = new ArrayList<AreaMinutes>();
        for (var area : session.areas()) {
            Region.byId(area.area()).filter(r -> areas.stream().noneMatch(a -> a.region() == r))
                    .ifPresent(r -> areas.add(new AreaMinutes(r, area.minutes())));
        }
        return new SessionLog(session.date(), therapist, session.minutes(), areas, session.techniques(),
                session.pressure(), pain, Math.max(0, pain - 1), List.of(), Feedback.none(), SoapNote.empty());
    }
}

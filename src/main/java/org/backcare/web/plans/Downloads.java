package org.backcare.web.plans;

import io.javalin.http.Context;
import org.backcare.clients.ClientId;

/** What a client takes away: the handout to print (PDF) and the sessions for their calendar app (iCalendar). */
final class Downloads {
    private Downloads() {
    }

    static void handout(Context ctx, ClientId client, byte[] pdf) {
        ctx.contentType("application/pdf").header("Content-Disposition", attachment(client + "-plan.pdf")).result(pdf);
    }

    static void calendar(Context ctx, ClientId client, String ics) {
        ctx.contentType("text/calendar; charset=utf-8").header("Content-Disposition",
                attachment(client + "-sessions.ics")).result(ics);
    }

    /** A client id is lower-case letters, digits and hyphens: nothing in it needs quoting. */
    private static String attachment(String filename) {
        return "attachment; filename=\"" + filename + "\"";
    }
}

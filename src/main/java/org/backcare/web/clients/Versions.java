package org.backcare.web.clients;

import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Pattern;
import org.backcare.clients.ClientChangedException;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;

/**
 * A client's version as an HTTP entity tag, {@code "v3"}: sent as {@code ETag} with the client, and required back
 * as {@code If-Match} by a change, so that a change made meanwhile by someone else is never overwritten unseen.
 */
final class Versions {
    private static final Pattern TAG = Pattern.compile("\"v(\\d{1,18})\"");

    private Versions() {
    }

    static String etag(long version) {
        return "\"v" + version + "\"";
    }

    /** The version the If-Match header names; 428 without one, 412 for one that names no version. */
    static long expected(Context ctx) {
        var ifMatch = ctx.header("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemResponse(Problems.ofStatus(428, "Send the header If-Match with the ETag the client was "
                    + "read with (GET /api/clients/{id}), such as \"v3\", so that a change made meanwhile is not overwritten."));
        }
        var tag = TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw changed("If-Match " + ifMatch.strip() + " is not an ETag of this client; they look like \"v3\". "
                    + "GET the client again and send its ETag.");
        }
        return Long.parseLong(tag.group(1));
    }

    static ProblemResponse changed(ClientChangedException e) {
        return changed("Someone else changed this client meanwhile: it is at version " + e.actual() + ", you had "
                + e.expected() + ". GET it again, check, and send your change with the new ETag.");
    }

    private static ProblemResponse changed(String detail) {
        return new ProblemResponse(new ProblemDetails(ProblemDetails.CHANGED_MEANWHILE, "Changed meanwhile", 412,
                detail, List.of()));
    }
}

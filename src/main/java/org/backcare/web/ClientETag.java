package org.backcare.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Pattern;
import org.backcare.clients.ClientChangedException;
import org.backcare.intake.Problem;

/**
 * A client's representation carries {@code ETag: "v<version>"} ({@code ClientBook.version}); a change to the client
 * sends it back in {@code If-Match}, so that a change made on an out-of-date view is refused rather than lost.
 */
public final class ClientETag {
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"v(\\d{1,18})\"");

    private ClientETag() {
    }

    public static String of(long version) {
        return "\"v" + version + "\"";
    }

    /**
     * The version the change was made on, from {@code If-Match}.
     *
     * @throws ProblemResponse 428 without the header; 412 when it names no version of a client
     */
    public static long expected(Context ctx) {
        var ifMatch = ctx.header("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemResponse(Problems.ofStatus(428, "Send If-Match with the ETag of the client as you last read"
                    + " it (such as \"v3\"), so that nobody's change is overwritten unseen."));
        }
        var tag = TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new ProblemResponse(new ProblemDetails(ProblemDetails.CHANGED_MEANWHILE, "Precondition Failed", 412,
                    "If-Match must be one ETag of the client, such as \"v3\".",
                    List.of(new Problem("If-Match", "'" + ifMatch + "' is not a client's ETag; use the ETag header of"
                            + " the client as you read it, such as \"v3\""))));
        }
        return Long.parseLong(tag.group(1));
    }

    /** The answer to a change refused because someone else changed the client first: 412, with the current ETag. */
    public static ProblemResponse changedMeanwhile(Context ctx, ClientChangedException e) {
        ctx.header("ETag", of(e.actual()));
        return new ProblemResponse(new ProblemDetails(ProblemDetails.CHANGED_MEANWHILE, "Changed meanwhile", 412,
                "Someone else changed client '" + e.id() + "' since you read it (it is now " + of(e.actual())
                        + ", you sent " + of(e.expected()) + "); nothing was saved: read it again and redo the change.",
                List.of()));
    }
}

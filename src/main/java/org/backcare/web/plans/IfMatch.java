package org.backcare.web.plans;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;

/** A change through the API names the version of the client it was made from ({@code If-Match}, their ETag). */
final class IfMatch {
    private IfMatch() {
    }

    /**
     * @throws ProblemResponse 428 without {@code If-Match}; 412 ({@link ProblemDetails#CHANGED_MEANWHILE}) when it
     *     names another version than {@code etag}
     */
    static void require(Context ctx, String etag, String readFrom) {
        var header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            throw new ProblemResponse(Problems.ofStatus(428, "Send the header If-Match with the ETag of " + readFrom
                    + ", so that nothing changes on the strength of an old copy."));
        }
        if (Arrays.stream(header.split(",")).map(String::strip).noneMatch(etag::equals)) {
            throw new ProblemResponse(new ProblemDetails(ProblemDetails.CHANGED_MEANWHILE, "Changed meanwhile", 412,
                    "The client's record changed since you read it (it is now " + etag + "): read " + readFrom
                            + " again and decide on what it says now.", List.of()));
        }
    }
}

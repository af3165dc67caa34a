package org.backcare.web.intakes;

import io.javalin.http.Context;
import org.backcare.clients.ClientId;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;

/** The client a route's {@code {id}} names; an id that cannot be one is answered like a client not on file. */
final class ClientInPath {
    private ClientInPath() {
    }

    static ClientId of(Context ctx) {
        var id = ctx.pathParam("id");
        if (!ClientId.isValid(id)) {
            throw new ProblemResponse(Problems.ofStatus(404, "There is no client '" + id + "' in your care."));
        }
        return new ClientId(id);
    }
}

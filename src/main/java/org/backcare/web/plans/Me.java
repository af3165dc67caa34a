package org.backcare.web.plans;

import org.backcare.clients.ClientId;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.web.access.Visit;

/** Whose the /me pages are: the signed-in client's own record; staff have the client pages instead. */
final class Me {
    private Me() {
    }

    /** @throws ProblemResponse 403 for a staff account */
    static ClientId clientOf(Visit visit) {
        return visit.account().client().orElseThrow(() -> new ProblemResponse(Problems.ofStatus(403,
                "These pages are a client's own plan and homework; staff open a client's plan from the client list.")));
    }
}

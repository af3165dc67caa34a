package org.backcare.web.plans;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.backcare.clients.ClientBook;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.web.access.Caseloads;

/**
 * The plan in the browser and through the API: for staff under /clients/{id} and /api/clients/{id}, for a client
 * their own under /me and /api/me.
 */
public final class Plans {
    private final ClientPlans plans;
    private final KnowledgeBase knowledge;

    public Plans(KnowledgeBase knowledge, ClientBook clients, Caseloads caseloads, Clock clock) {
        this.plans = new ClientPlans(knowledge, clients, caseloads, clock);
        this.knowledge = knowledge;
    }

    public void register(RoutesConfig routes) {
        new PlanPages(plans, knowledge).register(routes);
        new PlanApi(plans).register(routes);
        new MyPlanPages(plans, knowledge).register(routes);
        new MyPlanApi(plans, knowledge).register(routes);
    }
}

package org.backcare.web.intakes;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.backcare.accounts.Accounts;
import org.backcare.clients.ClientBook;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.screening.Screening;
import org.backcare.web.access.Caseloads;

/** The intake feature, wired: the form's pages and the API, on one set of records and one reading of the form. */
public final class IntakeRoutes {
    private final IntakePages pages;
    private final IntakeApi api;

    public IntakeRoutes(KnowledgeBase knowledge, ClientBook clients, Accounts accounts, Caseloads caseloads, Clock clock) {
        var records = new IntakeRecords(clients, accounts, clock);
        var choices = IntakeChoices.from(knowledge);
        this.pages = new IntakePages(clients, caseloads, records, choices, new IntakeForm(knowledge.vocabulary(), choices),
                new Screening(knowledge));
        this.api = new IntakeApi(clients, caseloads, records, knowledge.vocabulary());
    }

    public void register(RoutesConfig routes) {
        pages.register(routes);
        api.register(routes);
    }
}

package org.backcare.web.intakes;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.Optional;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.OneTimeLinks;
import org.backcare.clients.ClientBook;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.mail.Outbox;
import org.backcare.screening.Screening;
import org.backcare.web.access.Caseloads;
import org.backcare.web.access.SiteAddress;

/** The intake feature, wired: the form's pages and the API, on one set of records and one reading of the form. */
public final class IntakeRoutes {
    private final IntakePages pages;
    private final IntakeApi api;
    private final PreVisitIntake preVisit;

    /** {@code outbox}, when this server sends mail, takes the pre-visit intake links staff ask to mail. */
    public IntakeRoutes(KnowledgeBase knowledge, ClientBook clients, Accounts accounts, Caseloads caseloads,
            OneTimeLinks oneTimeLinks, Optional<Outbox> outbox, SiteAddress site, Clock clock) {
        var records = new IntakeRecords(clients, accounts, clock);
        var choices = IntakeChoices.from(knowledge);
        var form = new IntakeForm(knowledge.vocabulary(), choices);
        var screening = new Screening(knowledge);
        var links = new IntakeLinks(oneTimeLinks, site, clock);
        this.pages = new IntakePages(clients, caseloads, records, choices, form, screening, links);
        this.preVisit = new PreVisitIntake(clients, pages, form, records, new IntakeDraftFlags(clients, screening), links,
                outbox, clock);
        this.api = new IntakeApi(clients, caseloads, records, knowledge.vocabulary());
    }

    public void register(RoutesConfig routes) {
        pages.register(routes);
        api.register(routes);
        preVisit.register(routes);
    }
}

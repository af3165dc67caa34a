package org.backcare.web.intakes;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import org.backcare.accounts.OneTimeLinks;
import org.backcare.clients.ClientId;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.web.access.MailLinks;
import org.backcare.web.access.SiteAddress;
import org.backcare.web.access.Tokens;

/**
 * The links to a client's pre-visit intake: one-time links kept by the hash of their token, each naming only the
 * client's id, working once within {@link org.backcare.storage.SqlOutbox#PRE_VISIT_VALID}.
 */
final class IntakeLinks {
    private static final int TOKEN_LENGTH = 43;

    private final OneTimeLinks links;
    private final SiteAddress site;
    private final Clock clock;

    IntakeLinks(OneTimeLinks links, SiteAddress site, Clock clock) {
        this.links = links;
        this.site = site;
        this.clock = clock;
    }

    /** A fresh link to copy, on the site's public address (else the one staff reached this server at). */
    String make(Context ctx, ClientId client) {
        return new MailLinks(links, site.of(ctx), clock).apply(MailLinks.PRE_VISIT_INTAKE,
                client.value());
    }

    /** The client a link is for while it works, without using it up. */
    Optional<ClientId> open(String token) {
        return wellFormed(token) ? links.peek(MailLinks.PRE_VISIT_INTAKE, Tokens.hash(token), clock.instant())
                .map(ClientId::new) : Optional.empty();
    }

    /** Uses the link up: of two sends at once, one is kept. */
    Optional<ClientId> use(String token) {
        return wellFormed(token) ? links.use(MailLinks.PRE_VISIT_INTAKE, Tokens.hash(token), clock.instant())
                .map(ClientId::new) : Optional.empty();
    }

    private static boolean wellFormed(String token) {
        return token != null && token.length() == TOKEN_LENGTH;
    }

    static ProblemResponse closed() {
        return new ProblemResponse(Problems.ofStatus(404, "This link does not work any more: it was used already, it"
                + " has expired, or it was copied wrongly. Nothing was kept from it. Ask the clinic for a new link,"
                + " or bring your answers to your visit."));
    }
}

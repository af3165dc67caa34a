package org.backcare.web.intakes;

import java.util.List;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.clients.IntakeDraft;
import org.backcare.screening.Finding;
import org.backcare.screening.Screening;

/** What screening says of a client's own intake draft: the findings that would stop massage, shown before the visit. */
public final class IntakeDraftFlags {
    private final ClientBook clients;
    private final Screening screening;

    public IntakeDraftFlags(ClientBook clients, Screening screening) {
        this.clients = clients;
        this.screening = screening;
    }

    /** Whether the client has a draft waiting whose answers would stop massage (refer, urgent, or contraindicated). */
    public boolean stopsMassage(ClientId client) {
        return clients.intakeDraft(client).map(d -> !stops(d).isEmpty()).orElse(false);
    }

    List<Finding> stops(IntakeDraft draft) {
        return screening.screen(draft.intake()).findings().stream().filter(f -> f.outcome().stopsMassage()).toList();
    }
}
